package th.planning.reports.batch;

import jakarta.jms.ConnectionFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.integration.config.annotation.EnableBatchIntegration;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilderFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;
import org.springframework.transaction.PlatformTransactionManager;
import th.planning.reports.warehouse.StagedChunks;
import th.planning.reports.warehouse.Submission;

/**
 * {@code report-etl worker}: takes partition requests from the broker and runs {@code readAndLoad} for
 * each, reading the files its context lists and staging each chunk in the shared staging folder (it
 * has no warehouse). A request is taken in a JMS transaction committed only when the partition is
 * done, so the broker gives the partition of a worker that died to another, which goes on from the
 * partition's last committed chunk (the job repository has how many of its files were read).
 */
@Configuration
@ConditionalOnProperty(name = "report-etl.role", havingValue = "worker")
@EnableBatchIntegration
public class RemoteWorkerConfiguration {

    @Bean
    ConnectionFactory brokerConnectionFactory(@Value("${report-etl.broker}") String broker) {
        return RemotePartitioning.connectionFactory(broker);
    }

    @Bean
    DirectChannel partitionRequests() {
        return new DirectChannel();
    }

    /** One consumer per worker thread, each running one partition at a time. */
    @Bean
    IntegrationFlow partitionRequestsFromBroker(ConnectionFactory brokerConnectionFactory,
                                                @Value("${report-etl.worker-threads:1}") int threads) {
        return IntegrationFlow.from(Jms.messageDrivenChannelAdapter(brokerConnectionFactory)
                        .destination(RemotePartitioning.QUEUE)
                        .configureListenerContainer(c -> c.sessionTransacted(true)
                                .concurrentConsumers(InvalidSettingException.atLeast("--threads", threads, 1))))
                .channel(partitionRequests())
                .get();
    }

    @Bean
    Step readAndLoad(RemotePartitioningWorkerStepBuilderFactory steps, PlatformTransactionManager tx,
                     PartitionFileReader partitionFileReader, StagingWriter stagingWriter, RejectOnSkip rejectOnSkip,
                     @Value("${report-etl.chunk-size:500}") int chunkSize) {
        return steps.get("readAndLoad")
                .inputChannel(partitionRequests())
                .<Submission, Submission>chunk(InvalidSettingException.atLeast("report-etl.chunk-size", chunkSize, 1))
                .transactionManager(tx)
                .reader(partitionFileReader)
                .writer(stagingWriter)
                .faultTolerant()
                .skipPolicy(rejectOnSkip)
                .skipListener(rejectOnSkip)
                .build();
    }

    /** Stages each chunk; the manager loads it. */
    @Bean
    @StepScope
    StagingWriter stagingWriter(StagedChunks staging) {
        return new StagingWriter(staging, null, 0, null);
    }

    @Bean
    @StepScope
    RejectOnSkip rejectOnSkip(StagingWriter stagingWriter) {
        return new RejectOnSkip(s -> stagingWriter.write(new Chunk<>(java.util.List.of(s))));
    }
}
