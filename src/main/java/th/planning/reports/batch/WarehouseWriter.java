package th.planning.reports.batch;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import th.planning.reports.warehouse.Submission;
import th.planning.reports.warehouse.Warehouse;

/** Loads one chunk of submissions into the warehouse as one transaction. Not final: step-scoped beans are proxied. */
public class WarehouseWriter implements ItemWriter<Submission> {

    private final Warehouse warehouse;
    private final long runId;
    private final RunWork work;

    public WarehouseWriter(Warehouse warehouse, long runId, RunWork work) {
        this.warehouse = warehouse;
        this.runId = runId;
        this.work = work;
    }

    @Override
    public void write(Chunk<? extends Submission> chunk) throws Exception {
        warehouse.write(runId, java.util.List.copyOf(chunk.getItems()));
        CrashHook.chunkCommitted(work.written(chunk.size()));
    }
}
