package th.planning.reports.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Telling a full disk, a held lock and a damaged file apart from the messages of a failure's chain. */
class StorageFaultTest {

    @TempDir
    Path tmp;

    @Test
    void duckDbWritingToAFullDeviceIsNoSpaceAndNamesTheFile() throws Exception {
        Path devFull = Path.of("/dev/full");   // every write fails with ENOSPC, as on a full disk
        Assumptions.assumeTrue(Files.exists(devFull), "needs Linux's /dev/full");
        SQLException e;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            e = catchThrowableOfType(SQLException.class,
                    () -> st.execute("COPY (SELECT range AS i FROM range(100000)) TO '/dev/full' (FORMAT csv)"));
        }
        assertThat(StorageFault.of(e)).contains(StorageFault.NO_SPACE);
        assertThat(StorageFault.NO_SPACE.file(e)).contains(devFull);
        assertThat(StorageFault.noSpaceMessage(e, tmp)).startsWith("no space left on device at /dev/full (")
                .endsWith("; free space on that file system and run ingest again:"
                        + " the next run completes what this one left undone");
    }

    @Test
    void theOperatingSystemsReasonFoundCausesDownIsNoSpaceAtTheGivenPlace() {
        // As the H2 job repository failed on a full tmpfs: the reason is three causes down.
        Exception e = new IllegalStateException("JDBC commit failed", new SQLException("General error: Writing to"
                + " sun.nio.ch.FileChannelImpl@25a1a012 failed; length 8192 at 405504",
                new RuntimeException("Writing failed", new IOException("No space left on device"))));
        assertThat(StorageFault.of(e)).contains(StorageFault.NO_SPACE);
        assertThat(StorageFault.noSpaceMessage(e, tmp)).isEqualTo("no space left on device at " + tmp
                + "; free space on that file system and run ingest again: the next run completes what this one left undone");
    }

    @Test
    void aFullDiskOutranksTheErrorsItCausesOnTop() {
        Exception e = new SQLException("The database has been closed");
        e.addSuppressed(new IOException("No space left on device"));
        assertThat(StorageFault.of(e)).contains(StorageFault.NO_SPACE);
    }

    @Test
    void aZeroedOrTruncatedWarehouseFileIsDamagedNotLocked() throws Exception {
        Path dir = tmp.resolve("wh");
        Warehouse.open(dir).close();
        Path file = dir.resolve(Warehouse.FILE_NAME);
        Files.write(file, new byte[16 * 1024]);   // zeroed
        SQLException zeroed = catchThrowableOfType(SQLException.class, () -> Warehouse.checkIntact(dir));
        assertThat((Throwable) zeroed).isInstanceOf(WarehouseDamagedException.class);
        assertThat(StorageFault.of(zeroed)).contains(StorageFault.DAMAGED);

        Warehouse.open(tmp.resolve("wh2")).close();
        try (var ch = java.nio.channels.FileChannel.open(tmp.resolve("wh2").resolve(Warehouse.FILE_NAME),
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.truncate(100);
        }
        SQLException truncated = catchThrowableOfType(SQLException.class, () -> Warehouse.open(tmp.resolve("wh2")));
        assertThat((Throwable) truncated).isInstanceOf(WarehouseDamagedException.class)
                .hasMessageContaining("Could not read enough bytes from file");
    }

    @Test
    void duckDbsLockConflictIsLockedAndAnUnrelatedErrorIsNoStorageFault() {
        assertThat(StorageFault.of(new SQLException("IO Error: Could not set lock on file \"/w/warehouse.duckdb\":"
                + " Conflicting lock is held in /usr/bin/java (PID 10747)"))).contains(StorageFault.LOCKED);
        assertThat(StorageFault.of(new SQLException("Parser Error: syntax error at or near \"SELEC\""))).isEmpty();
        assertThat(StorageFault.of(new IOException("Permission denied"))).isEmpty();
    }
}
