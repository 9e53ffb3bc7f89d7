package th.planning.reports.batch;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application behind {@code report-etl ingest}: the batch job and its repository. */
@SpringBootApplication
public class IngestApplication {
}
