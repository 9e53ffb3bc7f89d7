package th.planning.reports.cli;

import java.nio.file.Path;
import th.planning.reports.warehouse.StorageFault;
import th.planning.reports.warehouse.Warehouse;
import th.planning.reports.warehouse.WarehouseDamagedException;

/**
 * A failure of the warehouse's storage, said to the operator in a few lines with the way out and a
 * documented exit status, instead of a stack trace: 3 the file is held by another process, 4 it is
 * damaged, 1 the disk is full (the run failed; the rerun after freeing space completes it).
 */
final class StorageFailures {

    static final int LOCKED = 3;
    static final int DAMAGED = 4;
    static final int NO_SPACE = 1;

    private StorageFailures() {
    }

    /**
     * Prints the message and returns the exit status for a storage fault.
     *
     * @throws Exception {@code failure} itself when it is no storage fault (a bug deserves its trace)
     */
    static int report(Exception failure, Path warehouseDir) throws Exception {
        StorageFault fault = StorageFault.of(failure).orElseThrow(() -> failure);
        Path file = warehouseDir.resolve(Warehouse.FILE_NAME).toAbsolutePath().normalize();
        switch (fault) {
            case DAMAGED -> {
                WarehouseDamagedException damaged = damaged(failure);
                System.err.println("report-etl: " + (damaged != null ? damaged
                        : new WarehouseDamagedException(file, failure)).getMessage());
                return DAMAGED;
            }
            case LOCKED -> {
                System.err.println("report-etl: another process holds the warehouse file " + file + " ("
                        + StorageFault.LOCKED.message(failure).orElse("") + ")");
                System.err.println("try again when it has finished (a run, or a DuckDB session left open on it)");
                return LOCKED;
            }
            default -> {
                System.err.println("report-etl: " + StorageFault.noSpaceMessage(failure, warehouseDir));
                return NO_SPACE;
            }
        }
    }

    private static WarehouseDamagedException damaged(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof WarehouseDamagedException d) {
                return d;
            }
        }
        return null;
    }
}
