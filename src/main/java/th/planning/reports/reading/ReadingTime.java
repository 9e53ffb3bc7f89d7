package th.planning.reports.reading;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Extra time a file's reading asks for beyond the per-file limit: each scanned page read by OCR
 * adds its own page limit. The job's file timeout waits for the per-file limit plus what was asked
 * (see the batch's SubmissionProcessor); a reader that asks for nothing keeps the per-file limit.
 */
public final class ReadingTime {

    private static final ThreadLocal<AtomicLong> EXTRA = new ThreadLocal<>();

    private ReadingTime() {
    }

    /** Collects what reads on this thread ask for into {@code extraMillis}, until {@link #stop()}. */
    public static void collectInto(AtomicLong extraMillis) {
        EXTRA.set(extraMillis);
    }

    public static void stop() {
        EXTRA.remove();
    }

    /** Asks for {@code more} time for the file being read on this thread. */
    static void allow(Duration more) {
        AtomicLong extra = EXTRA.get();
        if (extra != null) {
            extra.addAndGet(more.toMillis());
        }
    }
}
