package th.planning.reports.batch;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test hook for the crash test ({@code CrashRecoveryTest}); inert unless one of its system properties is
 * set, which production never does.
 * <ul>
 *   <li>{@code report-etl.crash-at=POINT} ends the process with {@code Runtime.halt(137)} (as abrupt as
 *       kill -9: no shutdown hooks, no finally blocks) when the run reaches POINT: {@code scan} (scan done,
 *       its duplicates written), {@code staged:N} (the N-th chunk of this process written to the
 *       staging folder, not yet loaded), {@code chunk:N} (the N-th chunk of this process committed to the
 *       warehouse, before Spring Batch records it), {@code chunk:last} (the chunk that recorded the run's
 *       last new file; partitions share one queue, so how many chunks a run takes varies), {@code before-export}, or {@code export:TABLE} (that
 *       table's Parquet just written into the new export, which is not published yet).</li>
 *   <li>{@code report-etl.slow-per-file-ms=MS} sleeps before reading each file, so a run lasts long
 *       enough to be watched.</li>
 * </ul>
 */
final class CrashHook {

    private static final String CRASH_AT = System.getProperty("report-etl.crash-at");
    private static final long SLOW_MS = Long.getLong("report-etl.slow-per-file-ms", 0L);
    private static final AtomicInteger CHUNKS = new AtomicInteger();
    private static final AtomicInteger STAGED = new AtomicInteger();

    private CrashHook() {
    }

    static void at(String point) {
        if (CRASH_AT != null && CRASH_AT.equals(point)) {
            System.err.println("report-etl: crash hook: halting at " + point);
            System.err.flush();
            Runtime.getRuntime().halt(137);
        }
    }

    /** After a chunk is committed to the warehouse; {@code last}: it recorded the run's last new file. */
    static void chunkCommitted(boolean last) {
        if (CRASH_AT != null) {
            at("chunk:" + CHUNKS.incrementAndGet());
            if (last) {
                at("chunk:last");
            }
        }
    }

    /** After a chunk is staged on disk, before it is loaded: {@code staged:N}, the N-th of this process. */
    static void chunkStaged() {
        if (CRASH_AT != null) {
            at("staged:" + STAGED.incrementAndGet());
        }
    }

    static void beforeFile() {
        if (SLOW_MS > 0) {
            try {
                Thread.sleep(SLOW_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
