package th.planning.reports.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import th.planning.reports.warehouse.StorageFault;
import th.planning.reports.warehouse.Warehouse;
import th.planning.reports.warehouse.WarehouseDamagedException;

/**
 * The last runs, for {@code report-etl status}: counts from the warehouse's {@code ingest_run} table
 * (the ledger, always there) and, for runs that did not complete, the reason the job repository
 * recorded. Plain JDBC and read-only on both, so it needs no Spring context and never takes the run
 * lock (taking it would make a nightly run starting at that moment refuse); it holds the readers' lock
 * (see {@link RunLock#forReading}) while it has either open, so a run starting then waits for it
 * instead of failing to open them, and it opens neither while a run is active.
 */
public final class RunHistory {

    /** One run as the operator sees it; {@code reason} is null for a completed run. */
    public record Run(long runId, LocalDateTime started, LocalDateTime finished, String status, Integer seen,
                      Integer newFiles, Integer loaded, Integer rejected, Integer duplicates, String reason) {

        public boolean failed() {
            return !"completed".equals(status) && !"running".equals(status);
        }
    }

    /** A file a run rejected, with why. */
    public record Rejection(long runId, String path, String reason) {
    }

    public record History(List<Run> runs, List<Rejection> lastRejections) {
    }

    /** DuckDB refuses a read-only open while a writer holds the file: that is a run in progress. */
    public static final class WarehouseBusyException extends Exception {
        WarehouseBusyException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** No warehouse at the path given: nothing has run there, or the path is wrong. */
    public static final class NoWarehouseException extends Exception {
        NoWarehouseException(String message) {
            super(message);
        }
    }

    private RunHistory() {
    }

    /** The default job repository location, the same as application.properties'. */
    public static String defaultJobRepositoryUrl(Path warehouseDir) {
        return "jdbc:h2:file:" + warehouseDir.toAbsolutePath().normalize().resolve("batch/job-repository");
    }

    /**
     * @param jobRepositoryUrl null for the default H2 file; reasons are left out if it cannot be read
     */
    public static History read(Path warehouseDir, String jobRepositoryUrl, int limit)
            throws SQLException, WarehouseBusyException, NoWarehouseException {
        if (!Files.isDirectory(warehouseDir)) {
            throw new NoWarehouseException("there is no warehouse at " + warehouseDir.toAbsolutePath()
                    + " (no such directory; is --warehouse right?)");
        }
        java.io.Closeable reading;
        try {
            reading = RunLock.forReading(warehouseDir);
        } catch (RunLock.AlreadyRunningException e) {
            throw new WarehouseBusyException(e.getMessage(), e);
        } catch (java.io.IOException e) {
            reading = null;
        }
        try (java.io.Closeable held = reading) {
            return readUnderLock(warehouseDir, jobRepositoryUrl, limit);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);   // only releasing the lock file
        }
    }

    private static History readUnderLock(Path warehouseDir, String jobRepositoryUrl, int limit)
            throws SQLException, WarehouseBusyException, NoWarehouseException {
        Path file = warehouseDir.resolve(Warehouse.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new NoWarehouseException("there is no warehouse at " + file.toAbsolutePath()
                    + " (no run has created it there yet; the next ingest does)");
        }
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        List<Run> runs = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        Connection c;
        try {
            c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), readOnly);
        } catch (SQLException e) {
            // A damaged file is no running job: say which it is (DuckDB's message tells them apart).
            if (StorageFault.of(e).orElse(null) == StorageFault.DAMAGED) {
                throw new WarehouseDamagedException(file, e);
            }
            throw new WarehouseBusyException("the warehouse " + file + " is held by a running job; try again when"
                    + " it has finished (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
        Map<Long, String> reasons = failureReasons(
                jobRepositoryUrl != null ? jobRepositoryUrl : defaultJobRepositoryUrl(warehouseDir));
        try (c; PreparedStatement ps = c.prepareStatement("""
                SELECT run_id, started_at, finished_at, status, files_seen, files_new, loaded, rejected, duplicates
                FROM ingest_run ORDER BY run_id DESC LIMIT ?""")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String status = rs.getString(4);
                    String reason = reasons.get(id);
                    if (reason == null && "abandoned".equals(status)) {
                        reason = "the process ended without finishing the run (killed or crashed)";
                    }
                    runs.add(new Run(id, rs.getObject(2, LocalDateTime.class), rs.getObject(3, LocalDateTime.class),
                            status, integer(rs, 5), integer(rs, 6), integer(rs, 7), integer(rs, 8), integer(rs, 9),
                            "completed".equals(status) ? null : reason));
                }
            }
            if (!runs.isEmpty()) {
                try (PreparedStatement r = c.prepareStatement("""
                        SELECT path, reason FROM submission WHERE run_id = ? AND status = 'rejected'
                        ORDER BY path LIMIT 50""")) {
                    r.setLong(1, runs.get(0).runId());
                    try (ResultSet rs = r.executeQuery()) {
                        while (rs.next()) {
                            rejections.add(new Rejection(runs.get(0).runId(), rs.getString(1), rs.getString(2)));
                        }
                    }
                }
            }
        }
        return new History(runs, rejections);
    }

    private static Integer integer(ResultSet rs, int col) throws SQLException {
        int v = rs.getInt(col);
        return rs.wasNull() ? null : v;
    }

    /**
     * Exit messages of executions that did not complete, by warehouse run id (the job parameter
     * {@code run.id}). The job repository is secondary here: when it is missing or locked the status
     * still shows the runs, only without reasons.
     */
    static Map<Long, String> failureReasons(String url) {
        // A warehouse rebuilt after its file was lost numbers its runs from 1 again beside the old
        // executions: in execution order the newest one of a run id decides.
        Map<Long, String> out = new HashMap<>();
        String u = url.startsWith("jdbc:h2:") && !url.contains("IFEXISTS") ? url + ";IFEXISTS=TRUE" : url;
        try (Connection c = DriverManager.getConnection(u, "sa", "");
             PreparedStatement ps = c.prepareStatement("""
                     SELECT p.PARAMETER_VALUE, e.STATUS, e.EXIT_MESSAGE,
                       (SELECT MIN(s.STEP_NAME || ': ' || s.EXIT_MESSAGE) FROM BATCH_STEP_EXECUTION s
                        WHERE s.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND s.STATUS <> 'COMPLETED'
                          AND s.EXIT_MESSAGE IS NOT NULL AND s.EXIT_MESSAGE <> '')
                     FROM BATCH_JOB_EXECUTION e
                     JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID
                     WHERE p.PARAMETER_NAME = ?
                     ORDER BY e.JOB_EXECUTION_ID""")) {
            ps.setString(1, IngestJobConfiguration.RUN_ID);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if ("COMPLETED".equals(rs.getString(2))) {
                        out.remove(Long.parseLong(rs.getString(1)));
                        continue;
                    }
                    String msg = firstLine(rs.getString(3));
                    if (msg.isEmpty()) {
                        msg = firstLine(rs.getString(4));
                    }
                    out.put(Long.parseLong(rs.getString(1)), rs.getString(2).toLowerCase() + (msg.isEmpty() ? "" : ": " + msg));
                }
            }
        } catch (SQLException | NumberFormatException e) {
            return Map.of();
        }
        return out;
    }

    /** Exit messages are stack traces; the first line carries the exception and its message. */
    private static String firstLine(String s) {
        return s == null ? "" : s.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    }

    public static String render(History h) {
        if (h.runs().isEmpty()) {
            return "no runs recorded yet\n";
        }
        StringBuilder b = new StringBuilder();
        b.append(String.format("%5s  %-19s  %-19s  %6s  %6s  %6s  %8s  %4s  %s%n",
                "run", "started", "finished", "seen", "new", "loaded", "rejected", "dup", "status"));
        for (Run r : h.runs()) {
            b.append(String.format("%5d  %-19s  %-19s  %6s  %6s  %6s  %8s  %4s  %s%n", r.runId(), time(r.started()),
                    time(r.finished()), dash(r.seen()), dash(r.newFiles()), dash(r.loaded()), dash(r.rejected()),
                    dash(r.duplicates()), r.status()));
        }
        List<Run> failed = h.runs().stream().filter(Run::failed).toList();
        if (!failed.isEmpty()) {
            b.append("runs that did not complete:\n");
            for (Run r : failed) {
                b.append(String.format("  run %d %s: %s%n", r.runId(), r.status(),
                        r.reason() == null ? "no reason recorded in the job repository" : r.reason()));
            }
        }
        if (!h.lastRejections().isEmpty()) {
            b.append("rejected in run ").append(h.lastRejections().get(0).runId()).append(":\n");
            for (Rejection r : h.lastRejections()) {
                b.append("  ").append(r.path()).append(": ").append(r.reason()).append('\n');
            }
        }
        return b.toString();
    }

    private static String time(LocalDateTime t) {
        return t == null ? "-" : t.withNano(0).toString().replace('T', ' ');
    }

    private static String dash(Integer i) {
        return i == null ? "-" : i.toString();
    }
}
