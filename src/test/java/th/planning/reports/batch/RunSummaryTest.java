package th.planning.reports.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;

class RunSummaryTest {

    /** Files the scan could not read are not recorded; the operator must still see that they exist. */
    @Test
    void filesUnreadableWhileScanningAreCountedInTheSummaryAndNotOtherwise() {
        RunSummary some = new RunSummary(3, BatchStatus.COMPLETED, 12, 8, 1, 2, 2, 0, 0, List.of(), List.of(),
                Map.of(), Duration.ofMillis(1500));
        RunSummary none = new RunSummary(4, BatchStatus.COMPLETED, 12, 12, 1, 0, 0, 0, 0, List.of(), List.of(),
                Map.of(), Duration.ofMillis(900));

        assertThat(some.render()).contains("files seen: 12 (already loaded: 8, ignored: 1)")
                .contains("could not be read while scanning, left for the next run: 2 (see the log)");
        assertThat(none.render()).doesNotContain("could not be read");
    }
}
