package th.planning.reports.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {

    static final long S = 1_000_000_000L;

    @Test
    void logsALineAtEveryTenthOfTheWorkAndNotInBetween() {
        Progress p = new Progress(1000, 0);
        List<Integer> reportedAt = new ArrayList<>();
        for (int done = 1; done <= 1000; done++) {
            if (p.lineDue(done, done * 1_000_000L)) {     // 1 ms per file: never 30 s of silence
                reportedAt.add(done);
            }
        }
        assertThat(reportedAt).containsExactly(100, 200, 300, 400, 500, 600, 700, 800, 900, 1000);
    }

    @Test
    void logsALineAfterThirtySecondsOfSilenceEvenWithoutANewTenth() {
        Progress p = new Progress(1000, 0);
        assertThat(p.lineDue(1, 29 * S)).isFalse();
        assertThat(p.lineDue(2, 30 * S)).isTrue();
        assertThat(p.lineDue(3, 31 * S)).isFalse();
        assertThat(p.lineDue(4, 60 * S)).isTrue();
    }

    @Test
    void theBarIsThrottledButTheLastFileAlwaysDrawsIt() {
        Progress p = new Progress(10, 0);
        assertThat(p.barDue(1, 100_000_000L)).isFalse();
        assertThat(p.barDue(2, 300_000_000L)).isTrue();
        assertThat(p.barDue(10, 300_000_001L)).isTrue();
    }

    @Test
    void theBarShowsShareRateAndTimeLeft() {
        Progress p = new Progress(200, 0);
        assertThat(p.bar(50, 10 * S))
                .isEqualTo("[#######.......................] 50/200 files (25%), 5.0 files/s, 0:30 left");
        assertThat(p.line(200, 40 * S)).isEqualTo("200/200 files (100%), 5.0 files/s, 0:00 left");
    }
}
