package th.planning.reports.batch;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * What the manager and its workers agree on: the broker's queue of partition requests, and how to
 * connect to the broker.
 */
final class RemotePartitioning {

    /** The queue the manager sends one request per partition to, and the workers take them from. */
    static final String QUEUE = "report-etl.partitions";

    private RemotePartitioning() {
    }

    /**
     * A connection to the broker. A consumer takes one request at a time (no prefetch window), so a
     * free worker gets the next partition and no worker holds partitions it has not started; the
     * reconnection settings let a worker outlive a broker restart.
     */
    static ActiveMQConnectionFactory connectionFactory(String brokerUrl) {
        ActiveMQConnectionFactory cf = new ActiveMQConnectionFactory(brokerUrl);
        cf.setConsumerWindowSize(0);
        cf.setReconnectAttempts(-1);
        cf.setRetryInterval(1000);
        return cf;
    }
}
