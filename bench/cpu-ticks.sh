# Sourced by bench/load.sh and bench/ab.sh: the CPU time of a process tree, from /proc, for the CPU per request.
# tree_ticks PID: user + system clock ticks of PID and every process under it, reaped children included; 0 without a PID.
tree_ticks() {
  [ -n "$1" ] || { echo 0; return; }
  local pid total=0
  for pid in $(ps -e -o pid=,ppid= | awk -v root="$1" '{ parent[$1] = $2 } END { for (p in parent) { q = p; while (q != "" && q > 1 && q != root) q = parent[q]; if (q == root) print p } }'); do
    # Fields after the command's closing parenthesis: utime, stime, cutime, cstime are the 12th to 15th.
    total=$((total + $(sed 's/.*) //' "/proc/$pid/stat" 2>/dev/null | awk '{ print $12 + $13 + $14 + $15 }' || echo 0)))
  done
  echo "$total"
}
ticks_per_second="$(getconf CLK_TCK)"

# per_request TICKS REQUESTS: microseconds of CPU per request, or - when there were none.
per_request() { awk -v t="$1" -v n="$2" -v hz="$ticks_per_second" 'BEGIN { if (n > 0) printf "%.0f", t * 1e6 / hz / n; else print "-" }'; }
