#!/usr/bin/env bash
# Benchmark of the ingest job at ministry scale; see README "Benchmark". Not part of the tests.
#   src/benchmark/run.sh [N ...]        (default: 1000 10000)
# For each N: builds target/bench/corpus-N (N distinct submissions, a third per format), then times,
# each as a whole process with /usr/bin/time -v and -Xmx512m: the full run on 2 threads, a second run
# that finds nothing new, the full run on 1 thread, the same three as jobs/report-etl-nightly.sh
# starts the job (the jar unpacked by jobs/prepare.sh with its class-data-sharing archive, and the
# JVM options of jobs/report-etl.env), the nightly 1-thread run pinned to one core, one run per
# format, and Apache Tika extracting the text of the same files on 2 threads (with the JVM's
# defaults, and with the nightly JVM options). Results: target/bench/results-N.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("$@"); [ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000)
# shellcheck source=src/benchmark/lib.sh
. src/benchmark/lib.sh

for n in "${sizes[@]}"; do
  for_size "$n"
  res=$out/results-$n.md
  echo "| N=$n | wall s | CPU s | files/s | peak RSS MB | load after |" > "$res"
  echo "|---|---|---|---|---|---|" >> "$res"
  row() { printf '| %s | %.1f | %s | %s | %s | %s |\n' "$1" "$wall" "$cpu" "$2" "$rss" "$load" | tee -a "$res"; }
  rate() { awk -v n="$1" -v w="$wall" 'BEGIN { printf "%.1f", n / w }'; }

  rm -rf "$out/wh-$n"
  measure "ingest-$n-t2" java "${java_opts[@]}" -jar $jar ingest --input "$corpus" --warehouse "$out/wh-$n" --threads 2
  t2=$wall; row "ingest, all formats, 2 threads" "$(rate $n)"
  measure "rerun-$n" java "${java_opts[@]}" -jar $jar ingest --input "$corpus" --warehouse "$out/wh-$n" --threads 2
  row "second run, nothing new" "-"
  # nothing changed since the last run: the script picks C1 whatever n
  measure "rerun-nightly-$n" java "${java_opts[@]}" "${base_opts[@]}" -XX:TieredStopAtLevel=1 "${app_launch[@]}" \
      ingest --input "$corpus" --warehouse "$out/wh-$n" --threads 2
  row "second run, nothing new, nightly launch (C1)" "-"
  rm -rf "$out/wh-$n-t1"
  measure "ingest-$n-t1" java "${java_opts[@]}" -jar $jar ingest --input "$corpus" --warehouse "$out/wh-$n-t1" --threads 1
  t1=$wall; row "ingest, all formats, 1 thread" "$(rate $n)"
  rm -rf "$out/wh-$n-n2"
  measure "ingest-nightly-$n-t2" java "${java_opts[@]}" "${nightly[@]}" ingest --input "$corpus" --warehouse "$out/wh-$n-n2" --threads 2
  n2=$wall; row "ingest, all formats, 2 threads, nightly launch" "$(rate $n)"
  rm -rf "$out/wh-$n-n1"
  measure "ingest-nightly-$n-t1" java "${java_opts[@]}" "${nightly[@]}" ingest --input "$corpus" --warehouse "$out/wh-$n-n1" --threads 1
  n1=$wall; row "ingest, all formats, 1 thread, nightly launch" "$(rate $n)"
  # the same on one core: the JVM's compiler and collector threads cannot use the idle second core,
  # so this is the single-core throughput that 2 threads on 2 cores are compared with
  rm -rf "$out/wh-$n-p1"
  measure "ingest-nightly-$n-p1" taskset -c 0 java "${java_opts[@]}" "${nightly[@]}" ingest --input "$corpus" --warehouse "$out/wh-$n-p1" --threads 1
  pin1=$wall; row "ingest, all formats, 1 thread on one core (taskset -c 0), nightly launch" "$(rate $n)"
  for fmt in docx pdf xlsx; do
    k=$(find "$corpus/$fmt" -type f | wc -l)
    rm -rf "$out/wh-$n-$fmt"
    measure "ingest-$n-$fmt" java "${java_opts[@]}" -jar $jar ingest --input "$corpus/$fmt" --warehouse "$out/wh-$n-$fmt" --threads 2
    row "ingest $fmt only ($k files), 2 threads" "$(rate $k)"
  done
  measure "tika-$n" java "${java_opts[@]}" -cp "$cp" src/benchmark/TikaBaseline.java "$corpus" 2
  tika=$wall; row "Tika text extraction only, 2 threads" "$(rate $n)"
  measure "tika-nightly-opts-$n" java "${java_opts[@]}" "${nightly_opts[@]}" -cp "$cp" src/benchmark/TikaBaseline.java "$corpus" 2
  tikan=$wall; row "Tika, 2 threads, with the nightly JVM options (${nightly_opts[*]})" "$(rate $n)"
  awk -v a="$t2" -v b="$tika" -v s="$t1" 'BEGIN { printf "\njava -jar: ingest / Tika time: %.2f; 2-thread speed-up over 1 thread: %.2fx\n", a / b, s / a }' | tee -a "$res"
  awk -v a="$n2" -v b="$tika" -v c="$tikan" -v s="$n1" 'BEGIN { printf "nightly launch: ingest / Tika time: %.2f (%.2f against Tika with the same JVM options); speed-up %.2fx\n", a / b, a / c, s / a }' | tee -a "$res"
  awk -v a="$n2" -v p="$pin1" 'BEGIN { printf "nightly launch, 2 threads on 2 cores over 1 thread on 1 core: %.2fx\n", p / a }' | tee -a "$res"
  for v in "$n-t" "nightly-$n-t"; do
    p1=$(phase "ingest-${v}1"); p2=$(phase "ingest-${v}2")
    awk -v v="$v" -v a="$p1" -v b="$p2" 'BEGIN { printf "read-and-load step alone (ingest-%s): 1 thread %.1f s, 2 threads %.1f s: speed-up %.2fx\n", v, a, b, a / b }' | tee -a "$res"
  done
  grep -h "^tika" "$out/tika-$n.log" | sed 's/^/    /' >> "$res"
  tail -3 "$out/ingest-$n-t2.log" | sed 's/^/    /' >> "$res"
done
