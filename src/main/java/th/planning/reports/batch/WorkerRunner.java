package th.planning.reports.batch;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a remote worker ({@code report-etl worker}): the Spring context of {@link RemoteWorkerConfiguration}
 * and the reading beans, against the shared job repository and the broker. It runs until stopped.
 */
public final class WorkerRunner {

    private WorkerRunner() {
    }

    /**
     * @param properties the broker, job repository, staging folder and so on, as Spring properties
     */
    public static ConfigurableApplicationContext start(Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put("report-etl.role", "worker");
        return new SpringApplicationBuilder(IngestApplication.class)
                .run(all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }
}
