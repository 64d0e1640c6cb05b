#!/usr/bin/env bash
# The cost of telemetry: the article detail and the uncached statistics list served with OpenTelemetry off, with
# its default without an OTLP endpoint (metrics, /metrics served), and with traces too (every request sampled, as
# with an OTLP endpoint; nothing exported). The three modes take turns in one run, in reverse order every other
# round (ROUNDS rounds), each a bench/load.sh run of those two lines and its in-memory ceiling. Prints every figure,
# then each line's mean requests/s and p99 per mode and the ratio to "off". Fill the archive first (see
# bench/load.sh); the variables of bench/load.sh apply.
# Each mode starts a fresh process, so each line is measured after WARMUP (here 20 s, not load.sh's 3 s) of its own
# requests: in the 10 s after a 3 s warm-up a fresh service still spends a fifth to a quarter of its CPU in the JIT
# (tier-0, instrumented and tier-1 code), more with telemetry on, which has more code to compile; that is a cost
# paid once per process, and the ratios are of the cost per request of a warm one (docs/benchmarks.md).
export WARMUP="${WARMUP:-20s}"
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

# Each result line (bench/load.sh): the name in its first 50 columns, then req/s, p50, p95, p99, share of the ceiling,
# errors, the service's CPU µs per request and PostgreSQL's. The ceiling is served under the same telemetry, so a share
# of it would hide the cost: the ratios are of requests/s, and of the service's CPU per request, which the machine's
# other load moves least.
echo
printf '%-24s %10s %10s %10s %9s %9s %8s %8s %8s %9s %9s %9s\n' endpoint "off req/s" "metrics" "traces" "metrics%" "traces%" \
  "off µs" "met. µs" "tr. µs" "metrics%" "traces%" "p99 o/m/t"
for name in 'ceiling: article bytes from memory' 'GET /articles/{id}' 'GET /statistics page 1'; do
  # mean MODE FIELD: over the runs of MODE, the mean of a numeric field after the name (1 req/s, 4 p99, 7 CPU µs).
  mean() { for file in "$out/$1"-*.txt; do
      awk -v name="$name" -v field="$2" 'substr($0, 1, length(name) + 1) == name " " { split(substr($0, 51), f, " "); print f[field] }' "$file"
    done | awk '{ sum += $1; count++ } END { if (count) printf "%.1f", sum / count; else print "-" }'; }
  ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f%%", 100 * a / b; else print "-" }'; }
  off=$(mean off 1); metrics=$(mean metrics 1); traces=$(mean traces 1)
  off_us=$(mean off 7); metrics_us=$(mean metrics 7); traces_us=$(mean traces 7)
  printf '%-24s %10s %10s %10s %9s %9s %8s %8s %8s %9s %9s %9s\n' "${name%%:*}" "$off" "$metrics" "$traces" "$(ratio "$metrics" "$off")" "$(ratio "$traces" "$off")" \
    "$off_us" "$metrics_us" "$traces_us" "$(ratio "$metrics_us" "$off_us")" "$(ratio "$traces_us" "$off_us")" \
    "$(mean off 4)/$(mean metrics 4)/$(mean traces 4)"
done | tee "$out/summary.txt"
echo "# written to $out"
