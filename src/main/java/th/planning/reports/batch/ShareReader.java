package th.planning.reports.batch;

import java.util.Iterator;
import java.util.List;
import org.springframework.batch.infrastructure.item.ItemReader;
import th.planning.reports.warehouse.IncomingFile;

/** Hands out one partition's share of the run's new files, in order. */
public class ShareReader implements ItemReader<IncomingFile> {

    private final Iterator<IncomingFile> files;

    public ShareReader(List<IncomingFile> share) {
        this.files = share.iterator();
    }

    @Override
    public synchronized IncomingFile read() {
        return files.hasNext() ? files.next() : null;
    }
}
