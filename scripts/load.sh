#!/usr/bin/env bash
# Load and soak (issue 8, item 6; issue 14). Usage: scripts/load.sh [seconds=60] [connections=64]
#
# Starts the API (Release build) on loopback over a warehouse of 1,000 synthetic departments × 10 years (cached in
# $BENCH_DIR; BENCH_SCALE=1 for the real documents only), on SQLite or, with LOAD_PROVIDER=PostgreSql, on the
# loopback PostgreSQL of scripts/ci-postgres.sh. The mix busts the caches: every request is a text of its own (a unique
# alias), so each one is parsed and validated (the document cache churns) and executed. The response cache is off: with
# texts that never repeat it would only fill towards its bound (Cache:MaxBytes, 64 MB) during the run — bounded, but
# more than the 20% the memory check allows on a 200 MB process (a PostgreSQL run with it on: +21.7%). Warms up
# until the document cache has been filled twice (see "Warm-up" below), then runs wrk for the given time at the given
# connections over a mix of breakdown, compare and list queries (a wrk Lua script POSTing JSON, round robin). Reports
# non-2xx answers, socket errors, p50/p99, the server's resident memory after warm-up, during the run (min–max) and at
# the end, its managed heap (Bench:MemoryReport's /bench/memory) and the load average, and checks: zero non-2xx, zero
# socket errors, memory at the end within 20% of after warm-up. Prints a summary line, one JSON object, and last a line
# starting PASS or FAIL; exit code 1 when a check fails. Environment: BENCH_SCALE, LOAD_PROVIDER, WARMUP_MAX_SECONDS,
# and any API setting (e.g. GraphQL__Documents__CacheSize, read by the warm-up too).
# Bounded: wrk stops itself after its duration (and is killed 30 s later at the latest); the API is stopped on exit.
source "$(dirname "$0")/bench/common.sh"

SECONDS_LOAD=${1:-60}
CONNECTIONS=${2:-64}
SCALE=${BENCH_SCALE:-1000}
PROVIDER=${LOAD_PROVIDER:-Sqlite}

ensure_wrk
build
export Bench__MemoryReport=true # GET /bench/memory: the managed heap, reported beside the resident memory
if [ "$PROVIDER" = PostgreSql ]; then
  start_api PostgreSql "$(postgres_dataset "$SCALE")"
else
  start_api Sqlite "Data Source=$(sqlite_dataset "$SCALE")"
fi

if [ "$SCALE" = 1 ]; then YEAR=2023; codes=("szdsj" "psqzsj"); contains="数据"
else YEAR=2024; mapfile -t codes < <(seq -f "syn%05g" 1 200); contains="大数据"; fi
bodies=()
# A mix: breakdowns of single departments three levels deep, compares of 10 departments, filtered lists.
for i in $(seq 0 9); do
  c=${codes[$(( i * 7 % ${#codes[@]} ))]}
  bodies+=("$(graphql_body "{ breakdown(year: $YEAR, departmentCodes: [\"$c\"]) { amount children { code name amount children { code name amount children { code name amount } } } } }")")
  group=$(printf '"%s", ' "${codes[@]:$(( i * 10 % ${#codes[@]} )):10}")
  bodies+=("$(graphql_body "{ compare(year: $YEAR, departmentCodes: [${group%, }], level: CLASS) { rows { code name cells { departmentCode amount share rank } } } }")")
  bodies+=("$(graphql_body "{ departments(where: { name: { contains: \"$contains\" } }, first: $(( 10 + i * 5 ))) { code name region budget(year: $YEAR) { totalExpenditure } } }")")
done
wrk_script "$BENCH_DIR/load.lua" "${bodies[@]}"
# Cache busting: each request's query starts with an alias of its own ("{ b<n>: __typename ..."), so no two texts are equal.
cat >>"$BENCH_DIR/load.lua" <<'LUA'
-- Replaces request(): the same bodies in turn, each query prefixed with an alias of its own.
local n = 0
request = function()
  i = i % #bodies + 1
  n = n + 1
  local body = bodies[i]:gsub('"query": "{', '"query": "{ b' .. n .. ': __typename', 1)
  return wrk.format("POST", "/graphql", { ["Content-Type"] = "application/json" }, body)
end
LUA

# Warm-up: what the measured minute must find already at its steady state. The document cache starts over when it
# holds GraphQL:Documents:CacheSize texts (1,000): the heap holds a full cache at most, and reaches that only after as
# many unique requests. A time-only warm-up (10 s) did not get there on a slow machine (PostgreSQL at 71 requests/s:
# 710 requests), so the minute after it still grew the heap by a full cache (+35%; docs/performance.md). So the warm-up
# runs in 5 s rounds until it has sent at least 2 × CacheSize requests and 10 s (the connection pool and the JIT are
# warm within seconds), at most WARMUP_MAX_SECONDS (default 300; reaching it is reported). The response cache is off.
cache_size=${GraphQL__Documents__CacheSize:-$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["GraphQL"]["Documents"]["CacheSize"])' "$ROOT/src/BudgetGraph.Api/appsettings.json")}
warm_target=$(( 2 * cache_size ))
warm_max=${WARMUP_MAX_SECONDS:-300}
warm_requests=0; warm_seconds=0; warm_non2xx=0; warm_errors=0
while [ "$warm_seconds" -lt 10 ] || { [ "$warm_requests" -lt "$warm_target" ] && [ "$warm_seconds" -lt "$warm_max" ]; }; do
  round=$(wrk_run 2 "$CONNECTIONS" 5 "$BENCH_DIR/load.lua")
  read -r n bad errs < <(python3 -c 'import json,sys; r=json.loads(sys.argv[1]); print(r["requests"], r["non2xx"], r["socket_errors"])' "$round")
  warm_requests=$(( warm_requests + n )); warm_non2xx=$(( warm_non2xx + bad )); warm_errors=$(( warm_errors + errs ))
  warm_seconds=$(( warm_seconds + 5 ))
done
warm=$(printf '{"requests": %d, "seconds": %d, "target": %d, "non2xx": %d, "socket_errors": %d}' \
  "$warm_requests" "$warm_seconds" "$warm_target" "$warm_non2xx" "$warm_errors")
log "warm-up: $warm_requests requests in $warm_seconds s at $CONNECTIONS connections (target $warm_target: 2 × the document cache)"
after_warmup=$(api_rss_kb)
heap_after=$(curl -sf "http://127.0.0.1:$PORT/bench/memory")
log "load: $SECONDS_LOAD s at $CONNECTIONS connections (memory after warm-up: $(( after_warmup / 1024 )) MB)"
# Resident memory once a second during the measured minute (min/max reported: the server GC's sawtooth).
( while kill -0 "$API_PID" 2>/dev/null; do api_rss_kb; sleep 1; done ) >"$BENCH_DIR/load-rss.txt" 2>/dev/null &
sampler=$!
result=$(wrk_run 2 "$CONNECTIONS" "$SECONDS_LOAD" "$BENCH_DIR/load.lua")
kill "$sampler" 2>/dev/null || true
at_end=$(api_rss_kb)
heap_end=$(curl -sf "http://127.0.0.1:$PORT/bench/memory")
peak=$(api_hwm_kb)
stop_api
load_average=$(cut -d' ' -f1-3 /proc/loadavg)

python3 - "$result" "$warm" "$after_warmup" "$at_end" "$peak" "$SECONDS_LOAD" "$CONNECTIONS" "$SCALE" "$PROVIDER" \
  "$heap_after" "$heap_end" "$BENCH_DIR/load-rss.txt" "$load_average" <<'PY'
import json, sys
r, warm = json.loads(sys.argv[1]), json.loads(sys.argv[2])
after, end, peak = (int(x) for x in sys.argv[3:6])
heap_after, heap_end = json.loads(sys.argv[10]), json.loads(sys.argv[11])
samples = [int(x) for x in open(sys.argv[12]).read().split()]
change = (end - after) / after
mb = lambda kb: round(kb / 1024)
checks = {
    'no_non2xx': r['non2xx'] == 0 and warm['non2xx'] == 0,
    'no_socket_errors': r['socket_errors'] == 0 and warm['socket_errors'] == 0,
    'memory_within_20_percent': abs(change) <= 0.20,
}
passed = all(checks.values())
heap = lambda h: round(h['heapSizeBytes'] / 1048576)
print(f"warm-up {warm['requests']} requests in {warm['seconds']} s (target {warm['target']}); "
      f"requests {r['requests']} ({r['rps']:.0f}/s), non-2xx {r['non2xx']}, socket errors {r['socket_errors']}, "
      f"p50 {r['p50_ms']} ms, p99 {r['p99_ms']} ms; memory after warm-up {mb(after)} MB, at the end {mb(end)} MB "
      f"({change:+.1%}), during the run {mb(min(samples or [0]))}–{mb(max(samples or [0]))} MB, peak {mb(peak)} MB; "
      f"managed heap after the last GC {heap(heap_after)} → {heap(heap_end)} MB (server GC: {heap_end['serverGC']}); "
      f"load average {sys.argv[13]}")
print(json.dumps({'provider': sys.argv[9], 'seconds': int(sys.argv[6]), 'connections': int(sys.argv[7]), 'scale': int(sys.argv[8]), **r,
                  'warmup': warm, 'memory_after_warmup_mb': mb(after), 'memory_at_end_mb': mb(end),
                  'memory_change': round(change, 3), 'memory_min_mb': mb(min(samples or [0])), 'memory_max_mb': mb(max(samples or [0])),
                  'peak_memory_mb': mb(peak), 'heap_after_warmup_mb': heap(heap_after), 'heap_at_end_mb': heap(heap_end),
                  'load_average': sys.argv[13], 'checks': checks, 'passed': passed}))
failed = [name for name, ok in checks.items() if not ok]
print(f"PASS: 0 non-2xx, 0 socket errors, memory at the end {change:+.1%} of after warm-up (within 20%)" if passed
      else f"FAIL: {', '.join(failed)} (non-2xx {r['non2xx'] + warm['non2xx']}, socket errors {r['socket_errors'] + warm['socket_errors']}, memory {change:+.1%}; the rule is within 20%)")
sys.exit(0 if passed else 1)
PY
