package th.planning.reports.batch;

import java.nio.file.Path;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;

/**
 * An ActiveMQ Artemis broker in this process ({@code report-etl broker}), for an office without one:
 * one acceptor, messages kept in a journal on disk so partition requests survive a broker restart,
 * no users (bind it to the office's private network only).
 */
public final class Broker implements AutoCloseable {

    private final EmbeddedActiveMQ server;

    private Broker(EmbeddedActiveMQ server) {
        this.server = server;
    }

    /**
     * @param bind    the acceptor, e.g. {@code tcp://0.0.0.0:61616}
     * @param dataDir the journal's folder, or null to keep messages in memory only (tests)
     */
    public static Broker start(String bind, Path dataDir) throws Exception {
        Configuration c = new ConfigurationImpl()
                .addAcceptorConfiguration("report-etl", bind)
                .setSecurityEnabled(false)
                .setJMXManagementEnabled(false)
                .setPersistenceEnabled(dataDir != null);
        if (dataDir != null) {
            c.setJournalDirectory(dataDir.resolve("journal").toString())
                    .setBindingsDirectory(dataDir.resolve("bindings").toString())
                    .setLargeMessagesDirectory(dataDir.resolve("large-messages").toString())
                    .setPagingDirectory(dataDir.resolve("paging").toString());
        }
        EmbeddedActiveMQ server = new EmbeddedActiveMQ().setConfiguration(c);
        server.start();
        return new Broker(server);
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
