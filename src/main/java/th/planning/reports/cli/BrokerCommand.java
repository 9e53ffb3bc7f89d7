package th.planning.reports.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import th.planning.reports.batch.Broker;

/** {@code report-etl broker}: an ActiveMQ Artemis broker for remote runs, where the office runs none. */
@Command(name = "broker", description = "Run an ActiveMQ Artemis broker for ingest --workers remote and its workers."
        + " No users: bind it to a private network. Runs until stopped.")
final class BrokerCommand implements Callable<Integer> {

    @Option(names = "--bind", defaultValue = "tcp://0.0.0.0:61616", paramLabel = "URL",
            description = "where to accept connections (default: ${DEFAULT-VALUE})")
    String bind;

    @Option(names = "--data", defaultValue = "broker-data", paramLabel = "DIR",
            description = "the broker's journal: requests survive a restart (default: ${DEFAULT-VALUE})")
    Path data;

    @Override
    public Integer call() throws Exception {
        try (Broker b = Broker.start(bind, data)) {
            System.err.println("report-etl: broker accepting on " + bind);
            new CountDownLatch(1).await();
        }
        return 0;
    }
}
