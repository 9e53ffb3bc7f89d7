package th.planning.reports.warehouse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * The warehouse file is not a whole DuckDB database (truncated, zeroed, garbled: see
 * {@link StorageFault#DAMAGED}). The message tells the operator what is still good and the way back:
 * the published Parquet export is untouched, and the drop folder rebuilds the warehouse.
 */
public final class WarehouseDamagedException extends SQLException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public WarehouseDamagedException(Path file, Throwable cause) {
        super(message(file.toAbsolutePath().normalize(), cause), cause);
        this.file = file.toAbsolutePath().normalize();
    }

    public Path file() {
        return file;
    }

    private static String message(Path file, Throwable cause) {
        Path dir = file.getParent();
        Path parquet = dir.resolve("parquet");
        Path wal = file.resolveSibling(file.getFileName() + ".wal");
        String aside = Files.exists(wal)
                ? "mv " + file + " " + file + ".damaged && mv " + wal + " " + wal + ".damaged"
                : "mv " + file + " " + file + ".damaged";
        return "the warehouse file " + file + " is damaged (" + StorageFault.DAMAGED.message(cause).orElse("") + ")\n"
                + (Files.isDirectory(parquet.resolve("submission"))
                ? "the last published Parquet export is untouched in " + parquet + " (dashboards keep reading it)\n"
                : "there is no published Parquet export in " + parquet + "\n")
                + "to rebuild the warehouse, move the damaged file aside (" + aside + ") and run ingest again:"
                + " it reloads every file of the drop folder";
    }
}
