#!/usr/bin/env bash
# Starts Debian's PostgreSQL cluster on loopback (creating it when missing), makes a role and a database
# for the tests, and prints their DATABASE_URL on stdout (everything else goes to stderr). Idempotent.
set -euo pipefail

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
cluster_field() { pg_lsclusters -h | awk -v v="$version" -v f="$1" '$1 == v && $2 == "main" { print $f }'; }

version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
if [ -z "$(cluster_field 3)" ]; then as_root pg_createcluster "$version" main >&2; fi
port="$(cluster_field 3)"
# Debian's clusters listen on localhost only. "Already running" is not a failure: readiness is checked below.
if [ "$(cluster_field 4)" != "online" ]; then as_root pg_ctlcluster "$version" main start >&2; fi
for _ in $(seq 1 30); do
  if pg_isready -q -h 127.0.0.1 -p "$port"; then break; fi
  sleep 1
done
pg_isready -h 127.0.0.1 -p "$port" >&2 || { echo "PostgreSQL $version did not start on port $port" >&2; exit 1; }

as_postgres psql -p "$port" -v ON_ERROR_STOP=1 -q -c "DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rum_test') THEN
    CREATE ROLE rum_test LOGIN PASSWORD 'rum_test';
  END IF;
END \$\$;" >&2
if [ "$(as_postgres psql -p "$port" -tAc "SELECT 1 FROM pg_database WHERE datname = 'rum_test'")" != "1" ]; then
  as_postgres createdb -p "$port" -O rum_test rum_test >&2
fi
# The user list's indexes (migration 4) need pg_trgm and btree_gin, from Debian's PostgreSQL package
# itself (its contrib). Both are trusted, so the database owner (rum_test) may create them; they are
# created here as the superuser anyway, as a DBA would for a role that may not.
for extension in pg_trgm btree_gin; do
  if [ ! -f "/usr/share/postgresql/$version/extension/$extension.control" ]; then
    echo "PostgreSQL $version lacks the $extension extension: install postgresql-contrib-$version" >&2
    exit 1
  fi
  as_postgres psql -p "$port" -d rum_test -v ON_ERROR_STOP=1 -q -c "CREATE EXTENSION IF NOT EXISTS $extension" >&2
done
echo "postgres://rum_test:rum_test@127.0.0.1:$port/rum_test"
