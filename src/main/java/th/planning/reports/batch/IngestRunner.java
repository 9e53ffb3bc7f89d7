package th.planning.reports.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import th.planning.reports.warehouse.Warehouse;

/**
 * Runs {@code ingestReports} once: takes the warehouse's run lock, starts the Spring context, marks
 * runs left behind by a killed process as failed, starts the job and reads back its summary.
 */
public final class IngestRunner {

    private IngestRunner() {
    }

    /**
     * @param properties extra Spring properties, e.g. {@code spring.datasource.url} for a PostgreSQL
     *                   job repository
     */
    public static RunSummary run(Path input, Path warehouseDir, int threads, Map<String, Object> properties)
            throws Exception {
        long started = System.nanoTime();
        Path warehouse = warehouseDir.toAbsolutePath().normalize();
        RunLock lock = RunLock.acquire(warehouse);
        try {
            // A damaged warehouse file is said in one message, before Spring logs its bean failure at length.
            Warehouse.checkIntact(warehouse);
        } catch (SQLException | RuntimeException e) {
            lock.close();
            throw e;
        }
        try (lock; ConfigurableApplicationContext ctx = start(warehouse, threads, properties)) {
            JobOperator operator = ctx.getBean(JobOperator.class);
            recoverAbandoned(ctx.getBean(JobRepository.class), operator);
            Warehouse wh = ctx.getBean(Warehouse.class);
            wh.markAbandonedRuns();
            long runId = wh.nextRunId();
            // run.started makes each run a job instance of its own even when the job repository outlives
            // the warehouse: a warehouse rebuilt after its file was lost numbers its runs from 1 again, and
            // those ids alone named instances the repository had completed (JobInstanceAlreadyComplete).
            JobParameters params = new JobParametersBuilder()
                    .addString(IngestJobConfiguration.INPUT, input.toAbsolutePath().normalize().toString())
                    .addLong(IngestJobConfiguration.RUN_ID, runId)
                    .addLong(IngestJobConfiguration.RUN_STARTED, System.currentTimeMillis())
                    .toJobParameters();
            JobExecution execution = operator.start(ctx.getBean(IngestJobConfiguration.JOB_NAME, Job.class), params);
            return RunSummary.read(wh, runId, execution, scanContext(execution),
                    Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private static ConfigurableApplicationContext start(Path warehouse, int threads, Map<String, Object> properties)
            throws JobRepositoryDamagedException {
        try {
            return new SpringApplicationBuilder(IngestApplication.class)
                    .properties(Map.of("report-etl.warehouse", warehouse.toString()))
                    .initializers(c -> c.getBeanFactory().registerSingleton("ingestSettings",
                            new IngestJobConfiguration.IngestSettings(warehouse, threads)))
                    .run(asArguments(properties));
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof InvalidSettingException invalid) {
                    throw invalid;   // the setting's own message, not the bean that failed to be created
                }
            }
            if (!properties.containsKey("spring.datasource.url")) {
                JobRepositoryDamagedException damaged = damagedJobRepository(warehouse);
                if (damaged != null) {
                    damaged.addSuppressed(e);
                    throw damaged;
                }
            }
            throw e;
        }
    }

    /**
     * After the context failed to start: whether the default H2 job repository is what failed. It is
     * opened alone, as we hold the run lock and the readers' lock, so no one else has it open.
     */
    static JobRepositoryDamagedException damagedJobRepository(Path warehouse) {
        Path file = warehouse.resolve("batch/job-repository.mv.db");
        if (!Files.exists(file)) {
            return null;
        }
        try (Connection c = DriverManager.getConnection(RunHistory.defaultJobRepositoryUrl(warehouse) + ";IFEXISTS=TRUE",
                "sa", "");
             Statement st = c.createStatement()) {
            st.executeQuery("SELECT count(*) FROM INFORMATION_SCHEMA.TABLES").close();
            return null;
        } catch (SQLException e) {
            return new JobRepositoryDamagedException("the job repository " + file + " cannot be opened, it is damaged ("
                    + e.getMessage().lines().findFirst().orElse("").strip() + "). Deleting " + file.getParent()
                    + " is safe: it keeps only run history, the warehouse is the ledger of what is loaded;"
                    + " the next run creates it anew. This run did nothing.", e);
        }
    }

    /** The default H2 job repository cannot be opened; the run did not start. */
    public static final class JobRepositoryDamagedException extends Exception {
        JobRepositoryDamagedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** As command-line arguments, which outrank application.properties (default properties would not). */
    private static String[] asArguments(Map<String, Object> properties) {
        return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    /** A run killed with kill -9 stays STARTED in the job repository; we hold the lock, so it is dead. */
    private static void recoverAbandoned(JobRepository repository, JobOperator operator) {
        for (JobExecution e : repository.findRunningJobExecutions(IngestJobConfiguration.JOB_NAME)) {
            operator.recover(e);
        }
    }

    static org.springframework.batch.infrastructure.item.ExecutionContext scanContext(JobExecution e) {
        for (StepExecution s : e.getStepExecutions()) {
            if (s.getStepName().equals("scanDropFolder")) {
                return s.getExecutionContext();
            }
        }
        return new org.springframework.batch.infrastructure.item.ExecutionContext();
    }

}
