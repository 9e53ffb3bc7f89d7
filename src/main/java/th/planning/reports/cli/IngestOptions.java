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

    @Option(names = "--workers", defaultValue = "local", paramLabel = "local|remote",
            description = "local: read on this machine's threads (default); remote: send partitions through --broker"
                    + " to `report-etl worker` processes (needs a shared --job-repository-url and --staging folder)")
    String workers;

    @Option(names = "--broker", paramLabel = "URL", description = "ActiveMQ Artemis broker, e.g. tcp://broker:61616 (--workers remote)")
    String broker;

    @Option(names = "--staging", paramLabel = "DIR",
            description = "folder for staged chunks, shared with remote workers (default: <warehouse>/staged)")
    Path staging;

    Integer partitions;

    @Option(names = "--partitions", paramLabel = "N", description = "partitions of a remote run, 1 to 10000 (default: 8)")
    void setPartitions(int n) {
        partitions = ReportEtl.inRange(spec, "--partitions", n, 1, 10_000);
    }

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
        if (!workers.equals("local") && !workers.equals("remote")) {
            throw new ParameterException(spec.commandLine(), "--workers must be local or remote, not " + workers);
        }
        if (workers.equals("remote") && (broker == null || jobRepositoryUrl == null)) {
            throw new ParameterException(spec.commandLine(), "--workers remote needs --broker (the workers' broker)"
                    + " and --job-repository-url (a job repository the workers share, e.g. PostgreSQL)");
        }
        if (!workers.equals("remote") && (broker != null || partitions != null)) {
            throw new ParameterException(spec.commandLine(), "--broker and --partitions are for --workers remote");
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
        if (workers.equals("remote")) {
            props.put("report-etl.workers", "remote");
            props.put("report-etl.broker", broker);
            if (partitions != null) {
                props.put("report-etl.partitions", partitions);
            }
        }
        if (staging != null) {
            props.put("report-etl.staging", staging.toAbsolutePath().normalize().toString());
        }
        return props;
    }
}
