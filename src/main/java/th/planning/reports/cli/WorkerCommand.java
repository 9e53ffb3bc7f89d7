package th.planning.reports.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import th.planning.reports.batch.WorkerRunner;

/**
 * {@code report-etl worker --broker tcp://…}: reads the partitions a manager ({@code ingest --workers
 * remote}) sends through the broker, and stages their chunks in the shared staging folder. Runs until
 * stopped; any number may run, on any machine that sees the drop folder and the staging folder.
 */
@Command(name = "worker", description = "Read partitions of remote runs (ingest --workers remote) sent through"
        + " the broker; stage them in the shared staging folder. Runs until stopped.")
final class WorkerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--broker", required = true, paramLabel = "URL", description = "ActiveMQ Artemis broker, e.g. tcp://broker:61616")
    String broker;

    @Option(names = "--job-repository-url", required = true, paramLabel = "URL",
            description = "the manager's job repository, e.g. jdbc:postgresql://dbhost:5432/jobrepo"
                    + " (user and password: SPRING_DATASOURCE_USERNAME / _PASSWORD)")
    String jobRepositoryUrl;

    @Option(names = "--staging", required = true, paramLabel = "DIR", description = "the staging folder the manager loads from")
    Path staging;

    @Option(names = "--input", paramLabel = "DIR",
            description = "the drop folder as this machine sees it (default: the path the manager scanned)")
    Path input;

    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--threads", paramLabel = "N", description = "partitions read at once, 1 to 256 (default: number of cores)")
    void setThreads(int n) {
        threads = ReportEtl.inRange(spec, "--threads", n, 1, IngestOptions.MAX_THREADS);
    }

    @Option(names = "--verbose", description = "log the name of each file as it is read")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        if (input != null && !Files.isDirectory(input)) {
            throw new ParameterException(spec.commandLine(), "drop folder " + input.toAbsolutePath() + " does not exist");
        }
        Files.createDirectories(staging);
        Map<String, Object> props = new HashMap<>();
        props.put("report-etl.broker", broker);
        props.put("spring.datasource.url", jobRepositoryUrl);
        props.put("report-etl.staging", staging.toAbsolutePath().normalize().toString());
        props.put("report-etl.worker-threads", threads);
        if (input != null) {
            props.put("report-etl.drop-folder", input.toAbsolutePath().normalize().toString());
        }
        if (verbose) {
            props.put("logging.level.th.planning.reports.batch", "DEBUG");
        }
        try (var ctx = WorkerRunner.start(props)) {
            System.err.println("report-etl: worker ready, " + threads + " partition(s) at a time from " + broker);
            new CountDownLatch(1).await();   // until stopped (SIGTERM closes the context)
        }
        return 0;
    }
}
