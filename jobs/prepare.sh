#!/usr/bin/env bash
# Prepares a faster start for scheduled runs: unpacks the jar (classes load faster from plain files
# than from a jar inside a jar) and records a class-data-sharing archive from a training run on an
# empty drop folder. Start-up then drops from about 6 s to under 4 s, which is most of a run that
# finds nothing new. Re-run after every upgrade of the jar; report-etl-nightly.sh uses the result
# when it is there and falls back to the plain jar when it is not.
#   jobs/prepare.sh [JAR] [DIR]     (defaults: $REPORT_ETL_JAR or target/report-etl.jar, <jar dir>/app)
set -euo pipefail
# The locale the nightly runs with (report-etl.env): otherwise, under a locale that is not UTF-8, the
# training run would start itself again and the archive would record the wrong process.
export LC_ALL=C.UTF-8
jar=${1:-${REPORT_ETL_JAR:-target/report-etl.jar}}
dir=${2:-$(dirname "$jar")/app}
rm -rf "$dir"
mkdir -p "$dir"
# The archive records the jar's path as given and is refused (with only a warning) when the path
# differs at launch: make it absolute, so the nightly script finds it from any working directory.
dir=$(cd "$dir" && pwd)
java -Djarmode=tools -jar "$jar" extract --destination "$dir"
# DuckDB's driver copies its 72 MB native library out of its jar into the temp directory at every
# start (0.4 s, a quarter of a run that finds nothing new) unless the jar lacks it and it is on
# java.library.path: move it out once, here.
case "$(uname -s)/$(uname -m)" in
  Linux/x86_64) entry=libduckdb_java.so_linux_amd64 ;;
  Linux/aarch64) entry=libduckdb_java.so_linux_arm64 ;;
  *) entry= ;;
esac
duckdb_jar=$(find "$dir/lib" -name 'duckdb_jdbc-*.jar' | head -n 1)
native=()
if [ -n "$entry" ] && [ -n "$duckdb_jar" ] && command -v unzip > /dev/null && command -v zip > /dev/null \
    && unzip -l "$duckdb_jar" "$entry" > /dev/null 2>&1; then
  mkdir -p "$dir/native"
  unzip -p "$duckdb_jar" "$entry" > "$dir/native/libduckdb_java.so"
  zip -q -d "$duckdb_jar" 'libduckdb_java.so_*'
  native=(-Djava.library.path="$dir/native")
else
  echo "DuckDB's native library left in its jar (needs Linux, unzip and zip): each start unpacks it" >&2
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/drop"
java -XX:ArchiveClassesAtExit="$dir/app.jsa" "${native[@]}" -jar "$dir/$(basename "$jar")" \
    ingest --input "$tmp/drop" --warehouse "$tmp/warehouse" > "$tmp/training.log" 2>&1
# How to launch what was prepared, as a java @argument file: report-etl-nightly.sh and the benchmark
# read it, so the options live here only. Written last: it exists only for a complete preparation.
{
  printf '"-XX:SharedArchiveFile=%s"\n' "$dir/app.jsa"
  for o in "${native[@]}"; do printf '"%s"\n' "$o"; done
  printf -- '-jar\n"%s"\n' "$dir/$(basename "$jar")"
} > "$dir/launch.args"
echo "prepared $dir ($(du -sh "$dir/app.jsa" | cut -f1) class archive)"
