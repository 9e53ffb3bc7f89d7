package th.planning.reports.batch;

import java.time.Duration;

/**
 * When and what to report about a run's progress; no I/O, so the policy can be tested without a
 * terminal or a clock. A terminal gets a redrawn bar (at most every {@link #BAR_INTERVAL}); a log gets
 * a plain line at every tenth of the work or after {@link #LINE_INTERVAL} of silence, whichever first.
 */
final class Progress {

    static final Duration BAR_INTERVAL = Duration.ofMillis(250);
    static final Duration LINE_INTERVAL = Duration.ofSeconds(30);
    private static final int WIDTH = 30;

    private final int total;
    private final long startNanos;
    private long lastReportNanos;
    private int lastTenth;

    Progress(int total, long startNanos) {
        this.total = total;
        this.startNanos = startNanos;
        this.lastReportNanos = startNanos;
    }

    int total() {
        return total;
    }

    /** Whether a log line is due now that {@code done} files are finished; remembers that it was. */
    synchronized boolean lineDue(int done, long nowNanos) {
        int tenth = total == 0 ? 10 : (int) (10L * done / total);
        boolean due = tenth > lastTenth || nowNanos - lastReportNanos >= LINE_INTERVAL.toNanos();
        if (due) {
            lastTenth = Math.max(lastTenth, tenth);
            lastReportNanos = nowNanos;
        }
        return due;
    }

    /** Whether the bar should be redrawn; the last file always redraws it. */
    synchronized boolean barDue(int done, long nowNanos) {
        boolean due = done >= total || nowNanos - lastReportNanos >= BAR_INTERVAL.toNanos();
        if (due) {
            lastReportNanos = nowNanos;
        }
        return due;
    }

    String line(int done, long nowNanos) {
        return String.format("%d/%d files (%d%%), %.1f files/s, %s left", done, total, percent(done),
                rate(done, nowNanos), eta(done, nowNanos));
    }

    String bar(int done, long nowNanos) {
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + line(done, nowNanos);
    }

    private int percent(int done) {
        return total == 0 ? 100 : (int) (100L * done / total);
    }

    private double rate(int done, long nowNanos) {
        double s = (nowNanos - startNanos) / 1e9;
        return s <= 0 ? 0 : done / s;
    }

    private String eta(int done, long nowNanos) {
        double r = rate(done, nowNanos);
        if (done >= total) {
            return "0:00";
        }
        if (r <= 0) {
            return "?";
        }
        long s = (long) Math.ceil((total - done) / r);
        return String.format("%d:%02d", s / 60, s % 60);
    }
}
