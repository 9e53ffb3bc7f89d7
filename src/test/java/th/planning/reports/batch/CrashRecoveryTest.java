package th.planning.reports.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import th.planning.reports.warehouse.Warehouse;

/**
 * Crash safety with real processes: the job runs in a child JVM that dies abruptly — by the test hook
 * {@link CrashHook} ({@code Runtime.halt}, as abrupt as kill -9) at chosen points, and by
 * {@code Process.destroyForcibly()} (SIGKILL) at a point in time — then a new JVM runs the job to the end,
 * and its warehouse must equal a clean run's, table by table, compared by natural keys (path, sha256,
 * names, values; never run ids, timestamps or surrogate ids): no lost and no doubled rows. After every
 * kill and every recovery the published {@code parquet} must be a complete, readable export, and
 * the job repository must hold no execution still STARTED.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashRecoveryTest {

    static final Path SAMPLE_DIR = Path.of("sample-input/2567/Q4/สำนักงานสถิติแห่งชาติ");
    /**
     * 12 reports × docx, pdf, xlsx, the agency's summary workbook of them, a copy and a bad file: 38 new
     * files, in one or two chunks (the partitions share them).
     */
    static final int REPORTS = 12;
    /** The new files a run reads: every file but the copy, which the scan tells a duplicate. */
    static final int NEW_FILES = 38;
    static final String MAIN = "th.planning.reports.cli.ReportEtl";
    static final Duration RUN_LIMIT = Duration.ofMinutes(3);

    @TempDir
    static Path tmp;
    Path drop;
    Path reference;
    final Map<String, String> results = new LinkedHashMap<>();

    @BeforeAll
    void dropFolderAndCleanReferenceRun() throws Exception {
        drop = tmp.resolve("drop");
        Path agency = drop.resolve("2567/Q4/สำนักงานสถิติแห่งชาติ");
        Files.createDirectories(agency);
        // reports 01-11 and 13, the first whose activities are groups with steps (fact_activity_step)
        for (int i = 1; i <= REPORTS + 1; i++) {
            if (i == REPORTS) {
                continue;
            }
            for (String ext : new String[] {"docx", "pdf", "xlsx"}) {
                String name = "report-%02d.%s".formatted(i, ext);
                Files.copy(SAMPLE_DIR.resolve(name), agency.resolve(name));
            }
        }
        // The same content under another name (a duplicate, recorded during the scan) and a file that is
        // not what its name says (rejected): both kinds of ledger row must survive a crash too.
        Files.copy(SAMPLE_DIR.resolve("report-07.pdf"), agency.resolve("สำเนา report-07.pdf"));
        Files.writeString(agency.resolve("notes.xlsx"), "not a spreadsheet\n");
        // The agency's summary of the 12 (issue 19): its own tables must survive a crash as the others do.
        th.planning.reports.support.SummaryWorkbooks.write(agency.resolve("สรุปผลการดำเนินงาน ไตรมาส ๔.xlsx"),
                th.planning.reports.support.SummaryWorkbooks.Layout.CLASSIC,
                new th.planning.reports.support.SummaryWorkbooks.Spec("สำนักงานสถิติแห่งชาติ", 2567, 4,
                        th.planning.reports.support.SummaryWorkbooks.sampleAgencyLines().subList(0, REPORTS), null));

        reference = tmp.resolve("reference");
        Child clean = Child.start(drop, reference, "reference");
        assertThat(clean.waitFor()).as(clean.log()).isZero();
        results.put("reference run", "%.1f s".formatted(clean.seconds()));
        try (Connection c = duck(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT status, count(*) FROM ref.submission GROUP BY 1 ORDER BY 1")) {
            List<String> counts = new ArrayList<>();
            while (rs.next()) {
                counts.add(rs.getString(1) + " " + rs.getInt(2));
            }
            assertThat(counts).containsExactly("duplicate 1", "loaded 37", "rejected 1");
        }
    }

    @AfterAll
    void report() {
        StringBuilder sb = new StringBuilder("crash recovery (kill → recover → compare):\n");
        results.forEach((k, v) -> sb.append("  ").append(k).append(": ").append(v).append('\n'));
        System.out.print(sb);
    }

    @Test
    void haltedAfterTheScanWroteItsDuplicates() throws Exception {
        haltAndRecover("scan");
    }

    @Test
    void haltedAfterTheFirstChunkCommittedThenTheRecoveryHaltedToo() throws Exception {
        haltAndRecover("chunk:1", "before-export");
    }

    /**
     * A chunk read and staged on disk, not yet in the warehouse: the next run loads the staged chunk
     * first (its files are then recorded, so the scan does not read them again) and the rest as usual.
     */
    @Test
    void haltedAfterAChunkWasStagedBeforeItWasLoadedThenTheNextRunLoadsTheStagedChunkFirst() throws Exception {
        Path wh = tmp.resolve("halt-staged-1");
        Child run = Child.start(drop, wh, "staged:1", "-Dreport-etl.crash-at=staged:1");
        assertThat(run.waitFor()).as(run.log()).isEqualTo(137);
        List<Path> staged;
        try (Stream<Path> s = Files.list(wh.resolve("staged"))) {
            staged = s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).toList();
        }
        // the halting partition's chunk; the other partition may have staged its own an instant before
        assertThat(staged).hasSizeBetween(1, 2);
        long lines = 0;
        for (Path p : staged) {
            lines += Files.readAllLines(p).size();
        }
        assertThat(count(wh, "SELECT count(*) FROM submission WHERE status <> 'duplicate'")).isZero();
        Child again = Child.start(drop, wh, "staged-recover");
        assertThat(again.waitFor()).as(again.log()).isZero();
        // the recovery's first step recorded the staged chunk's files, and its scan then left them out
        assertThat(again.log()).contains("reading " + (NEW_FILES - lines) + " new files");
        try (Stream<Path> s = Files.list(wh.resolve("staged"))) {
            assertThat(s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).toList()).isEmpty();
        }
        assertThat(differences(wh)).as("tables that differ from the clean run").isEmpty();
        assertPublishedExportsReadable(wh, true);
        results.put("halt after a chunk was staged, before it was loaded",
                "%d files staged; recovered in %.1f s, equal".formatted(lines, again.seconds()));
    }

    @Test
    void haltedAfterTheLastChunkCommittedBeforeTheStepRecordedIt() throws Exception {
        haltAndRecover("chunk:last");
    }

    @Test
    void haltedAfterAllFilesLoadedBeforeTheExport() throws Exception {
        haltAndRecover("before-export");
    }

    @Test
    void haltedInTheMiddleOfTheExportThenAgainOverAPublishedExport() throws Exception {
        Path wh = haltAndRecover("export:fact_kpi");
        // Now the export is published: a run dies half-way through writing the next one; the published
        // one must still be complete. A run with nothing new skips the export,
        // so drop the mark that says the export is current to make this one publish again.
        java.nio.file.Files.delete(wh.resolve(".parquet-exported"));
        Child again = Child.start(drop, wh, "export-again", "-Dreport-etl.crash-at=export:submission_summary");
        assertThat(again.waitFor()).as(again.log()).isEqualTo(137);
        assertPublishedExportsReadable(wh, true);
        Child finish = Child.start(drop, wh, "export-again-recover");
        assertThat(finish.waitFor()).as(finish.log()).isZero();
        assertSameAsReference(wh);
        assertPublishedExportsReadable(wh, true);
        // The halted runs' unpublished exports are gone; the current one and the one before it are kept.
        try (Stream<Path> versions = Files.list(wh.resolve(".parquet-versions"))) {
            assertThat(versions.toList()).hasSize(2).contains(wh.resolve("parquet").toRealPath());
        }
    }

    @Test
    void killedWithSigkillWhileReadingFiles() throws Exception {
        Path wh = tmp.resolve("sigkill");
        Child run = Child.start(drop, wh, "sigkill");
        // At the first progress line (a few files read, most not): a point in time, not a hook.
        run.awaitLog("/" + NEW_FILES + " files (");
        run.process.destroyForcibly();
        assertThat(run.waitFor()).as("killed, not finished: " + run.log()).isEqualTo(137);
        long committed = count(wh, "SELECT count(*) FROM submission");
        recover(wh, "SIGKILL at the first progress line (" + committed + " of " + NEW_FILES + " files committed)", run);
    }

    @Test
    void aSecondRunRefusesWhileOneIsRunningThenTheFirstIsKilled() throws Exception {
        Path wh = tmp.resolve("locked");
        Child first = Child.start(drop, wh, "locked-first", "-Dreport-etl.slow-per-file-ms=400");
        first.awaitLog("reading " + NEW_FILES + " new files");
        Child second = Child.start(drop, wh, "locked-second");
        assertThat(second.waitFor()).as(second.log()).isEqualTo(3);
        assertThat(second.log()).contains("another run is using the warehouse").contains("this run did nothing");
        assertThat(first.process.isAlive()).isTrue();
        first.process.destroyForcibly();
        assertThat(first.waitFor()).as("killed, not finished: " + first.log()).isEqualTo(137);
        long committed = count(wh, "SELECT count(*) FROM submission");
        results.put("second run while one runs", "exit 3 in %.1f s".formatted(second.seconds()));
        recover(wh, "SIGKILL of the slowed first run (" + committed + " of " + NEW_FILES + " files committed)", first);
    }

    // ---------------------------------------------------------------------------------------------

    /** Halts a run at each point in turn on one warehouse (the later ones halt recovery runs), then recovers. */
    private Path haltAndRecover(String... points) throws Exception {
        Path wh = tmp.resolve("halt-" + String.join("-", points).replace(':', '-'));
        Child run = null;
        for (String point : points) {
            run = Child.start(drop, wh, point, "-Dreport-etl.crash-at=" + point);
            assertThat(run.waitFor()).as("halted at " + point + ": " + run.log()).isEqualTo(137);
            assertThat(run.log()).contains("crash hook: halting at " + point);
            assertPublishedExportsReadable(wh, false);
        }
        recover(wh, "halt at " + String.join(", then at ", points), run);
        return wh;
    }

    private void recover(Path wh, String label, Child killed) throws Exception {
        assertPublishedExportsReadable(wh, false);
        Child again = Child.start(drop, wh, label.replaceAll("\\W+", "-") + "-recover");
        assertThat(again.waitFor()).as(again.log()).isZero();
        Map<String, String> diff = differences(wh);
        results.put(label, "killed after %.1f s, recovered in %.1f s, tables differing: %s"
                .formatted(killed.seconds(), again.seconds(), diff.isEmpty() ? "none" : diff));
        assertThat(diff).as("tables that differ from the clean run").isEmpty();
        assertPublishedExportsReadable(wh, true);
        results.put(label + ", job executions", assertJobRepositoryRecovered(wh).toString());
    }

    private void assertSameAsReference(Path wh) throws Exception {
        assertThat(differences(wh)).isEmpty();
    }

    /** Every table but the run log, as natural keys and values: table → what is lost and doubled. */
    private Map<String, String> differences(Path wh) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = duck()) {
            try (Statement st = c.createStatement()) {
                st.execute("ATTACH '" + wh.resolve(Warehouse.FILE_NAME) + "' AS got (READ_ONLY)");
            }
            List<String> tables = tables(c);
            assertThat(tables).contains("submission", "fact_budget", "fact_progress", "fact_kpi", "fact_kpi_target",
                    "fact_activity", "dq_finding", "dim_agency", "dim_project", "dim_fiscal_period", "report_text");
            for (String t : tables) {
                String ref = canonical(c, "ref", t);
                String got = canonical(c, "got", t);
                long lost = scalar(c, "SELECT count(*) FROM (" + ref + " EXCEPT ALL " + got + ")");
                long extra = scalar(c, "SELECT count(*) FROM (" + got + " EXCEPT ALL " + ref + ")");
                long rows = scalar(c, "SELECT count(*) FROM (" + ref + ")");
                // correction: made by `report-etl correct`, never by a run (CorrectionTest covers it)
                if (rows == 0 && !t.equals("dq_finding") && !t.equals("correction")) {
                    throw new AssertionError("reference table " + t + " is empty: nothing would be compared");
                }
                if (lost + extra > 0) {
                    out.put(t, lost + " lost, " + extra + " extra of " + rows);
                }
            }
        }
        return out;
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT table_name FROM duckdb_tables() WHERE database_name = 'ref' "
                        + "AND table_name NOT IN ('ingest_run', 'schema_version') ORDER BY 1")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /**
     * The table with its surrogate keys replaced by what they stand for: a submission by its path and
     * hash, an agency by its name, a project by its agency and key; run ids and timestamps left out.
     */
    private static String canonical(Connection c, String db, String table) throws SQLException {
        List<String> select = new ArrayList<>();
        boolean bySubmission = false;
        try (PreparedStatement ps = c.prepareStatement("SELECT column_name FROM duckdb_columns() "
                + "WHERE database_name = ? AND table_name = ? ORDER BY column_index")) {
            ps.setString(1, db);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String col = rs.getString(1);
                    switch (col) {
                        case "run_id", "processed_at" -> { }
                        case "submission_id" -> {
                            if (!table.equals("submission")) {
                                bySubmission = true;
                                select.add("s.path AS s_path");
                                select.add("s.sha256 AS s_sha256");
                            }
                        }
                        case "superseded_by", "rendition_of" -> select.add("(SELECT x.path || ' ' || x.sha256 FROM "
                                + db + ".submission x WHERE x.submission_id = t." + col + ") AS " + col);
                        case "agency_id" -> select.add("(SELECT a.agency_name FROM " + db
                                + ".dim_agency a WHERE a.agency_id = t.agency_id) AS agency");
                        case "project_id" -> select.add("(SELECT a.agency_name || '/' || p.project_key FROM " + db
                                + ".dim_project p LEFT JOIN " + db + ".dim_agency a USING (agency_id) "
                                + "WHERE p.project_id = t.project_id) AS project");
                        default -> select.add("t.\"" + col + "\"");
                    }
                }
            }
        }
        return "SELECT " + String.join(", ", select) + " FROM " + db + "." + table + " t"
                + (bySubmission ? " LEFT JOIN " + db + ".submission s ON s.submission_id = t.submission_id" : "");
    }

    /**
     * {@code parquet}, when it exists, is a link to a complete export: every table in it, readable, with
     * as many rows as the warehouse's (the warehouse did not change since: the killed or finished run
     * was the last). The tables are published together, so there is never a part of them.
     *
     * @param all whether the export must be published (after a finished run)
     */
    private static void assertPublishedExportsReadable(Path wh, boolean all) throws Exception {
        Path root = wh.resolve("parquet");
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            assertThat(all).as(root + " missing after a finished run").isFalse();
            return;
        }
        assertThat(Files.isSymbolicLink(root)).as(root + " is a link").isTrue();
        assertThat(Files.isDirectory(root)).as(root + " resolves").isTrue();
        assertThat(root.resolve("manifest.json")).as("the manifest, published with the tables").isRegularFile();
        Map<String, String> tables = new LinkedHashMap<>();
        for (String t : new String[] {"fact_budget", "fact_progress", "fact_kpi", "fact_kpi_target", "fact_activity",
                "submission", "dim_agency", "dim_project", "dim_fiscal_period", "report_text"}) {
            tables.put(t, t);
        }
        tables.put("submission_summary", "v_submission_summary");
        tables.put("submission_file_summary", "v_submission_file_summary");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("ATTACH '" + wh.resolve(Warehouse.FILE_NAME) + "' AS got (READ_ONLY)");
            for (var e : tables.entrySet()) {
                Path table = root.resolve(e.getKey());
                assertThat(Files.isDirectory(table)).as(table + " published with the others").isTrue();
                long rows = scalar(c, "SELECT count(*) FROM read_parquet('" + table + "/**/*.parquet', "
                        + "hive_partitioning = false)");
                long expected = scalar(c, "SELECT count(*) FROM got." + e.getValue());
                assertThat(rows).as("rows in " + table).isEqualTo(expected);
            }
        }
    }

    /** No execution left STARTED; every one but the last failed or abandoned, the last completed. */
    private static List<String> assertJobRepositoryRecovered(Path wh) throws SQLException {
        List<String> statuses = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(RunHistory.defaultJobRepositoryUrl(wh), "sa", "");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID")) {
            while (rs.next()) {
                statuses.add(rs.getString(1));
            }
        }
        assertThat(statuses).isNotEmpty();
        assertThat(statuses.get(statuses.size() - 1)).isEqualTo("COMPLETED");
        assertThat(statuses.subList(0, statuses.size() - 1)).as("killed executions").allMatch(
                s -> s.equals("FAILED") || s.equals("ABANDONED") || s.equals("COMPLETED"));
        assertThat(statuses).as("job executions").doesNotContain("STARTED", "STARTING", "STOPPING");
        List<String> runs = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("ATTACH '" + wh.resolve(Warehouse.FILE_NAME) + "' AS got (READ_ONLY)");
            try (ResultSet rs = st.executeQuery("SELECT status FROM got.ingest_run ORDER BY run_id")) {
                while (rs.next()) {
                    runs.add(rs.getString(1));
                }
            }
        }
        assertThat(runs).as("ingest_run").doesNotContain("running");
        assertThat(runs.get(runs.size() - 1)).isEqualTo("completed");
        // The bookkeeping agrees with the warehouse: a killed run recorded there is in the job repository too.
        assertThat(statuses).as("job executions beside ingest_run " + runs).hasSize(runs.size());
        return statuses;
    }

    private Connection duck() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement st = c.createStatement()) {
            st.execute("ATTACH '" + reference.resolve(Warehouse.FILE_NAME) + "' AS ref (READ_ONLY)");
        }
        return c;
    }

    private static long count(Path wh, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("ATTACH '" + wh.resolve(Warehouse.FILE_NAME) + "' AS got (READ_ONLY)");
            st.execute("USE got");
            return scalar(c, sql);
        }
    }

    private static long scalar(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** {@code report-etl ingest} in a JVM of its own, output to a log file. */
    static final class Child {
        final Process process;
        final Path logFile;
        final long started = System.nanoTime();
        long ended;

        Child(Process process, Path logFile) {
            this.process = process;
            this.logFile = logFile;
        }

        static Child start(Path input, Path warehouse, String name, String... jvmOptions) throws IOException {
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.add("-Xmx1g");
            cmd.add("-Dfile.encoding=UTF-8");
            // DuckDB copies its 72 MB native library into the temp directory and deletes it at exit,
            // which a halted child never reaches: keep those copies in this test's own directory.
            cmd.add("-Djava.io.tmpdir=" + tmp);
            cmd.addAll(List.of(jvmOptions));
            // Surefire's java.class.path ends with an empty entry, which would put the working directory
            // (the project, with its warehouse/migrations) on the child's class path a second time.
            String classPath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                    .filter(e -> !e.isBlank()).collect(Collectors.joining(File.pathSeparator));
            cmd.addAll(List.of("-cp", classPath, MAIN, "ingest",
                    "--input", input.toString(), "--warehouse", warehouse.toString(), "--threads", "2"));
            Path log = tmp.resolve("log-" + name.replaceAll("\\W+", "-") + "-" + System.nanoTime() + ".txt");
            Process p = new ProcessBuilder(cmd).directory(tmp.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new Child(p, log);
        }

        int waitFor() throws InterruptedException {
            if (!process.waitFor(RUN_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("run did not end within " + RUN_LIMIT + ": " + log());
            }
            ended = System.nanoTime();
            return process.exitValue();
        }

        double seconds() {
            long end = process.isAlive() ? System.nanoTime() : ended;
            return (end - started) / 1e9;
        }

        String log() {
            try {
                return Files.readString(logFile, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "(no log: " + e + ")";
            }
        }

        void awaitLog(String text) throws InterruptedException {
            long deadline = System.nanoTime() + RUN_LIMIT.toNanos();
            while (!log().contains(text)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new AssertionError("never logged '" + text + "': " + log());
                }
                Thread.sleep(50);
            }
        }
    }
}
