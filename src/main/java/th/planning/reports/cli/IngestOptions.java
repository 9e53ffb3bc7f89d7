package th.planning.reports.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options of a run, shared by {@code ingest} and {@code serve}. */
final class IngestOptions {

    /**
     * More partitions than this only add threads and step executions in the job repository: the work is
     * CPU-bound and a run uses one partition per thread.
     */
    static final int MAX_THREADS = 256;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--input", defaultValue = "sample-input", description = "drop folder (default: ${DEFAULT-VALUE})")
    Path input;

    @Option(names = "--warehouse", defaultValue = "warehouse",
            description = "output directory: warehouse.duckdb, parquet/, batch/ (default: ${DEFAULT-VALUE})")
    Path warehouse;

    Integer threads;

    @Option(names = "--job-repository-url",
            description = "JDBC URL of the Spring Batch job repository (default: H2 file in <warehouse>/batch)")
    String jobRepositoryUrl;

    @Option(names = "--verbose", description = "log the name of each file as it is read")
    boolean verbose;

    /** Refused while parsing (exit 2, with the usage): 0 or fewer threads used to load nothing and report success. */
    @Option(names = "--threads", paramLabel = "N", description = "worker threads, 1 to " + MAX_THREADS
            + " (default: number of cores)")
    void setThreads(int n) {
        threads = ReportEtl.inRange(spec, "--threads", n, 1, MAX_THREADS);
    }

    int threadCount() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** What a run needs before it starts, checked at once by {@code ingest} and {@code serve} alike. */
    void check() {
        if (!Files.isDirectory(input)) {
            throw new ParameterException(spec.commandLine(),
                    "drop folder " + input.toAbsolutePath() + " does not exist");
        }
        if (Files.exists(warehouse) && !Files.isDirectory(warehouse)) {
            throw new ParameterException(spec.commandLine(),
                    "--warehouse " + warehouse.toAbsolutePath() + " is not a directory");
        }
    }

    /** Spring properties these options set. */
    Map<String, Object> springProperties() {
        Map<String, Object> props = new HashMap<>();
        if (jobRepositoryUrl != null) {
            props.put("spring.datasource.url", jobRepositoryUrl);
        }
        if (verbose) {
            props.put("logging.level.th.planning.reports.batch", "DEBUG");
        }
        return props;
    }
}
