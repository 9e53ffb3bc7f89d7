package th.planning.reports.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.duckdb.DuckDBConnection;

/**
 * Writes each table as Parquet under {@code parquet/<table>/fiscal_year=…/quarter=…/} with DuckDB's
 * COPY, and publishes the whole export atomically: every table goes into a new version directory
 * under {@code .parquet-versions/} beside {@code parquet}, then {@code parquet} itself, a symbolic
 * link, is switched to it with one rename. A dashboard opening {@code parquet/<table>} sees the
 * previous complete export or the new complete one, never a half-written one, and all its tables
 * from the same run.
 * <p>
 * The versions live outside the published folder and the tables are real directories inside it, so
 * a plain recursive glob ({@code parquet/**}/*.parquet) finds each row once: DuckDB's {@code **}
 * descends into hidden folders but not through symbolic links, so neither per-table links nor a
 * {@code parquet/.versions} folder could give that. The previous version is kept (a reader may still
 * be in it); older ones are removed.
 */
public final class ParquetExporter {

    /**
     * Tables by period (the fact tables of {@link FactTables#ALL} that are, then the submissions and their
     * summaries), each query giving the period as {@code fiscal_year} and {@code quarter}. Those two
     * are only in the folder names, not in the files (as Hive, Spark and DuckDB's PARTITION_BY write
     * them): a hive-partitioned reader gets one {@code fiscal_year} and one {@code quarter}. Files with
     * the columns as well gave it {@code fiscal_year_be} INTEGER beside {@code fiscal_year} BIGINT.
     */
    private static final List<String[]> PARTITIONED = java.util.stream.Stream.concat(
            FactTables.ALL.stream().filter(t -> t.export() != FactTable.Export.WHOLE)
                    .map(t -> new String[] {t.name(), byPeriod(t)}),
            java.util.stream.Stream.of(
                    // Each report once, for dashboards; per file (every rendition) for audit.
                    new String[] {"submission_summary",
                        "SELECT * RENAME (fiscal_year_be AS fiscal_year) FROM v_submission_summary"},
                    new String[] {"submission_file_summary",
                        "SELECT * RENAME (fiscal_year_be AS fiscal_year) FROM v_submission_file_summary"},
                    // The views' rules (rates, attained or not, where an activity's plan stood), declared once in
                    // R__views.sql, so a dashboard shows what SQL answers instead of writing the rules again.
                    new String[] {"budget_execution",
                        "SELECT * RENAME (fiscal_year_be AS fiscal_year) FROM v_budget_execution"},
                    new String[] {"kpi_attainment",
                        "SELECT * RENAME (fiscal_year_be AS fiscal_year) FROM v_kpi_attainment"},
                    new String[] {"activity_status",
                        "SELECT * RENAME (fiscal_year_be AS fiscal_year) FROM v_activity_status"},
                    new String[] {"submission", """
                        SELECT s.*, fp.fiscal_year_be AS fiscal_year, fp.quarter
                        FROM submission s LEFT JOIN dim_fiscal_period fp USING (fiscal_period_id)"""},
                    // Issue 19: the agency summaries' rows in force, and every finding with whether a correction
                    // resolved it (v_finding: the file's own, the summary against the reports, outdated corrections).
                    new String[] {"agency_summary_row",
                        "SELECT * EXCLUDE (agency_key, name_key, first_line_key) RENAME (fiscal_year_be AS fiscal_year)"
                            + " FROM v_agency_summary_row"},
                    new String[] {"finding", "SELECT * RENAME (fiscal_year_be AS fiscal_year) FROM v_finding"}))
            .toList();

    /**
     * A fact table's query by period: its own columns, or (findings) its submission's period, so a
     * dashboard reads a quarter's findings with its facts.
     */
    private static String byPeriod(FactTable<?> t) {
        return switch (t.export()) {
            case BY_PERIOD -> "SELECT * RENAME (fiscal_year_be AS fiscal_year) FROM " + t.name();
            case BY_SUBMISSION_PERIOD -> """
                    SELECT f.*, fp.fiscal_year_be AS fiscal_year, fp.quarter
                    FROM %s f JOIN submission s USING (submission_id)
                    LEFT JOIN dim_fiscal_period fp USING (fiscal_period_id)""".formatted(t.name());
            case WHOLE -> throw new IllegalArgumentException(t.name() + " is exported whole");
        };
    }

    /** The dimensions, the run history, and the fact tables written whole (e.g. a money mention's quarter is often NULL). */
    private static final List<String> WHOLE = java.util.stream.Stream.concat(
            java.util.stream.Stream.of("dim_agency", "dim_project", "dim_fiscal_period", "ingest_run",
                    // Issue 19: the corrections as recorded (append-only; v_correction gives each its state).
                    "correction"),
            FactTables.ALL.stream().filter(t -> t.export() == FactTable.Export.WHOLE).map(FactTable::name)).toList();

    /** Every table published, in the order they are exported. */
    public static final List<String> TABLES = java.util.stream.Stream.concat(
            PARTITIONED.stream().map(t -> t[0]), WHOLE.stream()).toList();

    /**
     * The export's layout and contents; part of the mark that says the export is current, so a warehouse
     * exported by an earlier layout is exported again though nothing new arrived. 2: the whole export
     * behind one link, versions outside it, partition columns only in the folder names, the summary per
     * report beside the per-file one. 3: {@code manifest.json} beside the tables, and the views
     * budget_execution, kpi_attainment and activity_status. 4: agency summary rows, all findings and
     * corrections (issue 19).
     */
    public static final int LAYOUT = 4;

    /** The manifest's name in the published folder (see {@link ParquetManifest}). */
    public static final String MANIFEST = ParquetManifest.FILE_NAME;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS");

    private static final int THREADS = 2;

    private final DuckDBConnection connection;
    private final Path root;
    private final Path versions;

    /**
     * @param root the published folder, {@code <warehouse>/parquet}; its versions go beside it, in
     *             {@code .parquet-versions}
     */
    public ParquetExporter(DuckDBConnection connection, Path root) {
        this.connection = connection;
        this.root = root.toAbsolutePath().normalize();
        this.versions = this.root.resolveSibling("." + this.root.getFileName() + "-versions");
    }

    public void exportAll() throws SQLException, IOException {
        exportAll(table -> { });
    }

    /**
     * Exports every table into a new version, two at a time on connections of their own (a COPY mostly
     * keeps one core busy, and the export is the end of every run, when nothing else is left to do),
     * then publishes the version when every table is in it.
     *
     * @param afterWrite called with each table's name once it is written into the new version, not yet
     *                   published (a test hook's way in)
     */
    public void exportAll(java.util.function.Consumer<String> afterWrite) throws SQLException, IOException {
        Path previous = published();
        Files.createDirectories(versions);
        Path version = newVersion();
        Queue<Export> todo = new ConcurrentLinkedQueue<>();
        java.util.Map<String, ParquetManifest.Table> written = new java.util.concurrent.ConcurrentHashMap<>();
        for (String[] t : PARTITIONED) {
            todo.add(new Export(t[0], version.resolve(t[0]), t[1], true));
        }
        for (String t : WHOLE) {
            todo.add(new Export(t, version.resolve(t), "SELECT * FROM " + t, false));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Void>> workers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            workers.add(pool.submit(() -> exportEach(todo, written, afterWrite)));
        }
        pool.shutdown();
        Throwable failure = null;
        for (Future<Void> w : workers) {
            try {
                w.get();
            } catch (ExecutionException e) {
                failure = failure == null ? e.getCause() : failure;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null && Files.exists(version)) {
            // Never published: no reader is in it. (A crash leaves one behind: removed by the next export.)
            deleteTree(version);
        }
        if (failure instanceof SQLException e) {
            throw e;
        } else if (failure instanceof IOException e) {
            throw e;
        } else if (failure != null) {
            throw new IOException("Parquet export failed: " + failure, failure);
        }
        // Inside the version, so it is switched with the tables it lists.
        ParquetManifest.write(connection, version, TABLES.stream().map(written::get).toList());
        publish(version);
        pruneVersions(version, previous);
    }

    /**
     * The version {@code parquet} links to now, or null before the first export. A {@code parquet}
     * directory of the earlier layout (a link per table into {@code parquet/.versions}) is first moved
     * whole into the versions and linked to, so it is kept as the previous version like any other
     * (its links are relative, so they still resolve there). The two renames leave {@code parquet}
     * missing for an instant, once in a warehouse's life.
     */
    private Path published() throws IOException {
        if (Files.isSymbolicLink(root)) {
            Path target = root.resolveSibling(Files.readSymbolicLink(root)).normalize();
            if (!versions.equals(target.getParent())) {
                // Not ours (a link to a share, say): switching it would silently stop publishing there.
                throw new IOException("cannot publish the Parquet export: " + root + " is a link to " + target
                        + ", not to a version in " + versions + " (the export publishes " + root
                        + " as its own link; move that link away)");
            }
            return target;
        }
        if (!Files.exists(root)) {
            return null;
        }
        if (!Files.isDirectory(root)) {
            throw new IOException("cannot publish the Parquet export: " + root
                    + " is neither a directory nor a link (move it away)");
        }
        Files.createDirectories(versions);
        Path legacy = newVersion();
        Files.move(root, legacy, StandardCopyOption.ATOMIC_MOVE);
        publish(legacy);
        return legacy;
    }

    /** A new, empty version directory named by the time (made unique if that name is taken). */
    private Path newVersion() throws IOException {
        String stamp = LocalDateTime.now(ZoneOffset.UTC).format(STAMP);
        Path v = versions.resolve(stamp);
        for (int n = 2; Files.exists(v, java.nio.file.LinkOption.NOFOLLOW_LINKS); n++) {
            v = versions.resolve(stamp + "-" + n);
        }
        return v;
    }

    /** One worker: takes the next table until none is left; on a failure the others stop after their current one. */
    private Void exportEach(Queue<Export> todo, java.util.Map<String, ParquetManifest.Table> written,
            java.util.function.Consumer<String> afterWrite) throws SQLException, IOException {
        try (Connection c = connection.duplicate()) {
            for (Export e = todo.poll(); e != null; e = todo.poll()) {
                Files.createDirectories(e.target());
                List<ParquetManifest.DataFile> files = new ArrayList<>();
                if (e.byPeriod()) {
                    files.addAll(copyByPeriod(c, e));
                } else {
                    Path file = e.target().resolve(e.table() + ".parquet");
                    copy(c, e.query(), file);
                    files.add(ParquetManifest.DataFile.of(c, file, null, null));
                }
                written.put(e.table(), ParquetManifest.Table.of(c, e.table(), e.byPeriod(),
                        e.byPeriod() ? "SELECT * EXCLUDE (fiscal_year, quarter) FROM (" + e.query() + ")" : e.query(),
                        files));
                afterWrite.accept(e.table());
            }
        } catch (SQLException | IOException | RuntimeException e) {
            todo.clear();
            throw e;
        }
        return null;
    }

    /** One table's export into its new version directory: its query, and whether it is split by period. */
    private record Export(String table, Path target, String query, boolean byPeriod) {
    }

    /**
     * One plain COPY per period into Hive-style folders, named as DuckDB's PARTITION_BY names them
     * (a NULL period is __HIVE_DEFAULT_PARTITION__). Not PARTITION_BY itself: it buffers every
     * partition's rows before writing, and on the text-heavy tables under the warehouse's memory
     * limit that took 2.3 s for fact_activity at 10,000 files, against 0.2 s for a plain COPY.
     */
    private static List<ParquetManifest.DataFile> copyByPeriod(Connection c, Export e)
            throws SQLException, IOException {
        List<Integer[]> periods = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT DISTINCT fiscal_year, quarter FROM (" + e.query() + ")")) {
            while (rs.next()) {
                periods.add(new Integer[] {rs.getObject(1, Integer.class), rs.getObject(2, Integer.class)});
            }
        }
        List<ParquetManifest.DataFile> files = new ArrayList<>();
        for (Integer[] p : periods) {
            Path file = e.target().resolve("fiscal_year=" + hive(p[0])).resolve("quarter=" + hive(p[1]))
                    .resolve("data_0.parquet");
            Files.createDirectories(file.getParent());
            copy(c, "SELECT * EXCLUDE (fiscal_year, quarter) FROM (" + e.query()
                    + ") WHERE fiscal_year IS NOT DISTINCT FROM " + p[0]
                    + " AND quarter IS NOT DISTINCT FROM " + p[1], file);
            files.add(ParquetManifest.DataFile.of(c, file, p[0], p[1]));
        }
        return files;
    }

    private static String hive(Integer value) {
        return value == null ? "__HIVE_DEFAULT_PARTITION__" : value.toString();
    }

    /**
     * Row groups are bounded in bytes, not only in rows (DuckDB's default, 122,880): a period's
     * fact_activity carries about 2.5 KB of Thai text a row, so a default row group of a big quarter
     * outgrew the warehouse's memory limit and the COPY crawled while it spilled (77,000 rows at
     * 20,000 files: 3.6 s, against 2.0 s with row groups of 32 MB; the whole export 5.2 → 2.8 s).
     * It also keeps the export's memory the same whatever the size of a quarter.
     */
    private static void copy(Connection c, String query, Path file) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("COPY (" + query + ") TO '" + sqlPath(file) + "' (FORMAT parquet, ROW_GROUP_SIZE_BYTES '32MB')");
        }
    }

    /** Paths reach SQL only from our own directory names; quotes are still escaped. */
    private static String sqlPath(Path p) {
        return p.toAbsolutePath().toString().replace("'", "''");
    }

    /** Switches {@code parquet} to the version with one rename of a new link over it. */
    private void publish(Path version) throws IOException {
        Path tmp = root.resolveSibling("." + root.getFileName() + ".next");
        Files.deleteIfExists(tmp);
        Files.createSymbolicLink(tmp, root.getParent().relativize(version));
        Files.move(tmp, root, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Keeps the version just published and the one it replaced (a reader may still be in it); removes
     * the rest, versions an export that died before publishing left behind included.
     */
    private void pruneVersions(Path current, Path previous) throws IOException {
        List<Path> all;
        try (Stream<Path> s = Files.list(versions)) {
            all = s.toList();
        }
        for (Path v : all) {
            if (!v.equals(current) && !v.equals(previous)) {
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
