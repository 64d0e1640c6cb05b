#!/usr/bin/env bash
# HTTP load test of ContentApi: every endpoint of issue 7 for DURATION each with wrk, against the service built in
# Release, on loopback only, with an in-memory ceiling (GET /bench/ceiling/{id}) measured in the same run; each
# figure is printed as requests/s, latency p50/p95/p99 and its share of the ceiling. Fill the archive first:
#   dotnet run -c Release --project src/ContentApi.Cli -- bench-data --pages 21500
# Without ConnectionStrings__Content the service runs as Development and serves the development cluster that
# bench-data filled (src/ContentApi/.data/postgres). The script stops the service when it ends. ONLY=regex runs
# just the lines whose names match it (and the ceiling).
# Every line is measured after WARMUP (default 3s, 0 for none) of the same requests, and the table after PREWARM
# (default 5s a path) of every kind of uncached read.
# Each line also gives the CPU time per request of the service and of PostgreSQL (all its processes), from
# /proc over the run's requests: the measure that the machine's other load moves least. PostgreSQL's is shown when
# its data directory is found (PGDATA_DIR, else the development cluster's). With PEER_BASE (and PEER_PID, the peer's
# process) set, as bench/peer/run.sh does, a line that names a --peer path runs the same wrk line against the peer
# right after ContentApi's, and prints the peer's figures and the ratio ContentApi/peer of requests/s.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
duration="${DURATION:-10s}"
warmup="${WARMUP:-3s}"
connections="${CONNECTIONS:-16}"
threads="${THREADS:-2}"
port="${PORT:-5099}"
base="http://127.0.0.1:$port"
results="${RESULTS:-$root/bench/results/load-$(date -u +%Y%m%dT%H%M%SZ).txt}"

# wrk drives the load, jq reads the API's answers, psql vacuums the archive; all from Debian's packages.
for tool in wrk jq psql; do
  package="$tool"
  [ "$tool" = psql ] && package=postgresql-client
  command -v "$tool" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$package" >/dev/null; }
done

cd "$root"
mkdir -p "$(dirname "$results")" bench/results
for project in src/ContentApi src/ContentApi.Cli; do dotnet build -c Release "$project" -v quiet -nologo >/dev/null; done
cli=(dotnet "$root/src/ContentApi.Cli/bin/Release/net10.0/contentapi.dll")

# A key that may write, for the ingest run; made before the service starts, as both use the same cluster.
api_key="$("${cli[@]}" keys create --name "load.sh $(date -u +%FT%TZ)" --scope write 2>/dev/null)"

# The rate limits are per client, and all of wrk is one client: raise them out of the way.
export ASPNETCORE_URLS="$base"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-$([ -n "${ConnectionStrings__Content:-}" ] && echo Production || echo Development)}"
export Benchmark__Ceiling=true
export Logging__LogLevel__Default=Warning
export RateLimiting__Reads__PermitLimit=1000000000
export RateLimiting__Writes__PermitLimit=1000000000
export Sample__LoadWhenEmpty=false
# /metrics in Production too: the wait for the stored article bodies below reads it.
export Telemetry__Prometheus__Enabled=true

(cd src/ContentApi && exec dotnet bin/Release/net10.0/ContentApi.dll) >"$root/bench/results/service.log" 2>&1 &
service=$!
trap 'kill "$service" 2>/dev/null; wait "$service" 2>/dev/null || true' EXIT
for _ in $(seq 120); do
  curl -sf "$base/health/ready" >/dev/null && break
  sleep 1
done
curl -sf "$base/health/ready" >/dev/null || { echo "the service did not become ready; see bench/results/service.log" >&2; exit 1; }
# The article's default body is served from storage once rendered (db/0015_article_bodies.sql): a new archive or a
# new body format is rendered in the background after start (250-400 articles a second), and the lines measure
# the service as it runs once that is done.
# A build without stored bodies (an older one, measured for comparison) has no such metric: after 30 s, go on.
for second in $(seq 900); do
  due="$(curl -sf "$base/metrics" | awk '/^contentapi_article_bodies_due/ { print $2 }' || true)"
  [ "$due" = 0 ] || { [ -z "$due" ] && [ "$second" -ge 30 ]; } && break
  sleep 1
done
[ "${due:-0}" = 0 ] || echo "# warning: $due article bodies still due after 15 minutes" >&2

# Every run ends with the ingest line, which adds some 12,000 statistics that autovacuum may not have reached when the
# next run starts, and the bodies just rendered are new rows too: without fresh planner statistics and visibility
# map, the county's series ran at a p99 of 48 ms instead of 29, 100 per page 51 instead of 39 (docs/benchmarks.md).
# Each run measures the archive as a settled database is, vacuumed and analysed (10-20 s on the bench archive).
. "$root/bench/database-url.sh"
psql -q "$(database_url "$root")" -c "VACUUM (ANALYZE)" >/dev/null

# The PostgreSQL that serves the benchmark: its postmaster's process tree, for the CPU per request.
pgdata="${PGDATA_DIR:-$root/src/ContentApi/.data/postgres/pgdata}"
postmaster="$(head -1 "$pgdata/postmaster.pid" 2>/dev/null || true)"
. "$root/bench/cpu-ticks.sh"

# An article from the middle of the archive, its ETag (for a request without Accept, as wrk sends it: the ETag
# hashes the Accept header), and the cursor of statistics page 1,000 (the nextCursor
# of page 999).
articles="$(curl -sf "$base/api/v1/articles?pageSize=1" | jq .total)"
if [ "$articles" -lt 1000 ]; then
  echo "the archive has $articles articles; fill it first: dotnet run -c Release --project src/ContentApi.Cli -- bench-data" >&2
  exit 1
fi
article="$(curl -sf "$base/api/v1/articles?pageSize=1&page=$((articles / 2))" | jq .items[0].id)"
etag="$(curl -sf -H "Accept:" -D - -o /dev/null "$base/api/v1/articles/$article" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" { print $2 }')"
deep_cursor="$(curl -sf "$base/api/v1/statistics?pageSize=20&page=999" | jq -r .nextCursor)"

# A fresh process spends its first minute compiling: tiered compilation and dynamic PGO recompile every hot method
# while the load runs (20-28 s after start, under the statistics list, the JIT still compiled 3,500 methods in 8 s;
# the first line measured 2-5x the CPU per request of the same line measured later). PREWARM (default 5s a path, 0 for
# none) runs each kind of uncached read once before the table, so that the first lines measure warm code as the last
# ones do; the peer, whose V8 compiles too, gets the same.
peer_statistics="/statistics?where.status.eq=accepted&orderby.id=asc"
prewarm="${PREWARM:-5s}"
warm_up() {
  local target="$1" path
  shift
  for path in "$@"; do
    MODE=nocache RUN="$$-prewarm" wrk -t"$threads" -c"$connections" -d"$prewarm" -s "$root/bench/load.lua" "$target$path" >/dev/null
  done
}
if [ "$prewarm" != 0 ]; then
  warm_up "$base" "/bench/ceiling/$article" "/api/v1/articles/$article" "/api/v1/articles/$article?include=sections" "/api/v1/articles?pageSize=20" \
    "/api/v1/statistics?category=volunteers&pageSize=50" "/api/v1/statistics?pageSize=100" "/api/v1/statistics?pageSize=20&cursor=$deep_cursor" \
    "/api/v1/statistics/metrics" "/api/v1/articles?q=%E5%BF%97%E6%84%BF%E8%80%85" "/api/v1/places"
  [ -z "${PEER_BASE:-}" ] || warm_up "$PEER_BASE" "/articles/$article" "/articles?limit=21&orderby.publishedOn=desc&orderby.id=desc" \
    "$peer_statistics&where.category.eq=volunteers&limit=51" "$peer_statistics&limit=100" "$peer_statistics&limit=21&offset=19980"
fi

ceiling=""
rate=""
last_rps=""
runs=0
format='%-50s %10s %8s %8s %8s %7s %6s %9s %9s %6s\n'
# measure NAME MODE URL PID [wrk options…]: one wrk run against URL, one line of the table; the CPU per request is
# that of PID's process tree and of PostgreSQL's. Sets measured_rps.
measure() {
  local name="$1" mode="$2" url="$3" pid="$4"
  shift 4
  # The first request of a shape plans and caches; it is not part of the figure. Without Accept, as wrk sends it,
  # which the output cache and the ETag tell apart from curl's */*.
  curl -s -H "Accept:" -o /dev/null "$url"
  local line own_before pg_before own_after pg_after
  runs=$((runs + 1))
  # WARMUP (default 3s) of the same load first, unmeasured: the JIT's optimised code and warm pools, not start-up.
  [ "$warmup" = 0 ] || MODE="$mode" RUN="$$-$runs-warm" RATE="$rate" CONNECTIONS="$connections" SAMPLE="$root/samples/000_a5e3d1870f42e52b.txt" API_KEY="$api_key" \
    wrk -t"$threads" -c"$connections" -d"$warmup" -s "$root/bench/load.lua" "$@" "$url" >/dev/null
  own_before="$(tree_ticks "$pid")" pg_before="$(tree_ticks "$postmaster")"
  line="$(MODE="$mode" RUN="$$-$runs" RATE="$rate" CONNECTIONS="$connections" SAMPLE="$root/samples/000_a5e3d1870f42e52b.txt" API_KEY="$api_key" \
          wrk -t"$threads" -c"$connections" -d"$duration" -s "$root/bench/load.lua" "$@" "$url" | grep '^RESULT' || true)"
  own_after="$(tree_ticks "$pid")" pg_after="$(tree_ticks "$postmaster")"
  kill -0 "$service" 2>/dev/null || { echo "the service stopped during \"$name\"; see bench/results/service.log" >&2; exit 1; }
  read -r _ rps p50 p95 p99 errors requests <<<"$line"
  measured_rps="$rps"
  [ -z "$ceiling" ] && ceiling="$rps"
  local pg_us="-"
  [ -n "$postmaster" ] && pg_us="$(per_request $((pg_after - pg_before)) "$requests")"
  printf "$format" "$name" "$rps" "$p50" "$p95" "$p99" "$(awk -v a="$rps" -v b="$ceiling" 'BEGIN { printf "%.0f%%", 100 * a / b }')" "$errors" \
    "$(per_request $((own_after - own_before)) "$requests")" "$pg_us" "" | tee -a "$results"
}

# run NAME MODE PATH [--peer PEER_PATH] [wrk options…]: one line of the table, and with PEER_BASE the peer's line.
run() {
  local name="$1" mode="$2" path="$3" peer_path=""
  shift 3
  if [ "${1:-}" = "--peer" ]; then peer_path="$2"; shift 2; fi
  # ONLY (a grep -E pattern) picks lines to run; the ceiling always runs, as every share needs it.
  if [ -n "$ceiling" ] && [ -n "${ONLY:-}" ] && ! grep -qE -- "$ONLY" <<<"$name"; then return; fi
  measure "$name" "$mode" "$base$path" "$service" "$@"
  last_rps="$measured_rps"
  if [ -n "${PEER_BASE:-}" ] && [ -n "$peer_path" ]; then
    # The peer caches nothing and ignores unknown parameters, as ContentApi does: the same mode, the same requests.
    measure "  peer: $peer_path" "$mode" "$PEER_BASE$peer_path" "${PEER_PID:-}" "$@"
    printf "$format" "  ContentApi / peer" "" "" "" "" "" "" "" "" \
      "$(awk -v a="$last_rps" -v b="$measured_rps" 'BEGIN { if (b > 0) printf "%.2f", a / b }')" | tee -a "$results"
  fi
}

{
  echo "# bench/load.sh $(date -u +%FT%TZ), $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB, wrk -t$threads -c$connections -d$duration"
  echo "# archive: $(curl -sf "$base/api/v1/statistics?pageSize=1" | jq .total) statistics; article $article"
  printf "$format" endpoint "req/s" "p50 ms" "p95 ms" "p99 ms" ceiling errors "svc µs/r" "pg µs/r" ratio
} | tee "$results"

run "ceiling: article bytes from memory"          fixed   "/bench/ceiling/$article"
run "GET /articles/{id}"                            fixed   "/api/v1/articles/$article" --peer "/articles/$article"
run "GET /articles/{id} If-None-Match (304)"        fixed   "/api/v1/articles/$article" -H "If-None-Match: $etag"
# Uncached detail: the whole default body (authors, sections with paragraphs, statistics: 31 KB), and the article
# with its text only (sections with paragraphs), as the peer's row holds the article's columns and its body.
run "GET /articles/{id}, unique URL"                nocache "/api/v1/articles/$article" --peer "/articles/$article"
run "GET /articles/{id}?include=sections, unique URL" nocache "/api/v1/articles/$article?include=sections" --peer "/articles/$article"
run "GET /articles?pageSize=20 (cached)"            fixed   "/api/v1/articles?pageSize=20"
run "GET /articles?pageSize=20"                     nocache "/api/v1/articles?pageSize=20" --peer "/articles?fields=id,documentId,position,title,subtitle,publishedOn,source&limit=21&orderby.publishedOn=desc&orderby.id=desc"
run "GET /statistics?category=volunteers (cached)"  fixed   "/api/v1/statistics?category=volunteers&pageSize=50"
run "GET /articles?q=志愿者 (cached)"               fixed   "/api/v1/articles?q=%E5%BF%97%E6%84%BF%E8%80%85"
# Latency at saturation is mostly queueing; the same request paced at half the rate just measured (and
# skipped with it by ONLY) shows the latency of a service that keeps up.
paced() { rate="$(awk -v r="$last_rps" 'BEGIN { printf "%d", r / 2 }')"; run "$@"; rate=""; }
# The peer's statistics ($peer_statistics) are its bare rows (no article title or section heading), accepted ones as
# ContentApi lists by default, in id order (its default has no ORDER BY), one more than the page as ContentApi reads.
run "GET /statistics?category=volunteers"           nocache "/api/v1/statistics?category=volunteers&pageSize=50" --peer "$peer_statistics&where.category.eq=volunteers&limit=51"
paced "GET /statistics?category=volunteers, half rate" nocache "/api/v1/statistics?category=volunteers&pageSize=50" --peer "$peer_statistics&where.category.eq=volunteers&limit=51"
run "GET /articles?q=志愿者"                        nocache "/api/v1/articles?q=%E5%BF%97%E6%84%BF%E8%80%85"
paced "GET /articles?q=志愿者, half rate"           nocache "/api/v1/articles?q=%E5%BF%97%E6%84%BF%E8%80%85"
run "GET /statistics/metrics (cached)"              fixed   "/api/v1/statistics/metrics"
run "GET /statistics/metrics"                       nocache "/api/v1/statistics/metrics"
run "GET /statistics page 1"                        nocache "/api/v1/statistics?pageSize=20" --peer "$peer_statistics&limit=21"
run "GET /statistics?pageSize=100"                  nocache "/api/v1/statistics?pageSize=100" --peer "$peer_statistics&limit=100"
run "GET /statistics page 1,000 by cursor"          nocache "/api/v1/statistics?pageSize=20&cursor=$deep_cursor" --peer "$peer_statistics&limit=21&offset=19980"
run "GET /statistics page 1,000 by number"          nocache "/api/v1/statistics?pageSize=20&page=1000" --peer "$peer_statistics&limit=21&offset=19980"
# Where and when (bench-data spreads pages over every county): the province and the county with the most
# statistics, and a series there, of the archive's most frequent metric key and its unit.
places="$(curl -sf "$base/api/v1/places")"
province="$(jq -r '[.[] | select(.level == "province")] | max_by(.total) | .code' <<<"$places")"
county="$(jq -r '[.[] | select(.level == "county")] | max_by(.total) | .code' <<<"$places")"
read -r series_key series_unit < <(curl -sf "$base/api/v1/statistics/metrics?pageSize=1" | jq -r '.items[0] | "\(.metricKey | @uri) \(.unit | @uri)"')
run "GET /statistics?place=province page 1"         nocache "/api/v1/statistics?pageSize=20&place=$province"
run "GET /statistics?place=county page 1"           nocache "/api/v1/statistics?pageSize=20&place=$county"
run "GET /series?metricKey&place=county"            nocache "/api/v1/series?metricKey=$series_key&unit=$series_unit&place=$county"
# The county line's size follows the archive's history: the ingest line below adds copies of the sample page, which is
# in 红桥区, so after a run or two that county leads and its series grows from a few points to hundreds. The key's
# first 1,000 points over the whole archive (the earliest periods, which ingested pages never reach) are the same
# answer at every run.
run "GET /series?metricKey, 1,000 points"           nocache "/api/v1/series?metricKey=$series_key&unit=$series_unit&limit=1000"
# The county line's answer (17 to 1,000 points, as above) from the output cache: the series' own ceiling, what
# sending it costs with no work at all.
run "GET /series?metricKey&place=county (cached)"   fixed   "/api/v1/series?metricKey=$series_key&unit=$series_unit&place=$county"
run "POST /documents (new pages)"                   ingest  "/api/v1/documents"
# Memory after the runs: resident now and at the peak.
for who in "ContentApi:$service" "peer:${PEER_PID:-}"; do
  [ -n "${who#*:}" ] && [ -r "/proc/${who#*:}/status" ] &&
    awk -v who="${who%%:*}" '/^VmRSS|^VmHWM/ { v[$1] = $2 } END { printf "# %s memory: RSS %.0f MB, peak %.0f MB\n", who, v["VmRSS:"] / 1024, v["VmHWM:"] / 1024 }' "/proc/${who#*:}/status" | tee -a "$results" || true
done
echo "# written to $results"
