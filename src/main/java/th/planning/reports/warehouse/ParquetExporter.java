package th.planning.reports.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes each table as Parquet under {@code parquet/<table>/fiscal_year=…/quarter=…/} with DuckDB's
 * COPY, and publishes it atomically: the data goes into a new version directory, then the table's
 * name, a symbolic link, is switched to it with one rename. A dashboard opening {@code parquet/<table>}
 * sees the previous complete export or the new complete one, never a half-written one. The previous
 * version is kept (a reader may still be in it); older ones are removed.
 */
public final class ParquetExporter {

    /** Tables by period: the partition columns are written into the files too, so each file stands alone. */
    private static final List<String[]> PARTITIONED = List.of(
            new String[] {"fact_budget", "SELECT *, fiscal_year_be AS fiscal_year FROM fact_budget"},
            new String[] {"fact_progress", "SELECT *, fiscal_year_be AS fiscal_year FROM fact_progress"},
            new String[] {"fact_kpi", "SELECT *, fiscal_year_be AS fiscal_year FROM fact_kpi"},
            new String[] {"fact_kpi_target", "SELECT *, fiscal_year_be AS fiscal_year FROM fact_kpi_target"},
            new String[] {"fact_activity", "SELECT *, fiscal_year_be AS fiscal_year FROM fact_activity"},
            new String[] {"submission_summary",
                "SELECT *, fiscal_year_be AS fiscal_year FROM v_submission_summary"},
            new String[] {"submission", """
                SELECT s.*, fp.fiscal_year_be AS fiscal_year, fp.quarter
                FROM submission s LEFT JOIN dim_fiscal_period fp USING (fiscal_period_id)"""});

    private static final List<String> WHOLE = List.of(
            "dim_agency", "dim_project", "dim_fiscal_period", "report_text", "ingest_run",
            // A mention's quarter is the period the amount is for, often NULL: one file, not partitioned.
            "fact_money_mention");

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS");

    private final Connection connection;
    private final Path root;

    public ParquetExporter(Connection connection, Path root) {
        this.connection = connection;
        this.root = root;
    }

    public void exportAll() throws SQLException, IOException {
        exportAll(table -> { });
    }

    /** @param afterPublish called with each table's name once it is published (a test hook's way in) */
    public void exportAll(java.util.function.Consumer<String> afterPublish) throws SQLException, IOException {
        Path versions = root.resolve(".versions");
        Files.createDirectories(versions);
        String stamp = LocalDateTime.now(ZoneOffset.UTC).format(STAMP);
        for (String[] t : PARTITIONED) {
            Path target = versions.resolve(t[0] + "@" + stamp);
            copy("COPY (" + t[1] + ") TO '" + sqlPath(target)
                    + "' (FORMAT parquet, PARTITION_BY (fiscal_year, quarter), WRITE_PARTITION_COLUMNS true)");
            publish(t[0], target);
            afterPublish.accept(t[0]);
        }
        for (String t : WHOLE) {
            Path target = versions.resolve(t + "@" + stamp);
            Files.createDirectories(target);
            copy("COPY " + t + " TO '" + sqlPath(target.resolve(t + ".parquet")) + "' (FORMAT parquet)");
            publish(t, target);
            afterPublish.accept(t);
        }
        pruneVersions(versions);
    }

    private void copy(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    /** Paths reach SQL only from our own directory names; quotes are still escaped. */
    private static String sqlPath(Path p) {
        return p.toAbsolutePath().toString().replace("'", "''");
    }

    private void publish(String table, Path version) throws IOException {
        Path link = root.resolve(table);
        Path tmp = root.resolve("." + table + ".next");
        Files.deleteIfExists(tmp);
        Files.createSymbolicLink(tmp, root.relativize(version));
        Files.move(tmp, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Keeps the current and the previous version of each table. */
    private void pruneVersions(Path versions) throws IOException {
        List<Path> all;
        try (Stream<Path> s = Files.list(versions)) {
            all = s.sorted(Comparator.comparing(Path::toString).reversed()).toList();
        }
        java.util.Map<String, Integer> kept = new java.util.HashMap<>();
        for (Path v : all) {
            String name = v.getFileName().toString();
            String table = name.substring(0, Math.max(0, name.indexOf('@')));
            if (kept.merge(table, 1, Integer::sum) > 2) {
                deleteTree(v);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
