package th.planning.reports.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import th.planning.reports.warehouse.StagedChunks;
import th.planning.reports.warehouse.Submission;
import th.planning.reports.warehouse.Warehouse;

/**
 * The end of the extract stage: writes each chunk of read files as a staged chunk on disk. In the
 * process that holds the warehouse it then loads the chunk in one transaction and removes it; a
 * process killed in between leaves the chunk, which the next run loads first. On a remote worker
 * (no warehouse) the chunk stays for the manager to load. Not final: step-scoped beans are proxied.
 */
public class StagingWriter implements ItemWriter<Submission> {

    private final StagedChunks staging;
    private final Warehouse warehouse;
    private final long runId;
    private final RunWork work;

    /** @param warehouse the warehouse to load each chunk into at once, or null to leave it staged */
    public StagingWriter(StagedChunks staging, Warehouse warehouse, long runId, RunWork work) {
        this.staging = staging;
        this.warehouse = warehouse;
        this.runId = runId;
        this.work = work;
    }

    @Override
    public void write(Chunk<? extends Submission> chunk) throws Exception {
        List<Submission> items = List.copyOf(chunk.getItems());
        Path staged = staging.write(items);
        CrashHook.chunkStaged();
        if (warehouse == null) {
            return;
        }
        try {
            warehouse.write(runId, items);
        } catch (Exception e) {
            // Spring Batch writes the chunk again file by file: those chunks are staged under their own names.
            Files.deleteIfExists(staged);
            throw e;
        }
        Files.deleteIfExists(staged);
        CrashHook.chunkCommitted(work != null && work.written(items.size()));
    }
}
