#!/usr/bin/env bash
# The two targets that compare runs (README "Benchmark"), timed in turn rather than apart: this
# machine's speed drifts by a quarter within minutes, so two runs timed ten minutes apart say little
# about each other, while runs side by side in time do. Not part of the tests.
#   src/benchmark/pairs.sh [N] [ROUNDS]        (default: 10000 5)
# Each round runs, one after another, as jobs/report-etl-nightly.sh starts the job: the ingest on
# 2 threads, on 1 thread, on 1 thread pinned to one core (taskset -c 0), and Apache Tika extracting
# the text of the same files on 2 threads with the same JVM options. Each round gives its own ratios;
# the medians over the rounds are the figures to quote. Results: target/bench/pairs-N.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-10000}
rounds=${2:-5}
# shellcheck source=src/benchmark/lib.sh
. src/benchmark/lib.sh
for_size "$n"

res=$out/pairs-$n.md
{
  echo "N = $n, nightly launch (${nightly_opts[*]}), -Xmx512m; wall s (CPU s)"
  echo
  echo "| round | 2 threads | 1 thread | 1 thread, one core | Tika, 2 threads | speed-up over 1 thread | over 1 thread on one core | ours / Tika |"
  echo "|---|---|---|---|---|---|---|---|"
} > "$res"
ratios=()
for r in $(seq 1 "$rounds"); do
  rm -rf "$out/wh-pairs"
  measure "pairs-$n-t2" java "${java_opts[@]}" "${nightly[@]}" ingest --input "$corpus" --warehouse "$out/wh-pairs" --threads 2
  t2=$wall; c2=$cpu
  rm -rf "$out/wh-pairs"
  measure "pairs-$n-t1" java "${java_opts[@]}" "${nightly[@]}" ingest --input "$corpus" --warehouse "$out/wh-pairs" --threads 1
  t1=$wall; c1=$cpu
  rm -rf "$out/wh-pairs"
  measure "pairs-$n-p1" taskset -c 0 java "${java_opts[@]}" "${nightly[@]}" ingest --input "$corpus" --warehouse "$out/wh-pairs" --threads 1
  p1=$wall; cp1=$cpu
  measure "pairs-$n-tika" java "${java_opts[@]}" "${nightly_opts[@]}" -cp "$cp" src/benchmark/TikaBaseline.java "$corpus" 2
  tk=$wall; ct=$cpu
  line=$(awk -v r="$r" -v t2="$t2" -v c2="$c2" -v t1="$t1" -v c1="$c1" -v p1="$p1" -v cp1="$cp1" -v tk="$tk" -v ct="$ct" \
    'BEGIN { printf "| %d | %.1f (%.1f) | %.1f (%.1f) | %.1f (%.1f) | %.1f (%.1f) | %.2f | %.2f | %.2f |", r, t2, c2, t1, c1, p1, cp1, tk, ct, t1 / t2, p1 / t2, t2 / tk }')
  echo "$line" | tee -a "$res"
  ratios+=("$(echo "$line" | awk -F' *[|] *' '{ print $7, $8, $9 }')")
done
# the median of each ratio column over the rounds
printf '%s\n' "${ratios[@]}" | awk '
  { a[NR] = $1; b[NR] = $2; c[NR] = $3 }
  function median(x, n,   i, j, t) {
    for (i = 2; i <= n; i++) for (j = i; j > 1 && x[j - 1] > x[j]; j--) { t = x[j]; x[j] = x[j - 1]; x[j - 1] = t }
    return n % 2 ? x[(n + 1) / 2] : (x[n / 2] + x[n / 2 + 1]) / 2
  }
  END { printf "| median | | | | | %.2f | %.2f | %.2f |\n", median(a, NR), median(b, NR), median(c, NR) }' | tee -a "$res"
