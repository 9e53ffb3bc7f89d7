#!/usr/bin/env bash
# Memory of one nightly-launch ingest over time (README "Benchmark"). Not part of the tests.
#   src/benchmark/memory.sh [N ...]        (default: 1000 10000)
# A peak RSS per N cannot tell "grows with N" from "still filling up its limits when a small run
# ends", so this samples the process's RSS every second against the files done so far. Heap
# (-Xmx512m), DuckDB's memory_limit and the JIT's code cache fill up early in a run; from then on
# RSS stays in one band whatever N, and the export at the end adds at most DuckDB's memory_limit.
# Results: target/bench/memory-N.tsv (seconds, RSS MB, files done) and a summary line per N and
# run in target/bench/memory.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("$@"); [ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000)
# shellcheck source=src/benchmark/lib.sh
. src/benchmark/lib.sh

[ -f "$out/memory.md" ] || printf '%s\n' "| N | samples | peak RSS MB | peak RSS MB, second half of the run |" "|---|---|---|---|" > "$out/memory.md"
for n in "${sizes[@]}"; do
  for_size "$n"
  tsv=$out/memory-$n.tsv log=$out/memory-$n.log
  rm -rf "$out/wh-memory"
  java "${java_opts[@]}" "${nightly[@]}" ingest --input "$corpus" --warehouse "$out/wh-memory" --threads 2 > "$log" 2>&1 &
  pid=$!
  start=$(date +%s%N)
  echo -e "seconds\trss_mb\tfiles_done" > "$tsv"
  while kill -0 "$pid" 2> /dev/null; do
    rss=$(awk '/^VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$pid/status" 2> /dev/null || true)
    files=$(grep -o '[0-9]*/[0-9]* files (' "$log" | tail -1 | cut -d/ -f1 || true)
    secs=$(awk -v a="$start" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
    [ -n "$rss" ] && printf '%s\t%s\t%s\n' "$secs" "$rss" "${files:-0}" >> "$tsv"
    sleep 1
  done
  wait "$pid" || { echo "ingest of $n files failed, see $log"; exit 1; }
  # the peak, and the peak over the run's second half: equal when the curve has flattened
  awk -v n="$n" -F'\t' 'NR > 1 { r[++k] = $2; if ($2 > p) p = $2 }
    END { for (i = int(k / 2) + 1; i <= k; i++) if (r[i] > h) h = r[i];
          printf "| %d | %d | %d | %d |\n", n, k, p, h }' "$tsv" | tee -a "$out/memory.md"
done
