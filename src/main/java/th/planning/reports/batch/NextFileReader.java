package th.planning.reports.batch;

import org.springframework.batch.infrastructure.item.ItemReader;
import th.planning.reports.warehouse.IncomingFile;

/** One partition's reader: takes the run's next unread file from the queue all partitions share. */
public class NextFileReader implements ItemReader<IncomingFile> {

    private final RunWork work;

    public NextFileReader(RunWork work) {
        this.work = work;
    }

    @Override
    public IncomingFile read() {
        return work.next();
    }
}
