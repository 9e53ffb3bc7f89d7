package th.planning.reports.batch;

import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import th.planning.reports.warehouse.IncomingFile;
import th.planning.reports.warehouse.Submission;

/**
 * One partition's reader: its files come from its step execution context ({@link FilePartitions}),
 * and each is read there and then, one item per file. Reading happens here, not in an ItemProcessor,
 * because Spring Batch 6 reads a whole chunk before processing any of it (see git history of
 * NextFileReader). How many files it has read is saved with each committed chunk, so a partition
 * restarted after its worker died goes on from the first file of its uncommitted chunk.
 */
public class PartitionFileReader implements ItemStreamReader<Submission> {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PartitionFileReader.class);
    private static final String READ = "files.read";

    private final List<String> files;
    private final Path dropFolder;
    private final SubmissionProcessor processor;
    private final ProgressListener progress;
    private int next;

    public PartitionFileReader(List<String> files, Path dropFolder, SubmissionProcessor processor,
                               ProgressListener progress) {
        this.files = files == null ? List.of() : List.copyOf(files);
        this.dropFolder = dropFolder;
        this.processor = processor;
        this.progress = progress;
    }

    @Override
    public void open(ExecutionContext context) {
        next = context.getInt(READ, 0);
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(READ, next);
    }

    /** The next file as a loaded or rejected submission; null when the partition's files are all read. */
    @Override
    public Submission read() throws Exception {
        if (next >= files.size()) {
            return null;
        }
        IncomingFile file = FilePartitions.decode(files.get(next++), dropFolder);
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
