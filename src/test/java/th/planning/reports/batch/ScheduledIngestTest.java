package th.planning.reports.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

class ScheduledIngestTest {

    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    static final RunSummary DONE = new RunSummary(7, BatchStatus.COMPLETED, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of(), java.util.Map.of(),
            Duration.ZERO);

    @TempDir
    Path tmp;

    @Test
    void nextRunIsTwoInTheMorningTodayBeforeItAndTomorrowAfterIt() {
        ScheduledIngest s = new ScheduledIngest("0 0 2 * * *", () -> DONE);
        assertThat(s.nextRun(ZonedDateTime.of(2025, 3, 31, 1, 59, 0, 0, BANGKOK)))
                .isEqualTo(ZonedDateTime.of(2025, 3, 31, 2, 0, 0, 0, BANGKOK));
        assertThat(s.nextRun(ZonedDateTime.of(2025, 3, 31, 2, 0, 0, 0, BANGKOK)))
                .isEqualTo(ZonedDateTime.of(2025, 4, 1, 2, 0, 0, 0, BANGKOK));
    }

    @Test
    void anInvalidExpressionIsRefusedUpFront() {
        assertThatThrownBy(() -> new ScheduledIngest("0 2 * * *", () -> DONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFiringRunsTheJobOnceAndReturnsItsSummary() {
        AtomicInteger runs = new AtomicInteger();
        ScheduledIngest s = new ScheduledIngest("0 0 2 * * *", () -> {
            runs.incrementAndGet();
            return DONE;
        });
        ScheduledIngest.Firing f = s.runNow();
        assertThat(f.outcome()).isEqualTo(ScheduledIngest.Outcome.RAN);
        assertThat(f.summary()).contains(DONE);
        assertThat(runs).hasValue(1);
    }

    /**
     * A firing while another run holds the warehouse is skipped as refused (not counted as a crash), says
     * why, and touches nothing: no warehouse is opened. Without the refusal the job would run, or crash
     * on the lock, and either fails here.
     */
    @Test
    void aRunRefusedBecauseAnotherHoldsTheWarehouseIsSkippedNotFatal() throws Exception {
        Path warehouse = tmp.resolve("wh");
        ScheduledIngest s = new ScheduledIngest("0 0 2 * * *",
                () -> IngestRunner.run(tmp, warehouse, 1, Map.of()));
        ScheduledIngest.Firing f;
        try (RunLock held = RunLock.acquire(warehouse)) {
            f = s.runNow();
        }
        assertThat(f.outcome()).isEqualTo(ScheduledIngest.Outcome.SKIPPED_WAREHOUSE_BUSY);
        assertThat(f.summary()).isEmpty();
        assertThat(f.reason()).contains("another run");
        assertThat(warehouse.resolve("warehouse.duckdb")).doesNotExist();
    }

    @Test
    void aCrashedRunDoesNotStopTheSchedule() {
        AtomicInteger runs = new AtomicInteger();
        ScheduledIngest s = new ScheduledIngest("0 0 2 * * *", () -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("disk full");
            }
            return DONE;
        });
        ScheduledIngest.Firing crashed = s.runNow();
        assertThat(crashed.outcome()).isEqualTo(ScheduledIngest.Outcome.FAILED);
        assertThat(crashed.reason()).isEqualTo("disk full");
        assertThat(s.runNow().summary()).contains(DONE);
    }

    @Test
    void theSchedulerIsGivenTheCronTriggerAndFiresTheRun() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        ScheduledIngest s = new ScheduledIngest("* * * * * *", () -> {
            runs.incrementAndGet();
            return DONE;
        });
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.initialize();
        try {
            var future = s.start(scheduler);
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (runs.get() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            future.cancel(false);
        } finally {
            scheduler.shutdown();
        }
        assertThat(runs.get()).isPositive();
    }
}
