package th.planning.reports.batch;

import org.springframework.batch.infrastructure.item.ItemReader;
import th.planning.reports.warehouse.IncomingFile;
import th.planning.reports.warehouse.Submission;

/**
 * One partition's reader: takes the run's next unread file from the queue all partitions share and
 * reads it there and then. Reading happens here, not in an ItemProcessor, because Spring Batch 6
 * reads a whole chunk before processing any of it: a reader that only handed out files let the
 * partition that asked first take up to a chunk (500 files) at once, so a night of 300 files went
 * to one thread while the other idled, and a big night's last chunks were split unevenly. Taking
 * and reading one file per call keeps the partitions sharing the queue file by file to the end.
 */
public class NextFileReader implements ItemReader<Submission> {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(NextFileReader.class);

    private final RunWork work;
    private final SubmissionProcessor processor;
    private final ProgressListener progress;

    public NextFileReader(RunWork work, SubmissionProcessor processor, ProgressListener progress) {
        this.work = work;
        this.processor = processor;
        this.progress = progress;
    }

    /** The next file as a loaded or rejected submission; null when every file of the run is taken. */
    @Override
    public Submission read() throws Exception {
        IncomingFile file = work.next();
        if (file == null) {
            return null;
        }
        progress.beforeFile(file);
        Submission read;
        boolean failed = false;
        try {
            read = processor.process(file);
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            if (!RejectOnSkip.isOneFilesFault(e)) {
                throw e;
            }
            progress.failed(file, e);
            failed = true;
            read = RejectOnSkip.rejected(file, e);
        }
        if (read.status() == Submission.Status.REJECTED && !failed) {
            // once, at WARN, naming the file (progress.failed has said it for a failure); the
            // libraries' own error logs for a bad file are turned off
            LOG.warn("rejected {}: {}", file.relativePath(), read.reason());
        }
        progress.afterFile();
        return read;
    }
}
