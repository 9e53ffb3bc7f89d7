package th.planning.reports.batch;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import th.planning.reports.reading.ReadingLimits;
import th.planning.reports.thai.ThaiText;
import th.planning.reports.warehouse.Submission;
import th.planning.reports.warehouse.Warehouse;

/**
 * {@code ingestReports}: scan the drop folder → read, extract and load the new files in parallel
 * partitions → publish Parquet.
 */
@Configuration
public class IngestJobConfiguration {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(IngestJobConfiguration.class);

    public static final String JOB_NAME = "ingestReports";
    /** Job parameter: the drop folder to scan. */
    public static final String INPUT = "input";
    /** Job parameter: the warehouse's run number, which also makes each run its own job instance. */
    public static final String RUN_ID = "run.id";
    /** Job parameter: when the run started (epoch ms), so a run id reused by a rebuilt warehouse is a new instance. */
    public static final String RUN_STARTED = "run.started";

    @Bean
    Job ingestReports(JobRepository repository, Step scanDropFolder, Step ingestFiles, Step exportParquet,
                      RunListener runListener) {
        return new JobBuilder(JOB_NAME, repository)
                .listener(runListener)
                .start(scanDropFolder)
                .next(ingestFiles)
                .next(exportParquet)
                .build();
    }

    @Bean
    Step scanDropFolder(JobRepository repository, PlatformTransactionManager tx, Warehouse warehouse,
                        RunWork work) {
        return new StepBuilder("scanDropFolder", repository)
                .tasklet((contribution, chunk) -> {
                    Map<String, Object> params = chunk.getStepContext().getJobParameters();
                    DropFolderScanner.Scan scan =
                            DropFolderScanner.scan(Path.of((String) params.get(INPUT)), warehouse);
                    work.set(scan);
                    warehouse.write((Long) params.get(RUN_ID), scan.duplicates());
                    // Links and special files: recorded here with what they are, never opened.
                    warehouse.write((Long) params.get(RUN_ID), scan.notFiles());
                    ExecutionContext ctx = chunk.getStepContext().getStepExecution().getExecutionContext();
                    ctx.putInt("seen", scan.seen());
                    ctx.putInt("unchanged", scan.unchanged());
                    ctx.putInt("ignored", scan.ignored());
                    ctx.putInt("new", scan.newFiles().size());
                    ctx.putInt("duplicates", scan.duplicates().size());
                    ctx.putInt("unreadable", scan.unreadable().size());
                    scan.unreadable().forEach(u -> LOG.warn("cannot read {}; not recorded, so the next run tries it again", u));
                    CrashHook.at("scan");
                    return org.springframework.batch.infrastructure.repeat.RepeatStatus.FINISHED;
                }, tx)
                .build();
    }

    /** One partition per worker thread, each taking the next unread file from the run's queue, so all cores read files. */
    @Bean
    Step ingestFiles(JobRepository repository, Step readAndLoad, IngestSettings settings,
                     ProgressListener progressListener) {
        Partitioner partitioner = gridSize -> {
            Map<String, ExecutionContext> parts = new HashMap<>();
            for (int i = 0; i < gridSize; i++) {
                ExecutionContext c = new ExecutionContext();
                c.putInt("partition", i);
                parts.put("files-" + i, c);
            }
            return parts;
        };
        return new StepBuilder("ingestFiles", repository)
                .listener(progressListener.forPartitionedStep())
                .partitioner("readAndLoad", partitioner)
                .step(readAndLoad)
                .gridSize(settings.threads())
                .taskExecutor(partitionExecutor(settings))
                .build();
    }

    private static TaskExecutor partitionExecutor(IngestSettings settings) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("ingest-");
        executor.setConcurrencyLimit(settings.threads());
        return executor;
    }

    @Bean
    Step readAndLoad(JobRepository repository, PlatformTransactionManager tx, ItemReader<Submission> nextFileReader,
                     WarehouseWriter writer, RejectOnSkip rejectOnSkip,
                     @Value("${report-etl.chunk-size:500}") int chunkSize) {
        return new StepBuilder("readAndLoad", repository)
                .<Submission, Submission>chunk(InvalidSettingException.atLeast("report-etl.chunk-size", chunkSize, 1))
                .transactionManager(tx)
                .reader(nextFileReader)
                .writer(writer)
                .faultTolerant()
                .skipPolicy(rejectOnSkip)
                .skipListener(rejectOnSkip)
                .build();
    }

    /** Reads each file as it takes it from the run's queue (see NextFileReader for why not in a processor). */
    @Bean
    NextFileReader nextFileReader(RunWork work, SubmissionProcessor processor, ProgressListener progressListener) {
        return new NextFileReader(work, processor, progressListener);
    }

    @Bean
    Step exportParquet(JobRepository repository, PlatformTransactionManager tx, Warehouse warehouse) {
        return new StepBuilder("exportParquet", repository)
                .tasklet((contribution, chunk) -> {
                    CrashHook.at("before-export");
                    warehouse.replayCorrections();   // a rebuilt warehouse gets its corrections back (issue 19)
                    boolean exported = warehouse.exportParquetIfChanged(table -> CrashHook.at("export:" + table));
                    chunk.getStepContext().getStepExecution().getExecutionContext().putString("parquet",
                            exported ? "exported" : "unchanged since the last export");
                    return org.springframework.batch.infrastructure.repeat.RepeatStatus.FINISHED;
                }, tx)
                .build();
    }

    /** A bar when a person watches (System.console() is null under cron, systemd or a pipe), log lines otherwise. */
    @Bean
    ProgressListener progressListener(RunWork work) {
        return new ProgressListener(work, System.console() != null ? System.err : null);
    }

    @Bean
    RunWork runWork() {
        return new RunWork();
    }

    /** The reading limits' defaults are ReadingLimits' own, so they are written down once. */
    @Bean(destroyMethod = "close")
    SubmissionProcessor submissionProcessor(
            @Value("${report-etl.max-file-bytes:52428800}") long maxFileBytes,
            @Value("${report-etl.file-timeout:60s}") java.time.Duration timeout,
            @Value("${report-etl.max-pdf-content-bytes:#{T(th.planning.reports.reading.ReadingLimits).DEFAULT_MAX_PDF_CONTENT_BYTES}}")
            long maxPdfContentBytes,
            @Value("${report-etl.max-zip-expansion:#{T(th.planning.reports.reading.ReadingLimits).DEFAULT_MAX_ZIP_EXPANSION}}")
            int maxZipExpansion) {
        return new SubmissionProcessor(ThaiText::canonicalize, new SubmissionProcessor.Limits(
                InvalidSettingException.atLeast("report-etl.max-file-bytes", maxFileBytes, 1L),
                InvalidSettingException.positive("report-etl.file-timeout", timeout)),
                new ReadingLimits(maxPdfContentBytes, maxZipExpansion));
    }

    @Bean
    @StepScope
    WarehouseWriter warehouseWriter(Warehouse warehouse, @Value("#{jobParameters['run.id']}") Long runId,
                                    RunWork work) {
        return new WarehouseWriter(warehouse, runId, work);
    }

    @Bean
    @StepScope
    RejectOnSkip rejectOnSkip(Warehouse warehouse, @Value("#{jobParameters['run.id']}") Long runId) {
        return new RejectOnSkip(warehouse, runId);
    }

    @Bean
    RunListener runListener(Warehouse warehouse) {
        return new RunListener(warehouse);
    }

    @Bean(destroyMethod = "close")
    Warehouse warehouse(IngestSettings settings) throws java.sql.SQLException {
        return Warehouse.open(settings.warehouse());
    }

    /** Settings of the process (one warehouse, a number of worker threads); per-run values are job parameters. */
    public record IngestSettings(Path warehouse, int threads) {
    }
}
