#!/usr/bin/env bash
# Installs PostgreSQL from Debian's packages when missing, starts a cluster on loopback and creates the
# role the integration tests use. Prints the connection string on stdout (tests read it from the
# environment variable BUDGETGRAPH_TEST_POSTGRES; each test fixture creates and drops its own database).
# Idempotent: a running cluster and an existing role are left as they are.
set -euo pipefail

# Only the connection string may reach stdout: the caller captures it whole. Everything the tools print
# (pg_ctlcluster says "removed stale pid file." when a previous server died uncleanly) goes to stderr.
# (Not by duplicating stdout onto another descriptor: the server started below would inherit it and
# keep the caller's $(...) open for as long as it runs.)
{

if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main"' | grep -q .; then
  pg_createcluster "$version" main >&2
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; then
  pg_ctlcluster "$version" main start
fi

# Wait until the server accepts connections (bounded: 30 s).
for _ in $(seq 1 60); do
  su postgres -c "pg_isready -q -h 127.0.0.1" && break
  sleep 0.5
done
su postgres -c "pg_isready -q -h 127.0.0.1"

su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname = 'budgetgraph'\"" | grep -q 1 ||
  su postgres -c "psql -qc \"CREATE ROLE budgetgraph LOGIN CREATEDB PASSWORD 'budgetgraph'\"" >&2

} >&2

echo "Host=127.0.0.1;Port=5432;Username=budgetgraph;Password=budgetgraph;Database=postgres"
