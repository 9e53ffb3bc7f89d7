package th.planning.reports.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duckdb.DuckDBConnection;

/**
 * The DuckDB warehouse file of one output directory. One process writes it at a time (DuckDB's own
 * rule, enforced by the job's run lock); within the process, writes are serialised here, and every
 * batch of submissions goes in as one transaction, so a crash never leaves half a file's rows.
 *
 * <p>The {@code submission} table is the ledger of what has been done: a file whose content hash is
 * in it is never read again, which is what makes runs restartable and idempotent whatever the job
 * repository says.
 */
public final class Warehouse implements AutoCloseable {

    public static final String FILE_NAME = "warehouse.duckdb";
    /** DuckDB's memory budget; see the constructor. */
    static final String MEMORY_LIMIT = "256MB";

    private final Path dir;
    private final DuckDBConnection connection;
    private final Map<String, KnownFile> bySha = new HashMap<>();
    private final Map<String, KnownFile> byPath = new HashMap<>();
    private final SubmissionLoader loader;

    /** A file the warehouse has already recorded. */
    public record KnownFile(String path, String sha256, long size, Instant modified, String status) {
    }

    private Warehouse(Path dir, DuckDBConnection connection) throws SQLException {
        this.dir = dir;
        this.connection = connection;
        // DuckDB's own memory, beside the JVM heap: by default it takes most of the machine's RAM and
        // the Parquet export of a large warehouse made the process grow with N. Capped, DuckDB spills
        // to its temporary directory instead.
        try (Statement st = connection.createStatement()) {
            st.execute("SET memory_limit = '" + MEMORY_LIMIT + "'");
            st.execute("SET temp_directory = '" + dir.resolve(".duckdb-tmp").toAbsolutePath().toString()
                    .replace("'", "''") + "'");
        }
        Migrations.apply(connection);
        // The loader appends by position: the one table of fact tables must list each table's columns
        // as the migrations made them, or nothing is loaded.
        FactTables.checkCatalogue(connection, FactTables.ALL);
        loadKnownFiles();
        this.loader = new SubmissionLoader(connection);
    }

    public static Warehouse open(Path dir) throws SQLException {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new SQLException("cannot create warehouse directory " + dir + ": " + e.getMessage(), e);
        }
        Path file = dir.resolve(FILE_NAME);
        Connection c = null;
        try {
            c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
            return new Warehouse(dir, c.unwrap(DuckDBConnection.class));
        } catch (SQLException e) {
            if (c != null) {
                c.close();
            }
            throw damagedOr(file, e);
        }
    }

    /**
     * Opens an existing warehouse file once, read-only, so that a damaged one is reported before a run
     * starts anything else (the caller holds the run lock, so no writer can be in the middle of it).
     *
     * @throws WarehouseDamagedException when DuckDB says the file is not a whole database
     */
    public static void checkIntact(Path dir) throws SQLException {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return;
        }
        java.util.Properties readOnly = new java.util.Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), readOnly)) {
            c.isValid(0);
        } catch (SQLException e) {
            throw damagedOr(file, e);
        }
    }

    /** {@code e} as a {@link WarehouseDamagedException} when its message says the file is damaged. */
    public static SQLException damagedOr(Path file, SQLException e) {
        return StorageFault.of(e).orElse(null) == StorageFault.DAMAGED ? new WarehouseDamagedException(file, e) : e;
    }

    public Path dir() {
        return dir;
    }

    /** A connection of its own for one thread's reads (DuckDB connections are not shared across threads). */
    public DuckDBConnection newConnection() throws SQLException {
        return (DuckDBConnection) connection.duplicate();
    }

    private void loadKnownFiles() throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery(
                     "SELECT path, sha256, size_bytes, modified_at, status FROM submission ORDER BY submission_id")) {
            while (rs.next()) {
                LocalDateTime m = rs.getObject(4, LocalDateTime.class);
                remember(new KnownFile(rs.getString(1), rs.getString(2), rs.getLong(3),
                        m == null ? null : m.toInstant(ZoneOffset.UTC), rs.getString(5)));
            }
        }
    }

    private void remember(KnownFile k) {
        // Only an original (loaded or rejected) stands for its content. The scan records a duplicate
        // before the run has loaded its original; after a crash in between, the duplicate must not make
        // the original look known, or the original would become a "duplicate" of its copy and its
        // rows would never be loaded.
        if (!Submission.Status.DUPLICATE.label().equals(k.status())) {
            bySha.putIfAbsent(k.sha256(), k);
        }
        byPath.put(k.path(), k);
    }

    /** The recorded original (loaded or rejected) with this content, if any; never a duplicate record. */
    public synchronized Optional<KnownFile> bySha(String sha256) {
        return Optional.ofNullable(bySha.get(sha256));
    }

    /** The recorded file at this path whose size and modification time are unchanged, if any. */
    public synchronized Optional<KnownFile> unchanged(String relativePath, long size, Instant modified) {
        KnownFile k = byPath.get(relativePath);
        return k != null && k.size() == size && k.modified() != null && k.modified().equals(modified)
                ? Optional.of(k) : Optional.empty();
    }

    /**
     * Writes one batch in a single transaction. Submissions whose file (same content, same path) is
     * already recorded are left out, so a batch replayed after a crash adds nothing twice.
     *
     * @return the number of submissions written
     */
    public synchronized int write(long runId, List<Submission> batch) throws SQLException {
        List<Submission> fresh = batch.stream()
                .filter(s -> !alreadyRecorded(s.file()))
                .toList();
        if (fresh.isEmpty()) {
            return 0;
        }
        loader.load(runId, fresh);
        for (Submission s : fresh) {
            IncomingFile f = s.file();
            remember(new KnownFile(f.relativePath(), f.sha256(), f.size(), f.modified(), s.status().label()));
        }
        return fresh.size();
    }

    private boolean alreadyRecorded(IncomingFile f) {
        return recorded(f.relativePath(), f.sha256());
    }

    /** Whether this path's latest record has this content (whatever became of it). */
    public synchronized boolean recorded(String relativePath, String sha256) {
        KnownFile k = byPath.get(relativePath);
        return k != null && k.sha256().equals(sha256);
    }

    public synchronized void startRun(long runId, String inputDir) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO ingest_run (run_id, started_at, input_dir, status) VALUES (?, current_timestamp, ?, 'running')")) {
            ps.setLong(1, runId);
            ps.setString(2, inputDir);
            ps.executeUpdate();
        }
    }

    /**
     * @param seen     files the scan counted (not ignored), whether new or not
     * @param newFiles files the scan handed to the run for reading
     */
    public synchronized void finishRun(long runId, String status, int seen, int newFiles) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                UPDATE ingest_run SET finished_at = current_timestamp, status = ?, files_seen = ?, files_new = ?,
                  loaded = (SELECT count(*) FROM submission WHERE run_id = ? AND status = 'loaded'),
                  rejected = (SELECT count(*) FROM submission WHERE run_id = ? AND status = 'rejected'),
                  duplicates = (SELECT count(*) FROM submission WHERE run_id = ? AND status = 'duplicate')
                WHERE run_id = ?""")) {
            ps.setString(1, status);
            ps.setInt(2, seen);
            ps.setInt(3, newFiles);
            for (int i = 4; i <= 7; i++) {
                ps.setLong(i, runId);
            }
            ps.executeUpdate();
        }
    }

    /** Runs still marked running belong to a process that died (the caller holds the run lock). */
    public synchronized void markAbandonedRuns() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("UPDATE ingest_run SET status = 'abandoned' WHERE status = 'running'");
        }
    }

    public synchronized long nextRunId() throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(max(run_id), 0) + 1 FROM ingest_run")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Analysts' corrections from the journal beside the warehouse that its correction table lacks (a
     * warehouse rebuilt from the drop folder): see {@link Corrections#replay}.
     */
    public synchronized int replayCorrections() throws SQLException, IOException {
        return Corrections.replay(connection, dir.resolve(Corrections.JOURNAL));
    }

    /**
     * Writes the Parquet export for dashboards; see {@link ParquetExporter}.
     *
     * @param afterWrite called with each table's name once it is written, before the export is published
     */
    public synchronized void exportParquet(java.util.function.Consumer<String> afterWrite)
            throws SQLException, IOException {
        new ParquetExporter(connection, dir.resolve("parquet")).exportAll(afterWrite);
    }

    /**
     * Exports only when submissions changed since the last complete export, so a nightly run that
     * finds nothing new costs no export. The mark is written after the export is published: a run
     * that died before exporting leaves the old mark, and the next run exports even with nothing new.
     * The mark names the export's layout too: a new layout is exported the first time it runs. It lives
     * beside the published folder, not in it, so the published tree holds only the tables.
     *
     * @return whether it exported
     */
    public synchronized boolean exportParquetIfChanged(java.util.function.Consumer<String> afterWrite)
            throws SQLException, IOException {
        String state;
        try (Statement st = connection.createStatement();
             // The first record's time names this warehouse: one rebuilt after a loss, with as many
             // submissions as the lost one, is still exported.
             ResultSet rs = st.executeQuery("SELECT count(*) || ':' || coalesce(max(submission_id), 0) || ':'"
                     + " || coalesce(CAST(min(processed_at) AS VARCHAR), '') || ' layout "
                     + ParquetExporter.LAYOUT + "'"
                     // a correction changes the export too (issue 19)
                     + " || ' corrections ' || (SELECT count(*) FROM correction) FROM submission")) {
            rs.next();
            state = rs.getString(1);
        }
        Path root = dir.resolve("parquet");
        Path mark = dir.resolve(".parquet-exported");
        if (Files.isRegularFile(mark) && Files.readString(mark).strip().equals(state)
                && Files.exists(root.resolve("submission"))) {
            return false;
        }
        exportParquet(afterWrite);
        Path tmp = dir.resolve(".parquet-exported.next");
        Files.writeString(tmp, state + "\n");
        Files.move(tmp, mark, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return true;
    }

    @Override
    public synchronized void close() throws SQLException {
        try {
            loader.close();
        } finally {
            connection.close();
        }
    }
}
