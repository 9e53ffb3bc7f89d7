package th.planning.reports.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import th.planning.reports.batch.RunLock;
import th.planning.reports.warehouse.Corrections;
import th.planning.reports.warehouse.Warehouse;

/**
 * {@code report-etl correct FILE FIELD VALUE --reason "…" [--by NAME]}: an analyst's correction of one
 * figure of one report file, recorded with who, why and when in the append-only correction table, then
 * applied by the views and the Parquet export (exported again at once). Takes the run lock, so it never
 * writes beside a run: exit 3 while one holds the warehouse; 2 for a bad field, value or file.
 */
@Command(name = "correct", description = "Record an analyst's correction of one figure of a report file"
        + " (audited; applied by the views and the Parquet export; stops applying when the file is resubmitted).")
final class CorrectCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE",
            description = "the report file: a path to it (found by its content), or its path in the drop folder")
    String file;

    @Parameters(index = "1", paramLabel = "FIELD",
            description = "allocated, contracted, disbursed, progress_total_pct or progress_year_pct")
    String field;

    @Parameters(index = "2", paramLabel = "VALUE", description = "the corrected figure, e.g. 1234567.50 or ๑,๒๓๔")
    String value;

    @Option(names = "--reason", required = true, description = "why the figure is corrected (kept with it)")
    String reason;

    @Option(names = "--by", description = "who corrects it (default: the user name, ${DEFAULT-VALUE})",
            defaultValue = "${sys:user.name}")
    String by;

    @Option(names = "--warehouse", defaultValue = "warehouse", description = "output directory (default: ${DEFAULT-VALUE})")
    Path warehouse;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(warehouse.resolve(Warehouse.FILE_NAME))) {
            System.err.println("report-etl: no warehouse at " + warehouse.resolve(Warehouse.FILE_NAME).toAbsolutePath()
                    + " (run ingest first)");
            return 2;
        }
        RunLock lock;
        try {
            lock = RunLock.acquire(warehouse);
        } catch (RunLock.AlreadyRunningException e) {
            System.err.println("report-etl: " + e.getMessage());
            return 3;
        }
        try (lock; Warehouse w = Warehouse.open(warehouse)) {
            Corrections.Recorded r;
            try (Connection c = w.newConnection()) {
                r = Corrections.record(c, warehouse.resolve(Corrections.JOURNAL), file, field, value, reason, by);
            } catch (Corrections.Refused e) {
                System.err.println("report-etl: " + e.getMessage());
                return 2;
            }
            System.out.println("correction " + r.correctionId() + ": " + r.path() + " " + r.field() + " "
                    + (r.asReported() == null ? "(" + r.statusAsReported() + ")" : r.asReported().toPlainString())
                    + " -> " + r.corrected().toPlainString() + ", by " + by + ": " + reason.strip());
            System.out.println("applies to " + r.filesOfTheReport() + " file(s) of the report in force;"
                    + " findings it answers: " + (r.findingsAnswered().isEmpty() ? "none"
                    : String.join(", ", r.findingsAnswered())));
            w.exportParquetIfChanged(t -> { });
            System.out.println("Parquet export updated: " + warehouse.resolve("parquet"));
            return 0;
        } catch (SQLException e) {
            return StorageFailures.report(e, warehouse);
        }
    }
}
