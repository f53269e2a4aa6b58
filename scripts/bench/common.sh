# Shared by scripts/bench.sh and scripts/load.sh (sourced): builds, datasets, starting and stopping the API,
# and wrk helpers. Everything runs on loopback; every process started here is stopped by its pid.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BENCH_DIR=${BENCH_DIR:-/tmp/budgetgraph-bench}
SEED=${BENCH_SEED:-1}
PORT=${BENCH_PORT:-5299}
CLI="$ROOT/src/BudgetGraph.Cli/bin/Release/net10.0/budgetgraph.dll"
API_DIR="$ROOT/src/BudgetGraph.Api/bin/Release/net10.0"
BENCH_DLL="$ROOT/tests/BudgetGraph.Benchmarks/bin/Release/net10.0/BudgetGraph.Benchmarks.dll"
API_PID=""
mkdir -p "$BENCH_DIR"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

ensure_wrk() {
  command -v wrk >/dev/null 2>&1 && return
  log "installing wrk"
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
}

build() {
  # BENCH_SKIP_BUILD=1: measure the Release build already there (repeated runs while profiling).
  [ "${BENCH_SKIP_BUILD:-0}" = 1 ] && { log "not building (BENCH_SKIP_BUILD=1)"; return; }
  log "building (Release): CLI, API, benchmarks"
  for p in src/BudgetGraph.Cli src/BudgetGraph.Api tests/BudgetGraph.Benchmarks; do
    dotnet build "$ROOT/$p" -c Release -v q -nologo >"$BENCH_DIR/build.log" 2>&1 || { cat "$BENCH_DIR/build.log" >&2; exit 1; }
  done
}

# The SQLite warehouse of a scale: 1 = the real documents imported; N = N synthetic departments × 10 years.
# Datasets are deterministic (seeded), so a finished one is reused; a marker file says it is complete.
sqlite_dataset() {
  local scale=$1 db="$BENCH_DIR/sqlite-$1-seed$SEED.db"
  if [ ! -f "$db.done" ]; then
    rm -f "$db" "$db-wal" "$db-shm"
    if [ "$scale" = 1 ]; then
      log "importing the real documents into $db"
      dotnet "$CLI" import "$ROOT"/data/sources/*.txt --db "$db" >"$BENCH_DIR/import.log"
    else
      log "synthesizing $scale departments × 10 years into $db"
      dotnet "$CLI" synth --departments "$scale" --years 10 --seed "$SEED" --db "$db" | tail -n 1 >&2
    fi
    touch "$db.done"
  fi
  echo "$db"
}

# The PostgreSQL database of a scale (scripts/ci-postgres.sh starts the server). Scale 1 is an empty
# database: the API imports data/sources into it when it starts.
postgres_dataset() {
  local scale=$1 base name
  base=$("$ROOT/scripts/ci-postgres.sh")
  name="bg_bench_${scale}_seed${SEED}"
  local cs="${base/Database=postgres/Database=$name}"
  if ! PGPASSWORD=budgetgraph psql -h 127.0.0.1 -U budgetgraph -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1 \
     || ! [ -f "$BENCH_DIR/$name.done" ]; then
    PGPASSWORD=budgetgraph psql -h 127.0.0.1 -U budgetgraph -d postgres -qc "DROP DATABASE IF EXISTS $name" >&2
    PGPASSWORD=budgetgraph psql -h 127.0.0.1 -U budgetgraph -d postgres -qc "CREATE DATABASE $name" >&2
    if [ "$scale" != 1 ]; then
      log "synthesizing $scale departments × 10 years into PostgreSQL $name"
      dotnet "$CLI" synth --departments "$scale" --years 10 --seed "$SEED" --postgres "$cs" | tail -n 1 >&2
    fi
    touch "$BENCH_DIR/$name.done"
  fi
  echo "$cs"
}

# start_api <provider> <connection string> [cache]: starts the Release build on loopback, waits for /health (bounded).
# The bench-only HTTP floor (Bench:SqlFloor) is on.
# The response cache (Cache:Enabled) is off unless the third argument is true: the figures are those of executing
# each request; bench.sh measures the cached answers separately. GraphQL:Limits:MaxListSize is raised to 1,000 (the
# default 100 refuses the compare of 1,000 departments, which would then measure an error).
# Each start logs to its own file (api-<n>-<provider>.log), so a crash's output survives the next start.
# The start-up's integrity check of a SQLite file (PRAGMA quick_check) is off: it reads the whole file, minutes for the
# 7 GB warehouse of 10,000 departments, and the bench measures serving, not starting, on datasets it made itself.
API_STARTS=0
API_LOG=""
start_api() {
  local provider=$1 cs=$2 cache=${3:-false}
  API_STARTS=$((API_STARTS + 1))
  API_LOG="$BENCH_DIR/api-$API_STARTS-$provider.log"
  # Another server on the port would answer /health and be measured in our place.
  if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/health"; then log "port $PORT is in use by another server: set BENCH_PORT"; exit 1; fi
  (cd "$API_DIR" && Warehouse__Provider="$provider" ConnectionStrings__Warehouse="$cs" Warehouse__Startup__IntegrityCheck=false RateLimiting__Enabled=false \
     Cache__Enabled="$cache" GraphQL__Limits__MaxListSize=1000 Bench__CountStatements=true Bench__SqlFloor=true ASPNETCORE_URLS="http://127.0.0.1:$PORT" ASPNETCORE_ENVIRONMENT=Production \
     Logging__LogLevel__Default=Warning exec dotnet BudgetGraph.Api.dll >"$API_LOG" 2>&1) &
  API_PID=$!
  for _ in $(seq 1 600); do
    kill -0 "$API_PID" 2>/dev/null || api_died
    curl -sf "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && { kill -0 "$API_PID" 2>/dev/null || api_died; return 0; }
    sleep 0.5
  done
  log "the API did not answer /health within 300 s"; stop_api; exit 1
}

stop_api() {
  if [ -n "$API_PID" ] && kill -0 "$API_PID" 2>/dev/null; then
    kill "$API_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$API_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$API_PID" 2>/dev/null || true
  fi
  API_PID=""
}
trap stop_api EXIT

# cpu_ticks <pid>: the process's CPU time so far (user + system), in clock ticks (getconf CLK_TCK per second).
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# Resident memory of the API (kB): current (VmRSS) and peak (VmHWM).
api_rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$API_PID/status"; }
api_hwm_kb() { kill -0 "$API_PID" 2>/dev/null || api_died; awk '/^VmHWM:/ { print $2 }' "/proc/$API_PID/status"; }

# The API is gone: its output and a non-zero exit (figures measured against a dead server would be meaningless).
api_died() { tail -n 60 "$API_LOG" >&2; log "the API exited (log: $API_LOG)"; API_PID=""; exit 1; }

# check_answer <name> <file>: stops the run unless the response in <file> has data and no errors.
check_answer() {
  if ! grep -q '"data"' "$2" || grep -q '"errors"' "$2"; then log "$1 failed: $(head -c 400 "$2")"; exit 1; fi
}

# graphql_body <query text>: the JSON request body.
graphql_body() { python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1]}, ensure_ascii=False))' "$1"; }

# wrk_script <file> <body>...: a wrk Lua script POSTing the bodies in turn (one per request, round robin).
wrk_script() {
  local file=$1; shift
  {
    echo 'local bodies = {}'
    for body in "$@"; do printf 'bodies[#bodies + 1] = [==[%s]==]\n' "$body"; done
    cat <<'LUA'
local i = 0
request = function()
  i = i % #bodies + 1
  return wrk.format("POST", "/graphql", { ["Content-Type"] = "application/json" }, bodies[i])
end
LUA
  } >"$file"
}

# wrk_get_script <file> <path>: a wrk Lua script GETting <path> (the HTTP floor).
wrk_get_script() {
  printf 'request = function()\n  return wrk.format("GET", [==[%s]==])\nend\n' "$2" >"$1"
}

# wrk_run <threads> <connections> <seconds> <script>: runs wrk (bounded by its duration plus a timeout) and
# prints one JSON object: rps, p50_ms, p99_ms, requests, non2xx, socket_errors.
wrk_run() {
  local out
  out=$(timeout $(( $3 + 30 )) wrk -t"$1" -c"$2" -d"$3"s --timeout 10s --latency -s "$4" "http://127.0.0.1:$PORT/graphql")
  python3 - "$out" <<'PY'
import json, re, sys
text = sys.argv[1]
def ms(v):
    m = re.match(r'([\d.]+)(us|ms|s|m)', v)
    n, u = float(m.group(1)), m.group(2)
    return n / 1000 if u == 'us' else n if u == 'ms' else n * 1000 if u == 's' else n * 60000
dist = dict(re.findall(r'^\s+(50|75|90|99)%\s+(\S+)', text, re.M))
errs = re.search(r'Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)', text)
print(json.dumps({
    'rps': float(re.search(r'Requests/sec:\s+([\d.]+)', text).group(1)),
    'p50_ms': round(ms(dist['50']), 3), 'p99_ms': round(ms(dist['99']), 3),
    'requests': int(re.search(r'(\d+) requests in', text).group(1)),
    'non2xx': int((re.search(r'Non-2xx or 3xx responses: (\d+)', text) or [0, 0])[1]),
    'socket_errors': sum(int(x) for x in errs.groups()) if errs else 0,
}))
PY
}
