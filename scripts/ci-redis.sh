#!/usr/bin/env bash
# Installs redis-server from Debian's packages when missing, starts one on loopback (127.0.0.1, port REDIS_PORT or
# 6379) unless one answers there already, and prints its StackExchange.Redis configuration string on stdout (the
# replica test reads it from BUDGETGRAPH_TEST_REDIS; scripts/replicas.sh uses it). The server keeps nothing on disk
# (no RDB snapshot, no append-only file): what the API keeps in Redis is a cache (docs/deployment.md). Idempotent.
set -euo pipefail
port="${REDIS_PORT:-6379}"

# Only the configuration string may reach stdout: the caller captures it whole.
{

if ! command -v redis-server >/dev/null || ! command -v redis-cli >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
fi

if ! redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null | grep -qx PONG; then
  # Daemonized with its own log file: it must not hold the caller's stdout open (see ci-postgres.sh).
  redis-server --bind 127.0.0.1 --port "$port" --save '' --appendonly no --daemonize yes \
    --logfile "${TMPDIR:-/tmp}/budgetgraph-redis-$port.log" --dir "${TMPDIR:-/tmp}" </dev/null
fi

# Wait until it answers (bounded: 15 s).
for _ in $(seq 1 30); do
  redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null | grep -qx PONG && break
  sleep 0.5
done
redis-cli -h 127.0.0.1 -p "$port" ping | grep -qx PONG

} >&2

echo "127.0.0.1:$port"
