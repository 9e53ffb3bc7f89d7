package th.planning.reports.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import th.planning.reports.warehouse.StagedChunks;
import th.planning.reports.warehouse.Submission;
import th.planning.reports.warehouse.Warehouse;

/**
 * The load stage for chunks left staged: by a run killed between staging a chunk and loading it, or
 * by remote workers. Each chunk goes into the warehouse in one transaction (files already recorded are
 * left out, so a chunk loaded before a crash removed it adds nothing), then is removed. A chunk that
 * cannot be read, or was staged for other columns than today's, is removed with a warning: its files
 * are not in the ledger, so the scan finds them and they are read again.
 */
final class StagedChunkLoader {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StagedChunkLoader.class);

    private StagedChunkLoader() {
    }

    /** @return the number of files the loaded chunks recorded */
    static int loadPending(StagedChunks staging, Warehouse warehouse, long runId, Path dropFolder)
            throws IOException, SQLException {
        int recorded = 0;
        for (Path chunk : staging.pending()) {
            List<Submission> subs;
            try {
                subs = staging.read(chunk, dropFolder);
            } catch (IOException | RuntimeException e) {
                LOG.warn("staged chunk {} cannot be loaded ({}): removed; its files are read again", chunk, e.getMessage());
                Files.deleteIfExists(chunk);
                continue;
            }
            recorded += warehouse.write(runId, subs);
            Files.deleteIfExists(chunk);
            CrashHook.at("staged-loaded");
        }
        return recorded;
    }
}
