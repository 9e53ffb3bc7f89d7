#!/usr/bin/env bash
# One nightly run. The job itself refuses to start while another run holds the warehouse (exit 3);
# flock here also keeps cron from stacking up waiting processes.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=report-etl.env
. "${REPORT_ETL_ENV:-$here/report-etl.env}"
args=(ingest --input "$REPORT_ETL_INPUT" --warehouse "$REPORT_ETL_WAREHOUSE")
[ -n "${REPORT_ETL_JOB_REPOSITORY_URL:-}" ] && args+=(--job-repository-url "$REPORT_ETL_JOB_REPOSITORY_URL")
mkdir -p "$REPORT_ETL_WAREHOUSE"
# The unpacked jar and its class archive from jobs/prepare.sh start faster; the plain jar works too.
app="$(cd "$(dirname "$REPORT_ETL_JAR")" && pwd)/app"   # absolute, as jobs/prepare.sh recorded it
launch=(-jar "$REPORT_ETL_JAR")
if [ -f "$app/app.jsa" ] && [ "$app/app.jsa" -nt "$REPORT_ETL_JAR" ]; then
  launch=(-XX:SharedArchiveFile="$app/app.jsa" -jar "$app/$(basename "$REPORT_ETL_JAR")")
fi
# shellcheck disable=SC2086
exec flock -n "$REPORT_ETL_WAREHOUSE/.nightly.flock" java $JAVA_OPTS "${launch[@]}" "${args[@]}"
