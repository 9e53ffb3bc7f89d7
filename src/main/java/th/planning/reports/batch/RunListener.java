package th.planning.reports.batch;

import java.sql.SQLException;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import th.planning.reports.warehouse.Warehouse;

/** Records each run in the warehouse's {@code ingest_run} table, next to the data it loaded. */
final class RunListener implements JobExecutionListener {

    private final Warehouse warehouse;

    RunListener(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        try {
            warehouse.startRun(runId(execution),
                    execution.getJobParameters().getString(IngestJobConfiguration.INPUT));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the start of the run in the warehouse", e);
        }
    }

    @Override
    public void afterJob(JobExecution execution) {
        try {
            var scan = IngestRunner.scanContext(execution);
            // files_seen is what the scan saw, not what this run wrote: a run with nothing new saw them all
            warehouse.finishRun(runId(execution), execution.getStatus().name().toLowerCase(java.util.Locale.ROOT),
                    scan.getInt("seen", 0), scan.getInt("new", 0));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the end of the run in the warehouse", e);
        }
    }

    private static long runId(JobExecution execution) {
        return execution.getJobParameters().getLong(IngestJobConfiguration.RUN_ID);
    }
}
