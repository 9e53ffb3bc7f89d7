package th.planning.reports.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options of a run, shared by {@code ingest} and {@code serve}. */
final class IngestOptions {

    @Option(names = "--input", defaultValue = "sample-input", description = "drop folder (default: ${DEFAULT-VALUE})")
    Path input;

    @Option(names = "--warehouse", defaultValue = "warehouse",
            description = "output directory: warehouse.duckdb, parquet/, batch/ (default: ${DEFAULT-VALUE})")
    Path warehouse;

    @Option(names = "--threads", description = "worker threads (default: number of cores)")
    Integer threads;

    @Option(names = "--job-repository-url",
            description = "JDBC URL of the Spring Batch job repository (default: H2 file in <warehouse>/batch)")
    String jobRepositoryUrl;

    @Option(names = "--verbose", description = "log the name of each file as it is read")
    boolean verbose;

    int threadCount() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
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
