# Shared by run.sh and pairs.sh (sourced, from the repository's root): builds the jar and the
# benchmark classpath, copies both so a build during a long benchmark cannot change what is measured,
# and unpacks the jar as jobs/prepare.sh does for the nightly launch.
out=target/bench
mkdir -p "$out"
mvn -B -q package -DskipTests
mvn -B -q -Pbenchmark test-compile dependency:build-classpath \
    -Dmdep.outputFile=$out/bench.cp -Dmdep.includeScope=test
# copies, so a build during a long benchmark cannot change what is measured
rm -rf $out/classes && mkdir -p $out/classes && cp -r target/test-classes target/classes $out/classes/
cp target/report-etl.jar $out/report-etl.jar
cp="$out/classes/test-classes:$out/classes/classes:$(cat $out/bench.cp)"
jar=$out/report-etl.jar
java_opts=(-Xmx512m)
# As jobs/report-etl-nightly.sh starts the job: the unpacked jar with its CDS archive from
# jobs/prepare.sh, and the JVM options of jobs/report-etl.env (its -Xmx replaced by the benchmark's).
jobs/prepare.sh "$jar" "$out/app" > /dev/null
app_launch=("@$out/app/launch.args")
# shellcheck disable=SC2207
base_opts=($( (. jobs/report-etl.env; echo "$JAVA_OPTS") | tr ' ' '\n' | grep -v '^-Xmx' || true))
c2_from=$( (. jobs/report-etl.env; echo "${REPORT_ETL_C2_FROM:-1500}") )

# measure LABEL CMD...: runs CMD under /usr/bin/time -v; sets $wall (s), $cpu (user + system s),
# $rss (MB) and $load (the 1-minute load average when it ended: other work on the machine)
measure() {
  local label=$1; shift
  /usr/bin/time -v -o "$out/$label.time" "$@" > "$out/$label.log" 2>&1 || { echo "$label failed, see $out/$label.log"; }
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$out/$label.time")
  cpu=$(awk -F': ' '/(User|System) time \(seconds\)/ {s+=$2} END {printf "%.1f", s}' "$out/$label.time")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$out/$label.time")
  load=$(cut -d' ' -f1 /proc/loadavg)
}

# phase LABEL: seconds of the read-and-load step alone, from its log ("reading N new files" to the
# last "N/N files" progress line): the files/s of the parallel part, without JVM start, scan and export
phase() {
  awk '/ProgressListener - reading [0-9]+ new files/ {a=$1} /ProgressListener - [0-9]+\/[0-9]+ files \(100%\)/ {b=$1}
       function s(t) { split(t, x, ":"); return x[1]*3600 + x[2]*60 + x[3] }
       END { if (a && b) printf "%.2f", s(b) - s(a); else printf "nan" }' "$out/$1.log"
}

# for_size N: sets corpus (target/bench/corpus-N, built if missing), nightly_opts (the JVM options of
# jobs/report-etl.env with the nightly script's JIT choice for a night of N new files, see
# REPORT_ETL_C2_FROM) and nightly (those options and the unpacked jar's launch arguments).
for_size() {
  local n=$1
  nightly_opts=("${base_opts[@]}")
  [ "$n" -lt "$c2_from" ] && nightly_opts+=(-XX:TieredStopAtLevel=1)
  nightly=("${nightly_opts[@]}" "${app_launch[@]}")
  corpus=$out/corpus-$n
  if [ ! -d "$corpus" ]; then
    java -cp "$cp" th.planning.reports.bench.BenchmarkCorpus sample-input "$corpus" "$n"
  fi
}
