#!/usr/bin/env bash
# The cost of telemetry: the article detail and the uncached statistics list served with OpenTelemetry off and on,
# alternately (off, on, off, on …, ROUNDS pairs) in one run, each a bench/load.sh run of those two lines (and its
# in-memory ceiling). "On" is everything the setting turns on, traces included and sampled at 100 %, with /metrics
# served; "off" is Telemetry:Enabled=false. Prints every figure, then each line's mean requests/s and p99 on and
# off and their ratio. Fill the archive first (see bench/load.sh); the variables of bench/load.sh apply.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${ROUNDS:-2}"
out="$root/bench/results/telemetry-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
lines='^GET /articles/\{id\}$|^GET /statistics page 1$'

for round in $(seq "$rounds"); do
  for mode in off on; do
    if [ "$mode" = on ]; then
      settings=(Telemetry__Enabled=true Telemetry__Traces=true Telemetry__TraceSampleRatio=1 Telemetry__Prometheus__Enabled=true)
    else
      settings=(Telemetry__Enabled=false)
    fi
    echo "# round $round, telemetry $mode"
    env "${settings[@]}" ONLY="$lines" RESULTS="$out/$mode-$round.txt" bash "$root/bench/load.sh" | grep -v '^#'
  done
done

# Each result line: name (may hold spaces), req/s, p50, p95, p99, share of the ceiling, errors.
echo
printf '%-30s %12s %12s %7s %10s %10s\n' endpoint "off req/s" "on req/s" "on/off" "off p99" "on p99"
for name in 'GET /articles/{id}' 'GET /statistics page 1'; do
  mean() { cat "$out"/"$1"-*.txt | grep -F "$name " | grep -v '^#' | awk -v field="$2" -v name="$name" '
    substr($0, 1, length(name) + 1) == name " " { n = split($0, f, / +/); sum += f[n - 6 + field]; count++ } END { printf "%.1f", sum / count }'; }
  off=$(mean off 1); on=$(mean on 1)
  printf '%-30s %12s %12s %6.1f%% %10s %10s\n' "$name" "$off" "$on" "$(awk -v a="$on" -v b="$off" 'BEGIN { print 100 * a / b }')" "$(mean off 4)" "$(mean on 4)"
done | tee "$out/summary.txt"
echo "# written to $out"
