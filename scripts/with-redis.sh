#!/usr/bin/env bash
# Runs a command with REDIS_URL pointing at a throwaway Redis server: installs Debian's redis-server when it is
# missing, starts it on REDIS_PORT (default 6380), loopback only, with nothing saved to disk, and stops it afterwards.
# Usage: scripts/with-redis.sh npx vitest run test/faults/two-instances.test.ts
set -euo pipefail

port="${REDIS_PORT:-6380}"
if ! command -v redis-server >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Redis is not installed. Run: sudo apt-get install -y redis-server" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
fi

dir="$(mktemp -d /tmp/signpost-redis.XXXXXX)"
redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --dir "$dir" --daemonize no >"$dir/server.log" 2>&1 &
pid=$!
stop() {
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
}
trap stop EXIT
for _ in $(seq 50); do
  redis-cli -p "$port" ping >/dev/null 2>&1 && break
  sleep 0.1
done

echo "Redis $(redis-server --version | awk '{print $3}' | cut -d= -f2) on port $port for: $*"
REDIS_URL="redis://127.0.0.1:$port" "$@"
