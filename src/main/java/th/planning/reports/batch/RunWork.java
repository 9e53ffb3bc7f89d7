package th.planning.reports.batch;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import th.planning.reports.warehouse.IncomingFile;

/**
 * The files the current run has to read, as the scan found them. One run at a time per process (the
 * run lock sees to it), so one holder is enough; it lives only for the run, and a killed run's work is
 * found again by the next scan because the warehouse never recorded it.
 */
public final class RunWork {

    private final AtomicReference<DropFolderScanner.Scan> scan = new AtomicReference<>();

    void set(DropFolderScanner.Scan s) {
        scan.set(s);
    }

    public DropFolderScanner.Scan scan() {
        DropFolderScanner.Scan s = scan.get();
        if (s == null) {
            throw new IllegalStateException("the drop folder has not been scanned in this run");
        }
        return s;
    }

    /** Every {@code count}-th new file starting at {@code index}: one partition's share. */
    List<IncomingFile> share(int index, int count) {
        List<IncomingFile> all = scan().newFiles();
        return java.util.stream.IntStream.range(0, all.size())
                .filter(i -> i % count == index)
                .mapToObj(all::get)
                .toList();
    }
}
