#!/usr/bin/env bash
# Two API replicas on loopback sharing one PostgreSQL database and one Redis (docs/deployment.md), for trying what a
# load balancer would see: an import through either one is seen by both, a persisted query registered on one runs on
# the other.
#
#   scripts/replicas.sh [--no-build] [API option…]
#
# Starts replica A on http://127.0.0.1:5105, waits until it is ready (it migrates the database and imports
# data/sources when the database is empty), then replica B on http://127.0.0.1:5106, prints
# "ready http://127.0.0.1:5105 http://127.0.0.1:5106" once both answer /health/ready, and runs until Enter, the end
# of its input or Ctrl-C; then it stops both (kept in the background: `sleep infinity | scripts/replicas.sh`).
# API options (e.g. --Warehouse:ImportSources=false) are passed to both replicas.
#
# Environment (all optional):
#   REPLICA_PORTS                 the two ports (default "5105 5106")
#   BUDGETGRAPH_REPLICAS_DATABASE the PostgreSQL connection string (default: scripts/ci-postgres.sh's server,
#                                 database budgetgraph_replicas; the first replica creates it)
#   BUDGETGRAPH_TEST_REDIS        the Redis configuration string (default: scripts/ci-redis.sh's server)
#   BUDGETGRAPH_ADMIN_API_KEY     the key of POST /admin/import (default: a random one, printed)
#   CONFIGURATION                 the build configuration whose output is run (default Debug)
# The replicas' logs are written to files under a temporary directory, named on stderr.
set -euo pipefail
cd "$(dirname "$0")/.."

build=1
if [ "${1:-}" = "--no-build" ]; then
  build=0
  shift
fi
read -r -a ports <<<"${REPLICA_PORTS:-5105 5106}"
[ "${#ports[@]}" -eq 2 ] || { echo "REPLICA_PORTS must name two ports, not '${REPLICA_PORTS}'." >&2; exit 2; }
configuration="${CONFIGURATION:-Debug}"

redis="${BUDGETGRAPH_TEST_REDIS:-$(bash scripts/ci-redis.sh)}"
database="${BUDGETGRAPH_REPLICAS_DATABASE:-}"
if [ -z "$database" ]; then
  server="$(bash scripts/ci-postgres.sh)"
  database="${server/Database=postgres/Database=budgetgraph_replicas}"
fi
if [ -z "${BUDGETGRAPH_ADMIN_API_KEY:-}" ]; then
  BUDGETGRAPH_ADMIN_API_KEY="$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  echo "admin key (Authorization: Bearer …): $BUDGETGRAPH_ADMIN_API_KEY"
fi
export BUDGETGRAPH_ADMIN_API_KEY

if [ "$build" -eq 1 ]; then
  dotnet build src/BudgetGraph.Api -c "$configuration" -p:BuildPlayground=false -p:BuildExplorer=false -v q -nologo >&2
fi
dll="src/BudgetGraph.Api/bin/$configuration/net10.0/BudgetGraph.Api.dll"
[ -f "$dll" ] || { echo "$dll is missing: build the API first (or leave out --no-build)." >&2; exit 1; }

logs="$(mktemp -d "${TMPDIR:-/tmp}/budgetgraph-replicas.XXXXXX")"
pids=()
stop() {
  # TERM first (a graceful stop), then KILL whatever is still running after 15 s.
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for _ in $(seq 1 30); do
    alive=0
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ "$alive" -eq 0 ] && break
    sleep 0.5
  done
  for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
  echo "replicas stopped; logs in $logs" >&2
}
trap stop EXIT
trap 'exit 130' INT TERM

# Starts one replica and waits (bounded: 10 minutes, a first import included) until it is ready.
start() {
  local port="$1" log="$logs/replica-$1.log"
  shift
  echo "starting replica on http://127.0.0.1:$port (log: $log)" >&2
  dotnet "$dll" --urls "http://127.0.0.1:$port" --Warehouse:Provider=PostgreSql \
    "--ConnectionStrings:Warehouse=$database" "--Redis:Configuration=$redis" \
    --Warehouse:Sources="$PWD/data/sources" "$@" </dev/null >"$log" 2>&1 &
  pids+=("$!")
  for _ in $(seq 1 1200); do
    if ! kill -0 "${pids[-1]}" 2>/dev/null; then
      echo "the replica on port $port exited before it was ready; the end of its log:" >&2
      tail -n 40 "$log" >&2
      exit 1
    fi
    curl -fsS -o /dev/null "http://127.0.0.1:$port/health/ready" 2>/dev/null && return 0
    sleep 0.5
  done
  echo "the replica on port $port was not ready after 10 minutes; the end of its log:" >&2
  tail -n 40 "$log" >&2
  exit 1
}

# One after the other: the first migrates (and fills) the database, the second finds it ready.
start "${ports[0]}" "$@"
start "${ports[1]}" "$@"
echo "ready http://127.0.0.1:${ports[0]} http://127.0.0.1:${ports[1]}"
read -r _ || true
