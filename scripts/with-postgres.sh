#!/usr/bin/env bash
# Runs a command with DATABASE_URL pointing at a throwaway PostgreSQL server: installs Debian's postgresql when it
# is missing, starts a cluster as the postgres user in a temporary folder on PG_PORT (default 5433), loopback
# only, and stops and removes it afterwards.
# Usage: scripts/with-postgres.sh npx vitest run test/store
set -euo pipefail

port="${PG_PORT:-5433}"
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "PostgreSQL is not installed. Run: sudo apt-get install -y postgresql" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
bin="$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")"

dir="$(mktemp -d /tmp/signpost-pg.XXXXXX)"
chmod 755 "$dir"
as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"; elif [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
# Run as root: the cluster belongs to postgres. Otherwise to the user running this script.
[ "$(id -u)" -eq 0 ] && chown postgres "$dir"

stop() {
  as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

as_postgres "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
start_server() {
  as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-p $port -c listen_addresses=127.0.0.1 -k $dir -c fsync=off -c max_connections=50" start >/dev/null
}
start_server
as_postgres "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres signpost

echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on port $port for: $*"
# The fault tests kill the server and start it again: `bash -c "$PG_KILL"`, then `bash -c "$PG_START"`.
export PG_KILL="$(declare -f as_postgres); as_postgres '$bin/pg_ctl' -D '$dir/data' -m immediate -w stop"
export PG_START="$(declare -f as_postgres); as_postgres '$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -o '-p $port -c listen_addresses=127.0.0.1 -k $dir -c fsync=off -c max_connections=50' start"
DATABASE_URL="postgres://postgres@127.0.0.1:$port/signpost" "$@"
