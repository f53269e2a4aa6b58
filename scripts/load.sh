#!/usr/bin/env bash
# Load and soak (issue 8, item 6; issue 14). Usage: scripts/load.sh [seconds=60] [connections=64]
#
# Starts the API (Release build) on loopback over a warehouse of 1,000 synthetic departments × 10 years (cached in
# $BENCH_DIR; BENCH_SCALE=1 for the real documents only), on SQLite or, with LOAD_PROVIDER=PostgreSql, on the
# loopback PostgreSQL of scripts/ci-postgres.sh. The mix busts the caches: every request is a text of its own (a unique
# alias), so each one is parsed and validated (the document cache churns) and executed. The response cache is off: with
# texts that never repeat it would only fill towards its bound (Cache:MaxBytes, 64 MB) during the run — bounded, but
# more than the 20% the memory check allows on a 200 MB process (a PostgreSQL run with it on: +21.7%). Warms up
# for 10 s, then runs wrk for the given time at the given connections over a mix of breakdown, compare and list
# queries (a wrk Lua script POSTing JSON, round robin). Reports non-2xx answers, socket errors, p50/p99 and the
# server's resident memory after warm-up and at the end, and checks: zero non-2xx, zero socket errors, memory at the
# end within 20% of after warm-up. Prints one JSON object last; exit code 1 when a check fails.
# Bounded: wrk stops itself after its duration (and is killed 30 s later at the latest); the API is stopped on exit.
source "$(dirname "$0")/bench/common.sh"

SECONDS_LOAD=${1:-60}
CONNECTIONS=${2:-64}
SCALE=${BENCH_SCALE:-1000}
PROVIDER=${LOAD_PROVIDER:-Sqlite}

ensure_wrk
build
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

log "warm-up: 10 s at $CONNECTIONS connections"
warm=$(wrk_run 2 "$CONNECTIONS" 10 "$BENCH_DIR/load.lua")
after_warmup=$(api_rss_kb)
log "load: $SECONDS_LOAD s at $CONNECTIONS connections (memory after warm-up: $(( after_warmup / 1024 )) MB)"
result=$(wrk_run 2 "$CONNECTIONS" "$SECONDS_LOAD" "$BENCH_DIR/load.lua")
at_end=$(api_rss_kb)
peak=$(api_hwm_kb)
stop_api

python3 - "$result" "$warm" "$after_warmup" "$at_end" "$peak" "$SECONDS_LOAD" "$CONNECTIONS" "$SCALE" "$PROVIDER" <<'PY'
import json, sys
r, warm = json.loads(sys.argv[1]), json.loads(sys.argv[2])
after, end, peak = (int(x) for x in sys.argv[3:6])
change = (end - after) / after
checks = {
    'no_non2xx': r['non2xx'] == 0 and warm['non2xx'] == 0,
    'no_socket_errors': r['socket_errors'] == 0 and warm['socket_errors'] == 0,
    'memory_within_20_percent': abs(change) <= 0.20,
}
print(f"requests {r['requests']} ({r['rps']:.0f}/s), non-2xx {r['non2xx']}, socket errors {r['socket_errors']}, "
      f"p50 {r['p50_ms']} ms, p99 {r['p99_ms']} ms; memory after warm-up {after // 1024} MB, at the end {end // 1024} MB "
      f"({change:+.1%}), peak {peak // 1024} MB")
print(json.dumps({'provider': sys.argv[9], 'seconds': int(sys.argv[6]), 'connections': int(sys.argv[7]), 'scale': int(sys.argv[8]), **r,
                  'memory_after_warmup_mb': round(after / 1024), 'memory_at_end_mb': round(end / 1024),
                  'memory_change': round(change, 3), 'peak_memory_mb': round(peak / 1024), 'checks': checks,
                  'passed': all(checks.values())}))
sys.exit(0 if all(checks.values()) else 1)
PY
