#!/usr/bin/env bash
# A/B of two builds of the service over the same database, alternated, for changes whose effect is smaller than the
# machine's noise between runs. BASE and TEST are checkouts (git worktrees), each built in Release
# (dotnet build -c Release src/ContentApi). Each round starts a fresh service per build in turn and measures every
# path with unique URLs (load.lua's nocache mode) after WARMUP of its own requests; it prints requests/s, latency and
# the CPU µs per request of the service and of PostgreSQL (all its processes), from /proc.
#   ConnectionStrings__Content=… PGDATA_DIR=… bench/ab.sh BASE_DIR TEST_DIR ROUNDS PATH...
# The database must outlive the services (a cluster started with pg_ctl, or any server): a service that started the
# development cluster itself stops it when it ends. Variables: WARMUP (20s), DURATION (10s), CONNECTIONS (16), PORT (5098).
# BEFORE_BASE and BEFORE_TEST, when set, are commands run before each start of that build: for a change that adds
# indexes, the base is measured without them (a script that drops them) and the test with them.
set -euo pipefail

[ $# -ge 4 ] || { sed -n '2,11p' "$0" >&2; exit 2; }
[ -n "${ConnectionStrings__Content:-}" ] || { echo "set ConnectionStrings__Content to a database that outlives the services" >&2; exit 2; }
root="$(cd "$(dirname "$0")/.." && pwd)"
base_dir="$(cd "$1" && pwd)" test_dir="$(cd "$2" && pwd)" rounds="$3"
shift 3
warmup="${WARMUP:-20s}" duration="${DURATION:-10s}" connections="${CONNECTIONS:-16}" port="${PORT:-5098}"
postmaster="$(head -1 "${PGDATA_DIR:?set PGDATA_DIR to the data directory of the database}/postmaster.pid")"

. "$root/bench/cpu-ticks.sh"

service=""
trap '[ -z "$service" ] || kill "$service" 2>/dev/null || true' EXIT
printf '%-5s %-4s %-60s %9s %8s %8s %9s %9s\n' round build path "req/s" "p50 ms" "p99 ms" "svc µs/r" "pg µs/r"
for round in $(seq "$rounds"); do
  for build in base test; do
    dir="$base_dir"; [ "$build" = test ] && dir="$test_dir"
    hook="${BEFORE_BASE:-}"; [ "$build" = test ] && hook="${BEFORE_TEST:-}"
    [ -z "$hook" ] || bash -c "$hook" >/dev/null
    (cd "$dir/src/ContentApi" && ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Development Logging__LogLevel__Default=Warning \
      RateLimiting__Reads__PermitLimit=1000000000 Sample__LoadWhenEmpty=false exec dotnet bin/Release/net10.0/ContentApi.dll) >/dev/null 2>&1 &
    service=$!
    for _ in $(seq 120); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 1; done
    for path in "$@"; do
      MODE=nocache RUN="$$-$round-$build-warm" wrk -t2 -c"$connections" -d"$warmup" -s "$root/bench/load.lua" "http://127.0.0.1:$port$path" >/dev/null
      own_before="$(tree_ticks "$service")" pg_before="$(tree_ticks "$postmaster")"
      read -r _ rps p50 _ p99 _ requests < <(MODE=nocache RUN="$$-$round-$build" wrk -t2 -c"$connections" -d"$duration" -s "$root/bench/load.lua" "http://127.0.0.1:$port$path" | grep '^RESULT')
      own_after="$(tree_ticks "$service")" pg_after="$(tree_ticks "$postmaster")"
      printf '%-5s %-4s %-60s %9s %8s %8s %9s %9s\n' "$round" "$build" "$path" "$rps" "$p50" "$p99" \
        "$(per_request $((own_after - own_before)) "$requests")" "$(per_request $((pg_after - pg_before)) "$requests")"
    done
    kill "$service"; wait "$service" 2>/dev/null || true; service=""
  done
done
