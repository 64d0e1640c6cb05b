#!/usr/bin/env bash
# The cost of telemetry: the article detail and the uncached statistics list served with OpenTelemetry off, with
# its default without an OTLP endpoint (metrics, /metrics served), and with traces too (every request sampled, as
# with an OTLP endpoint; nothing exported). The three modes take turns in one run, in reverse order every other
# round (ROUNDS rounds), each a bench/load.sh run of those two lines and its in-memory ceiling. Prints every figure,
# then each line's mean requests/s and p99 per mode and the ratio to "off". Fill the archive first (see
# bench/load.sh); the variables of bench/load.sh apply.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${ROUNDS:-2}"
out="$root/bench/results/telemetry-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
lines='^GET /articles/\{id\}$|^GET /statistics page 1$'

modes=(off metrics traces)
for round in $(seq "$rounds"); do
  order=("${modes[@]}")
  if [ $((round % 2)) -eq 0 ]; then order=(traces metrics off); fi
  for mode in "${order[@]}"; do
    case "$mode" in
      off) settings=(Telemetry__Enabled=false) ;;
      metrics) settings=(Telemetry__Enabled=true Telemetry__Traces=false Telemetry__Prometheus__Enabled=true) ;;
      traces) settings=(Telemetry__Enabled=true Telemetry__Traces=true Telemetry__TraceSampleRatio=1 Telemetry__Prometheus__Enabled=true) ;;
    esac
    echo "# round $round, telemetry $mode"
    env "${settings[@]}" ONLY="$lines" RESULTS="$out/$mode-$round.txt" bash "$root/bench/load.sh" | grep -v '^#'
  done
done

# Each result line: name (may hold spaces), then req/s, p50, p95, p99, share of the ceiling, errors. The ceiling is
# served under the same telemetry, so a share of it would hide the cost: the ratios are of requests/s.
echo
printf '%-24s %10s %10s %10s %9s %9s %9s %9s %9s\n' endpoint "off req/s" "metrics" "traces" "metrics%" "traces%" "off p99" "met. p99" "tr. p99"
for name in 'ceiling: article bytes from memory' 'GET /articles/{id}' 'GET /statistics page 1'; do
  # mean MODE WHAT: over the runs of MODE, the mean of req/s (rps) or of p99.
  mean() { for file in "$out/$1"-*.txt; do
      awk -v name="$name" -v what="$2" '
        { n = split($0, f, / +/) }
        substr($0, 1, length(name) + 1) == name " " { print (what == "rps" ? f[n - 5] : f[n - 2]) }' "$file"
    done | awk '{ sum += $1; count++ } END { printf "%.1f", sum / count }'; }
  ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f%%", 100 * a / b }'; }
  off=$(mean off rps); metrics=$(mean metrics rps); traces=$(mean traces rps)
  printf '%-24s %10s %10s %10s %9s %9s %9s %9s %9s\n' "${name%%:*}" "$off" "$metrics" "$traces" "$(ratio "$metrics" "$off")" "$(ratio "$traces" "$off")" \
    "$(mean off p99)" "$(mean metrics p99)" "$(mean traces p99)"
done | tee "$out/summary.txt"
echo "# written to $out"
