#!/usr/bin/env bash
# HTTP load test of ContentApi: every endpoint of issue 7 for DURATION each with wrk, against the service built in
# Release, on loopback only, with an in-memory ceiling (GET /bench/ceiling/{id}) measured in the same run; each
# figure is printed as requests/s, latency p50/p95/p99 and its share of the ceiling. Fill the archive first:
#   dotnet run -c Release --project src/ContentApi.Cli -- bench-data --pages 21500
# Without ConnectionStrings__Content the service runs as Development and serves the development cluster that
# bench-data filled (src/ContentApi/.data/postgres). The script stops the service when it ends. ONLY=regex runs
# just the lines whose names match it (and the ceiling).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
duration="${DURATION:-10s}"
connections="${CONNECTIONS:-16}"
threads="${THREADS:-2}"
port="${PORT:-5099}"
base="http://127.0.0.1:$port"
results="${RESULTS:-$root/bench/results/load-$(date -u +%Y%m%dT%H%M%SZ).txt}"

# wrk drives the load, jq reads the API's answers; both from Debian's packages.
for tool in wrk jq; do
  command -v "$tool" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$tool" >/dev/null; }
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

(cd src/ContentApi && exec dotnet bin/Release/net10.0/ContentApi.dll) >"$root/bench/results/service.log" 2>&1 &
service=$!
trap 'kill "$service" 2>/dev/null; wait "$service" 2>/dev/null || true' EXIT
for _ in $(seq 120); do
  curl -sf "$base/health/ready" >/dev/null && break
  sleep 1
done
curl -sf "$base/health/ready" >/dev/null || { echo "the service did not become ready; see bench/results/service.log" >&2; exit 1; }

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

ceiling=""
rate=""
last_rps=""
runs=0
# run NAME MODE PATH [wrk options…]: one wrk run, one line of the table.
run() {
  local name="$1" mode="$2" path="$3"
  shift 3
  # ONLY (a grep -E pattern) picks lines to run; the ceiling always runs, as every share needs it.
  if [ -n "$ceiling" ] && [ -n "${ONLY:-}" ] && ! grep -qE -- "$ONLY" <<<"$name"; then return; fi
  # The first request of a shape plans and caches; it is not part of the figure. Without Accept, as wrk sends it,
  # which the output cache and the ETag tell apart from curl's */*.
  curl -s -H "Accept:" -o /dev/null "$base$path"
  local line
  runs=$((runs + 1))
  line="$(MODE="$mode" RUN="$$-$runs" RATE="$rate" CONNECTIONS="$connections" SAMPLE="$root/samples/000_a5e3d1870f42e52b.txt" API_KEY="$api_key" \
          wrk -t"$threads" -c"$connections" -d"$duration" -s "$root/bench/load.lua" "$@" "$base$path" | grep '^RESULT' || true)"
  kill -0 "$service" 2>/dev/null || { echo "the service stopped during \"$name\"; see bench/results/service.log" >&2; exit 1; }
  read -r _ rps p50 p95 p99 errors <<<"$line"
  last_rps="$rps"
  [ -z "$ceiling" ] && ceiling="$rps"
  printf '%-50s %10s %8s %8s %8s %7s %6s\n' "$name" "$rps" "$p50" "$p95" "$p99" "$(awk -v a="$rps" -v b="$ceiling" 'BEGIN { printf "%.0f%%", 100 * a / b }')" "$errors" | tee -a "$results"
}

{
  echo "# bench/load.sh $(date -u +%FT%TZ), $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB, wrk -t$threads -c$connections -d$duration"
  echo "# archive: $(curl -sf "$base/api/v1/statistics?pageSize=1" | jq .total) statistics; article $article"
  printf '%-50s %10s %8s %8s %8s %7s %6s\n' endpoint "req/s" "p50 ms" "p95 ms" "p99 ms" ceiling errors
} | tee "$results"

run "ceiling: article bytes from memory"          fixed   "/bench/ceiling/$article"
run "GET /articles/{id}"                            fixed   "/api/v1/articles/$article"
run "GET /articles/{id} If-None-Match (304)"        fixed   "/api/v1/articles/$article" -H "If-None-Match: $etag"
run "GET /articles?pageSize=20 (cached)"            fixed   "/api/v1/articles?pageSize=20"
run "GET /articles?pageSize=20"                     nocache "/api/v1/articles?pageSize=20"
run "GET /statistics?category=volunteers (cached)"  fixed   "/api/v1/statistics?category=volunteers&pageSize=50"
run "GET /articles?q=志愿者 (cached)"               fixed   "/api/v1/articles?q=%E5%BF%97%E6%84%BF%E8%80%85"
# Latency at saturation is mostly queueing; the same request paced at half the rate just measured (and
# skipped with it by ONLY) shows the latency of a service that keeps up.
paced() { rate="$(awk -v r="$last_rps" 'BEGIN { printf "%d", r / 2 }')"; run "$@"; rate=""; }
run "GET /statistics?category=volunteers"           nocache "/api/v1/statistics?category=volunteers&pageSize=50"
paced "GET /statistics?category=volunteers, half rate" nocache "/api/v1/statistics?category=volunteers&pageSize=50"
run "GET /articles?q=志愿者"                        nocache "/api/v1/articles?q=%E5%BF%97%E6%84%BF%E8%80%85"
paced "GET /articles?q=志愿者, half rate"           nocache "/api/v1/articles?q=%E5%BF%97%E6%84%BF%E8%80%85"
run "GET /statistics/metrics (cached)"              fixed   "/api/v1/statistics/metrics"
run "GET /statistics/metrics"                       nocache "/api/v1/statistics/metrics"
run "GET /statistics page 1"                        nocache "/api/v1/statistics?pageSize=20"
run "GET /statistics page 1,000 by cursor"          nocache "/api/v1/statistics?pageSize=20&cursor=$deep_cursor"
run "GET /statistics page 1,000 by number"          nocache "/api/v1/statistics?pageSize=20&page=1000"
# Where and when (bench-data spreads pages over every county): the province and the county with the most
# statistics, and a series there, of the archive's most frequent metric key and its unit.
places="$(curl -sf "$base/api/v1/places")"
province="$(jq -r '[.[] | select(.level == "province")] | max_by(.total) | .code' <<<"$places")"
county="$(jq -r '[.[] | select(.level == "county")] | max_by(.total) | .code' <<<"$places")"
read -r series_key series_unit < <(curl -sf "$base/api/v1/statistics/metrics?pageSize=1" | jq -r '.items[0] | "\(.metricKey | @uri) \(.unit | @uri)"')
run "GET /statistics?place=province page 1"         nocache "/api/v1/statistics?pageSize=20&place=$province"
run "GET /statistics?place=county page 1"           nocache "/api/v1/statistics?pageSize=20&place=$county"
run "GET /series?metricKey&place=county"            nocache "/api/v1/series?metricKey=$series_key&unit=$series_unit&place=$county"
run "POST /documents (new pages)"                   ingest  "/api/v1/documents"
echo "# written to $results"
