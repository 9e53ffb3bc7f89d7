package th.planning.reports.batch;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import th.planning.reports.warehouse.IncomingFile;

/**
 * The files the current run has to read, as the scan found them. One run at a time per process (the
 * run lock sees to it), so one holder is enough; it lives only for the run, and a killed run's work is
 * found again by the next scan because the warehouse never recorded it.
 */
public final class RunWork {

    private final AtomicReference<DropFolderScanner.Scan> scan = new AtomicReference<>();
    private final AtomicInteger handedOut = new AtomicInteger();
    private final AtomicInteger written = new AtomicInteger();

    void set(DropFolderScanner.Scan s) {
        handedOut.set(0);
        written.set(0);
        scan.set(s);
    }

    public DropFolderScanner.Scan scan() {
        DropFolderScanner.Scan s = scan.get();
        if (s == null) {
            throw new IllegalStateException("the drop folder has not been scanned in this run");
        }
        return s;
    }

    /**
     * The next new file nobody has taken yet, or null when all are taken. Partitions pull from one queue
     * rather than owning fixed shares, so a thread that drew the cheaper files keeps working until the
     * end instead of idling while the other finishes its share.
     */
    IncomingFile next() {
        List<IncomingFile> all = scan().newFiles();
        int i = handedOut.getAndIncrement();
        return i < all.size() ? all.get(i) : null;
    }

    /** Counts files a writer recorded; true once every new file of the run has been (none skipped). */
    boolean written(int files) {
        return written.addAndGet(files) >= scan().newFiles().size();
    }
}
