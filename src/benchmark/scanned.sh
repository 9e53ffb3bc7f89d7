#!/usr/bin/env bash
# The benchmark's scanned share (README "Benchmark"): N submissions of which a tenth are scans
# (image-only PDFs read by OCR), and the scans alone, for OCR pages per second. Not part of the tests.
#   src/benchmark/scanned.sh [N ...]        (default: 200)
# Builds target/bench/corpus-scanned-N (BenchmarkCorpus with a 0.1 scanned share), then times, as
# whole processes with -Xmx512m on 2 threads: the ingest of all N files, and the ingest of the scanned
# folder alone. Pages per second: the scans' pages over the read-and-load step of the second run
# (JVM start, digit model and export left out) and over its whole wall time.
# Results: target/bench/scanned-N.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("$@"); [ ${#sizes[@]} -eq 0 ] && sizes=(200)
command -v tesseract > /dev/null || { echo "tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-tha)"; exit 2; }
# shellcheck source=src/benchmark/lib.sh
. src/benchmark/lib.sh

for n in "${sizes[@]}"; do
  corpus=$out/corpus-scanned-$n
  if [ ! -d "$corpus" ]; then
    java -cp "$cp" th.planning.reports.bench.BenchmarkCorpus sample-input "$corpus" "$n" 0.1
  fi
  scans=$(find "$corpus/scan" -type f | wc -l)
  pages=$(cat "$corpus/scanned-pages.txt")
  res=$out/scanned-$n.md
  {
    echo "N = $n, of which $scans scanned ($pages pages); 2 threads, -Xmx512m"
    echo
    echo "| run | wall s | CPU s | read-and-load s | files/s | OCR pages/s | peak RSS MB | load after |"
    echo "|---|---|---|---|---|---|---|---|"
  } > "$res"
  rm -rf "$out/wh-scanned-$n"
  measure "scanned-$n-all" java "${java_opts[@]}" -jar $jar ingest --input "$corpus" --warehouse "$out/wh-scanned-$n" --threads 2
  step=$(phase "scanned-$n-all")
  printf '| all %s files, a tenth scanned | %.1f | %s | %s | %s | - | %s | %s |\n' "$n" "$wall" "$cpu" "$step" \
      "$(awk -v n="$n" -v w="$wall" 'BEGIN { printf "%.2f", n / w }')" "$rss" "$load" | tee -a "$res"
  rm -rf "$out/wh-scanned-$n-ocr"
  measure "scanned-$n-ocr" java "${java_opts[@]}" -jar $jar ingest --input "$corpus/scan" --warehouse "$out/wh-scanned-$n-ocr" --threads 2
  step=$(phase "scanned-$n-ocr")
  printf '| the %s scans alone | %.1f | %s | %s | %s | %s (%s over the whole run) | %s | %s |\n' "$scans" "$wall" "$cpu" "$step" \
      "$(awk -v n="$scans" -v w="$wall" 'BEGIN { printf "%.2f", n / w }')" \
      "$(awk -v p="$pages" -v s="$step" 'BEGIN { printf "%.2f", p / s }')" \
      "$(awk -v p="$pages" -v w="$wall" 'BEGIN { printf "%.2f", p / w }')" "$rss" "$load" | tee -a "$res"
  # every scan must have loaded as OCR, not be rejected
  java -jar $jar query --warehouse "$out/wh-scanned-$n-ocr" --format tsv \
      "select text_source, count(*) from submission group by 1 order by 1" | tee -a "$res"
done
