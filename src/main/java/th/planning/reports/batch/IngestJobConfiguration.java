package th.planning.reports.batch;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import th.planning.reports.reading.ReadingLimits;
import th.planning.reports.thai.ThaiText;
import th.planning.reports.warehouse.StagedChunks;
import th.planning.reports.warehouse.Submission;
import th.planning.reports.warehouse.Warehouse;

/**
 * {@code ingestReports}: load chunks an earlier run left staged → scan the drop folder → read and extract
 * the new files in parallel partitions, each chunk staged on disk and then loaded → publish Parquet.
 */
@Configuration
@ConditionalOnProperty(name = "report-etl.role", havingValue = "manager", matchIfMissing = true)
public class IngestJobConfiguration {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(IngestJobConfiguration.class);

    public static final String JOB_NAME = "ingestReports";
    /** Job parameter: the drop folder to scan. */
    public static final String INPUT = "input";
    /** Job parameter: the warehouse's run number, which also makes each run its own job instance. */
    public static final String RUN_ID = "run.id";
    /** Job parameter: when the run started (epoch ms), so a run id reused by a rebuilt warehouse is a new instance. */
    public static final String RUN_STARTED = "run.started";

    /**
     * With remote workers ({@code report-etl.workers=remote}) the partitions only stage their chunks,
     * and {@code loadWorkersChunks} loads them after the partitions are done; local partitions load
     * each chunk as they stage it.
     */
    @Bean
    Job ingestReports(JobRepository repository, Step loadStaged, Step scanDropFolder, Step ingestFiles,
                      Step loadWorkersChunks, Step exportParquet, RunListener runListener,
                      @Value("${report-etl.workers:local}") String workers) {
        var flow = new JobBuilder(JOB_NAME, repository)
                .listener(runListener)
                .start(loadStaged)
                .next(scanDropFolder)
                .next(ingestFiles);
        if ("remote".equals(workers)) {
            flow = flow.next(loadWorkersChunks);
        }
        return flow.next(exportParquet).build();
    }

    @Bean
    Step loadWorkersChunks(JobRepository repository, PlatformTransactionManager tx, Warehouse warehouse,
                           StagedChunks staging) {
        return loadStagedStep("loadWorkersChunks", repository, tx, warehouse, staging);
    }

    /**
     * A run first finishes what an earlier one left staged (killed between staging a chunk and loading it),
     * so the scan finds those files recorded and does not read them again.
     */
    @Bean
    Step loadStaged(JobRepository repository, PlatformTransactionManager tx, Warehouse warehouse,
                    StagedChunks staging) {
        return loadStagedStep("loadStaged", repository, tx, warehouse, staging);
    }

    private static Step loadStagedStep(String name, JobRepository repository, PlatformTransactionManager tx,
                                       Warehouse warehouse, StagedChunks staging) {
        return new StepBuilder(name, repository)
                .tasklet((contribution, chunk) -> {
                    Map<String, Object> params = chunk.getStepContext().getJobParameters();
                    int n = StagedChunkLoader.loadPending(staging, warehouse, (Long) params.get(RUN_ID),
                            Path.of((String) params.get(INPUT)));
                    chunk.getStepContext().getStepExecution().getExecutionContext().putInt("recorded", n);
                    return org.springframework.batch.infrastructure.repeat.RepeatStatus.FINISHED;
                }, tx)
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

    /**
     * One partition per worker thread, each carrying its list of files in its step execution context
     * (dealt by size so they take about as long), so all cores read files.
     */
    @Bean
    @ConditionalOnProperty(name = "report-etl.workers", havingValue = "local", matchIfMissing = true)
    Step ingestFiles(JobRepository repository, Step readAndLoad, IngestSettings settings,
                     ProgressListener progressListener, RunWork work) {
        Partitioner partitioner = gridSize -> FilePartitions.split(work.scan().newFiles(), gridSize);
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
    Step readAndLoad(JobRepository repository, PlatformTransactionManager tx, PartitionFileReader partitionFileReader,
                     StagingWriter writer, RejectOnSkip rejectOnSkip,
                     @Value("${report-etl.chunk-size:500}") int chunkSize) {
        return new StepBuilder("readAndLoad", repository)
                .<Submission, Submission>chunk(InvalidSettingException.atLeast("report-etl.chunk-size", chunkSize, 1))
                .transactionManager(tx)
                .reader(partitionFileReader)
                .writer(writer)
                .faultTolerant()
                .skipPolicy(rejectOnSkip)
                .skipListener(rejectOnSkip)
                .build();
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

    /** Stages each chunk, then loads it into the warehouse this process holds. */
    @Bean
    @StepScope
    StagingWriter stagingWriter(StagedChunks staging, Warehouse warehouse,
                                @Value("#{jobParameters['run.id']}") Long runId, RunWork work) {
        return new StagingWriter(staging, warehouse, runId, work);
    }

    /** A file the warehouse refused when its chunk was written is recorded as rejected the same way. */
    @Bean
    @StepScope
    RejectOnSkip rejectOnSkip(StagingWriter stagingWriter) {
        return new RejectOnSkip(s -> stagingWriter.write(
                new org.springframework.batch.infrastructure.item.Chunk<>(java.util.List.of(s))));
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
