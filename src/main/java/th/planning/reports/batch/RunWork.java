package th.planning.reports.batch;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The scan of the current run, for the manager's partitioner and progress: one run at a time per process
 * (the run lock sees to it), so one holder is enough; it lives only for the run, and a killed run's work
 * is found again by the next scan because the warehouse never recorded it. The partitions themselves
 * carry their files in their step execution contexts ({@link FilePartitions}).
 */
public final class RunWork {

    private final AtomicReference<DropFolderScanner.Scan> scan = new AtomicReference<>();
    private final AtomicInteger written = new AtomicInteger();

    void set(DropFolderScanner.Scan s) {
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

    /** Counts files a writer recorded; true once every new file of the run has been (none skipped). */
    boolean written(int files) {
        return written.addAndGet(files) >= scan().newFiles().size();
    }
}
