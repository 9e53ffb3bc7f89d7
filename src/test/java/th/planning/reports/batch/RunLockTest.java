package th.planning.reports.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLockTest {

    @TempDir
    Path warehouse;

    @Test
    void aSecondRunOnTheSameWarehouseRefusesWithAClearMessageAndTheLockIsFreedAfterwards() throws Exception {
        try (RunLock first = RunLock.acquire(warehouse)) {
            assertThatThrownBy(() -> RunLock.acquire(warehouse))
                    .isInstanceOf(RunLock.AlreadyRunningException.class)
                    .hasMessageContaining("another run is using the warehouse");
        }
        RunLock.acquire(warehouse).close();
    }

    @Test
    void aRunWaitsForAReaderToFinishAndNoReaderStartsWhileARunIsActive() throws Exception {
        java.io.Closeable reader = RunLock.forReading(warehouse);
        assertThat(reader).isNotNull();
        java.util.concurrent.CompletableFuture<RunLock> run = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return RunLock.acquire(warehouse);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Thread.sleep(300);
        assertThat(run).as("the run waits while the reader reads").isNotDone();
        reader.close();
        try (RunLock held = run.get(5, java.util.concurrent.TimeUnit.SECONDS)) {
            assertThatThrownBy(() -> RunLock.forReading(warehouse))
                    .isInstanceOf(RunLock.AlreadyRunningException.class)
                    .hasMessageContaining("a run is using the warehouse");
        }
        RunLock.forReading(warehouse).close();
    }
}
