package th.planning.reports.batch;

import java.nio.file.Path;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import th.planning.reports.reading.ReadingLimits;
import th.planning.reports.thai.ThaiText;
import th.planning.reports.warehouse.StagedChunks;

/**
 * What reads a partition's files and stages them, wherever the partition runs: in the process that
 * holds the warehouse (local threads, the default) or in a remote worker.
 */
@Configuration
public class PartitionReadingConfiguration {

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
    RunWork runWork() {
        return new RunWork();
    }

    /** A bar when a person watches (System.console() is null under cron, systemd or a pipe), log lines otherwise. */
    @Bean
    ProgressListener progressListener(RunWork work) {
        return new ProgressListener(work, System.console() != null ? System.err : null);
    }

    /**
     * Reads the files its partition's context lists (see PartitionFileReader for why not in a processor),
     * under the run's drop folder, or {@code report-etl.drop-folder} where a worker sees it elsewhere.
     */
    @Bean
    @StepScope
    PartitionFileReader partitionFileReader(@Value("#{stepExecutionContext['files']}") java.util.List<String> files,
                                            @Value("#{jobParameters['input']}") String input,
                                            @Value("${report-etl.drop-folder:}") String dropFolder,
                                            SubmissionProcessor processor, ProgressListener progressListener) {
        return new PartitionFileReader(files, Path.of(dropFolder.isEmpty() ? input : dropFolder), processor,
                progressListener);
    }

    /**
     * Where read chunks are staged before they are loaded: {@code report-etl.staging} (a folder the manager
     * and its remote workers share), by default {@code <warehouse>/staged}.
     */
    @Bean
    StagedChunks stagedChunks(@Value("${report-etl.staging:}") String staging,
                              @Value("${report-etl.warehouse:warehouse}") String warehouse) {
        return new StagedChunks(staging.isEmpty() ? Path.of(warehouse).resolve("staged") : Path.of(staging));
    }
}
