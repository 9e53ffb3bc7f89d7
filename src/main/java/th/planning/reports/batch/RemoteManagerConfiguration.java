package th.planning.reports.batch;

import jakarta.jms.ConnectionFactory;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.config.annotation.EnableBatchIntegration;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilderFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;

/**
 * {@code ingest --workers remote}: the manager's {@code ingestFiles} is Spring Batch's remote
 * partitioning manager step. It splits the scan's new files into partitions as the local step does
 * (each partition's files in its step execution context), sends one request per partition through
 * the broker, and polls the shared job repository until every partition is done; the workers stage
 * their chunks in the shared staging folder, and {@code loadWorkersChunks} loads them.
 */
@Configuration
@ConditionalOnProperty(name = "report-etl.workers", havingValue = "remote")
@EnableBatchIntegration
public class RemoteManagerConfiguration {

    @Bean
    ConnectionFactory brokerConnectionFactory(@Value("${report-etl.broker}") String broker) {
        return RemotePartitioning.connectionFactory(broker);
    }

    @Bean
    DirectChannel partitionRequests() {
        return new DirectChannel();
    }

    @Bean
    IntegrationFlow partitionRequestsToBroker(ConnectionFactory brokerConnectionFactory) {
        return IntegrationFlow.from(partitionRequests())
                .handle(Jms.outboundAdapter(brokerConnectionFactory).destination(RemotePartitioning.QUEUE))
                .get();
    }

    /**
     * @param partitions how many partitions (more than workers, so a worker that is free takes the next one)
     * @param pollMs     how often the job repository is asked whether the partitions are done
     */
    @Bean
    Step ingestFiles(RemotePartitioningManagerStepBuilderFactory steps, RunWork work,
                     ProgressListener progressListener,
                     @Value("${report-etl.partitions:8}") int partitions,
                     @Value("${report-etl.remote-poll-ms:1000}") long pollMs) {
        return steps.get("ingestFiles")
                .partitioner("readAndLoad", gridSize -> FilePartitions.split(work.scan().newFiles(), gridSize))
                .gridSize(InvalidSettingException.atLeast("report-etl.partitions", partitions, 1))
                .outputChannel(partitionRequests())
                .pollInterval(pollMs)
                .listener(progressListener.forPartitionedStep())
                .build();
    }
}
