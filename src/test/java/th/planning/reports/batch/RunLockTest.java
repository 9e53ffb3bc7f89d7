package th.planning.reports.batch;

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
}
