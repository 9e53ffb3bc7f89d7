#!/usr/bin/env bash
# One nightly run. The job itself refuses to start while another run holds the warehouse (exit 3);
# flock here also keeps cron from stacking up waiting processes. A night refused by either exits 3
# with a message ("flock -n" alone exits 1 in silence, which systemd counted as a failed unit).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=report-etl.env
. "${REPORT_ETL_ENV:-$here/report-etl.env}"
# Sourcing sets LC_ALL but does not export it (cron passes no locale of its own).
export LC_ALL="${LC_ALL:-C.UTF-8}"
args=(ingest --input "$REPORT_ETL_INPUT" --warehouse "$REPORT_ETL_WAREHOUSE")
[ -n "${REPORT_ETL_JOB_REPOSITORY_URL:-}" ] && args+=(--job-repository-url "$REPORT_ETL_JOB_REPOSITORY_URL")
mkdir -p "$REPORT_ETL_WAREHOUSE"
# Taken first, before the JIT marker is touched; fd 9 stays open (and locked) for the whole script.
lockfile="$REPORT_ETL_WAREHOUSE/.nightly.flock"
exec 9>>"$lockfile"
if ! flock -n 9; then
  echo "report-etl-nightly: another nightly run holds $lockfile; this run did nothing" >&2
  exit 3
fi
# The unpacked jar and its class archive from jobs/prepare.sh start faster; the plain jar works too.
app="$(cd "$(dirname "$REPORT_ETL_JAR")" && pwd)/app"   # absolute, as jobs/prepare.sh recorded it
launch=(-jar "$REPORT_ETL_JAR")
[ -f "$app/launch.args" ] && [ "$app/launch.args" -nt "$REPORT_ETL_JAR" ] && launch=("@$app/launch.args")
# C1 only for a small night, C2 for a big one (see REPORT_ETL_C2_FROM in report-etl.env). New files:
# changed since the last successful run started (a copy that kept an old time counts as old, which
# only costs speed).
marker="$REPORT_ETL_WAREHOUSE/.nightly.last-start"
c2_from=${REPORT_ETL_C2_FROM:-1500}
newer=()
[ -f "$marker" ] && newer=(-newer "$marker")
changed=$(find "$REPORT_ETL_INPUT" -type f "${newer[@]}" 2>/dev/null | head -n "$c2_from" | wc -l)
jit=(-XX:TieredStopAtLevel=1)
[ "$changed" -ge "$c2_from" ] && jit=()
echo "report-etl-nightly: ${changed}$([ "$changed" -ge "$c2_from" ] && echo "+") files changed since the last run: JIT ${jit[*]:-C2}" >&2
touch "$marker.next"
set +e
# shellcheck disable=SC2086
java $JAVA_OPTS "${jit[@]}" "${launch[@]}" "${args[@]}"
rc=$?
set -e
[ "$rc" -eq 0 ] && mv -f "$marker.next" "$marker"
exit "$rc"
