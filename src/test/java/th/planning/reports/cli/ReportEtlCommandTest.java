package th.planning.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import th.planning.reports.warehouse.Warehouse;

class ReportEtlCommandTest {

    @TempDir
    Path warehouse;

    /** What a command printed and its exit status. */
    record Result(int exit, String out, String err) {
    }

    record Output(String out, String err) {
    }

    private static String run(int expectedExit, String... args) {
        Result r = exec(args);
        assertThat(r.exit()).as("exit status; stdout:\n%s\nstderr:\n%s", r.out(), r.err()).isEqualTo(expectedExit);
        return r.out();
    }

    /** The command's exit status checked, and what it wrote to stdout and to stderr. */
    private static Output exec(int expectedExit, String... args) {
        Result r = exec(args);
        assertThat(r.exit()).as("exit status; stdout:\n%s\nstderr:\n%s", r.out(), r.err()).isEqualTo(expectedExit);
        return new Output(r.out(), r.err());
    }

    private static Result exec(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBuf = new ByteArrayOutputStream();
        ByteArrayOutputStream errBuf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(outBuf, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(errBuf, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = new CommandLine(new ReportEtl()).execute(args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new Result(exit, outBuf.toString(StandardCharsets.UTF_8), errBuf.toString(StandardCharsets.UTF_8));
    }

    @Test
    void textPrintsTheCanonicalTextOfSampleReport13Pdf() {
        String text = run(0, "text", "sample-input/2567/Q4/สำนักงานสถิติแห่งชาติ/report-13.pdf");
        assertThat(text).contains("๙.๓ งบประมาณ ซึ่งดำเนินการเบิกจ่ายแล้ว จำนวน ๖๕,๐๗๗.๘๖ บาท")
                .doesNotContain("ำา");
    }

    @Test
    void ingestOfAMissingDropFolderSaysSoAndExitsNonZero() {
        run(2, "ingest", "--input", warehouse.resolve("nowhere").toString(), "--warehouse", warehouse.toString());
    }

    @Test
    void ingestPrintsTheRunSummaryForADropFolderWithOneReport() throws Exception {
        Path drop = warehouse.resolve("drop/2567/Q4/สำนักงานสถิติแห่งชาติ");
        java.nio.file.Files.createDirectories(drop);
        java.nio.file.Files.copy(Path.of("sample-input/2567/Q4/สำนักงานสถิติแห่งชาติ/report-07.xlsx"),
                drop.resolve("report-07.xlsx"));
        String out = run(0, "ingest", "--input", warehouse.resolve("drop").toString(),
                "--warehouse", warehouse.resolve("wh").toString(), "--threads", "1");
        assertThat(out).contains("files seen: 1 (already loaded: 0, ignored: 0)")
                .contains("loaded: 1, rejected: 0, duplicates: 0");

        String rows = run(0, "query", "--warehouse", warehouse.resolve("wh").toString(),
                "SELECT file_name, allocated, disbursed, progress_total_pct FROM v_submission_summary");
        assertThat(rows).isEqualTo("file_name\tallocated\tdisbursed\tprogress_total_pct\n"
                + "report-07.xlsx\t10500000.00\t0.00\t15.00\n");
    }

    @Test
    void inspectShowsEachFieldWithItsSectionStatusAndSourceAndTheFindings() {
        String out = run(0, "inspect", "sample-input/2567/Q4/สำนักงานสถิติแห่งชาติ/report-35.docx");
        assertThat(out.lines().findFirst()).hasValue("section\tfield\tvalue\tstatus\tsource\twhere");
        assertThat(out.lines().toList())
                .anyMatch(l -> l.startsWith("9.1\tallocated\t2980100") && l.contains("\tVALUE\t")
                        && l.contains("๙.๑ ได้รับจัดสรรงบประมาณ จำนวน ๒,๙๘๐,๑๐๐ บาท"))
                .anyMatch(l -> l.startsWith("8/9\tcarried_over\ttrue (from 2566)\tFLAG\t(เป็นโครงการกันเงินเหลือปี"))
                .anyMatch(l -> l.startsWith("13\tmoney_mention.6.quarter_disbursed\t447015.00 q2 fy2567\tVALUE\t")
                        && l.contains("ในไตรมาสที่ ๒ จาก ๔๗๗,๐๐๐ ที่ถูกต้องคือ ๔๔๗,๐๑๕"))
                .anyMatch(l -> l.startsWith("7\tkpi_target.1.2567\t๑. ร้อยละความสำเร็จรายงานสถานการณ์")
                        && l.contains(" | ๑๐๐\tVALUE\t"))
                .anyMatch(l -> l.startsWith("footer\tcoordinator\tกลุ่มยุทธศาสตร์และแผนงาน\tVALUE\t"))
                .allMatch(l -> l.split("\t", -1).length == 6);
        // Report 10's disbursed digits (771,555) and words (771,550) disagree: a finding with its evidence.
        String findings = run(0, "inspect", "sample-input/2567/Q4/สำนักงานสถิติแห่งชาติ/report-10.docx");
        assertThat(findings.lines().toList())
                .anyMatch(l -> l.startsWith("9.3\tfinding.amount_words_disagree(disbursed)\t") && l.contains("\tWARNING\t"));
    }

    @Test
    void inspectAndTextOfAMissingFileNameItAndExit2WithoutAStackTrace() {
        Path missing = warehouse.resolve("missing.docx");
        for (String command : new String[] {"inspect", "text"}) {
            Result r = exec(command, missing.toString());
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("report-etl: " + missing.toAbsolutePath() + ": no such file\n");
            assertThat(r.out()).isEmpty();
        }
        Result folder = exec("text", warehouse.toString());
        assertThat(folder.exit()).isEqualTo(2);
        assertThat(folder.err()).isEqualTo("report-etl: " + warehouse.toAbsolutePath() + ": is a folder, not a file\n");
    }

    /**
     * A file that is there but is no report: plain text, a damaged Word file, and a Word file that is not
     * the form. Each is one line naming the file and why, exit 2, nothing on stdout, no stack trace.
     */
    @Test
    void inspectAndTextOfAPlainTextADamagedDocxAndADocxThatIsNotTheFormNameTheFileAndExit2() throws Exception {
        Path plain = Files.writeString(warehouse.resolve("notes.txt"), "hello\n");
        Path damaged = Files.write(warehouse.resolve("damaged.docx"), new byte[] {'P', 'K', 3, 4, 'x', 'y'});
        Path letter = warehouse.resolve("letter.docx");
        th.planning.reports.support.FormFiles.docx(letter, List.of("เรียน ผู้อำนวยการ", "ขอส่งหนังสือมาเพื่อทราบ"));
        for (String command : new String[] {"inspect", "text"}) {
            Result p = exec(command, plain.toString());
            assertThat(p.exit()).as(command).isEqualTo(2);
            assertThat(p.err()).isEqualTo("report-etl: " + plain
                    + ": not a Word, Excel or PDF file (plain text, not a report format)\n");
            Result d = exec(command, damaged.toString());
            assertThat(d.exit()).as(command).isEqualTo(2);
            assertThat(d.err()).startsWith("report-etl: " + damaged + ": corrupt Office file: damaged ZIP")
                    .hasLineCount(1).doesNotContain("\tat ");
            assertThat(p.out() + d.out()).isEmpty();
        }
        Result notForm = exec("inspect", letter.toString());
        assertThat(notForm.exit()).isEqualTo(2);
        assertThat(notForm.err()).startsWith("report-etl: " + letter + ": ").hasLineCount(1).doesNotContain("\tat ");
        assertThat(notForm.out()).isEmpty();
    }

    @Test
    void serveWithNothingToDoOrAPortTakenSaysSoAndExits2() throws Exception {
        Output nothing = exec(2, "serve", "--no-dashboard", "--warehouse", warehouse.toString());
        assertThat(nothing.err()).isEqualTo(
                "report-etl: serve with --no-dashboard needs --cron: there is nothing else to do\n");
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getByName("127.0.0.1"))) {
            Output busy = exec(2, "serve", "--port", String.valueOf(taken.getLocalPort()),
                    "--warehouse", warehouse.toString());
            assertThat(busy.err()).startsWith("report-etl: cannot serve the dashboard on 127.0.0.1:"
                    + taken.getLocalPort() + ": ").endsWith(" (another --port?)\n");
        }
        assertThat(exec(2, "serve", "--port", "70000").err()).contains("--port must be from 0 to 65535, not 70000");
    }

    // ---- query: formats, files, errors --------------------------------------------------------------

    /** An empty warehouse (the real schema and views) plus a table of awkward values. */
    private Path queryWarehouse() throws Exception {
        Path dir = warehouse.resolve("wh");
        try (Warehouse wh = Warehouse.open(dir); Connection c = wh.newConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE awkward (id INTEGER, note VARCHAR, amount DECIMAL(18,2), ok BOOLEAN)");
            st.execute("INSERT INTO awkward VALUES (1, 'two' || chr(10) || 'lines, a' || chr(9) || 'tab and a \\', 1.50, true),"
                    + " (2, NULL, NULL, NULL), (3, 'say \"ไตรมาส ๔\"', 10500000.00, false)");
        }
        return dir;
    }

    @Test
    void queryOfAnExampleFileThatStartsWithAnSqlCommentRunsIt() throws Exception {
        Path wh = queryWarehouse();
        Path example = Path.of("warehouse/queries/01-disbursement-under-half-at-q4.sql");
        String header = Files.readAllLines(Path.of("warehouse/queries/01-disbursement-under-half-at-q4.expected.tsv")).get(0);
        assertThat(Files.readString(example)).startsWith("--");
        // as the README's users write it: query "$(cat file.sql)"
        assertThat(run(0, "query", "--warehouse", wh.toString(), Files.readString(example))).isEqualTo(header + "\n");
        assertThat(run(0, "query", "--warehouse", wh.toString(), "--file", example.toString())).isEqualTo(header + "\n");
    }

    @Test
    void queryTsvKeepsEachRowOnOneLineWithEscapesAndNullAsAnEmptyCell() throws Exception {
        Path wh = queryWarehouse();
        String out = run(0, "query", "--warehouse", wh.toString(), "SELECT * FROM awkward ORDER BY id");
        assertThat(out).isEqualTo("id\tnote\tamount\tok\n"
                + "1\ttwo\\nlines, a\\ttab and a \\\\\t1.50\ttrue\n"
                + "2\t\t\t\n"
                + "3\tsay \"ไตรมาส ๔\"\t10500000.00\tfalse\n");
    }

    @Test
    void queryCsvQuotesWhatNeedsQuotingAndReadsBackToTheSameValues() throws Exception {
        Path wh = queryWarehouse();
        String out = run(0, "query", "--warehouse", wh.toString(), "--format", "CSV", "SELECT * FROM awkward ORDER BY id");
        assertThat(out).isEqualTo("id,note,amount,ok\n"
                + "1,\"two\nlines, a\ttab and a \\\",1.50,true\n"
                + "2,,,\n"
                + "3,\"say \"\"ไตรมาส ๔\"\"\",10500000.00,false\n");
        try (CSVParser p = CSVParser.parse(out, CSVFormat.RFC4180.builder().setHeader().get())) {
            List<CSVRecord> rows = p.getRecords();
            assertThat(rows.get(0).get("note")).isEqualTo("two\nlines, a\ttab and a \\");
            assertThat(rows.get(2).get("note")).isEqualTo("say \"ไตรมาส ๔\"");
        }
    }

    @Test
    void queryJsonIsAnArrayOfObjectsWithNumbersAsNumbersAndNullAsNull() throws Exception {
        Path wh = queryWarehouse();
        String out = run(0, "query", "--warehouse", wh.toString(), "--format", "json",
                "SELECT id, note, amount, ok FROM awkward WHERE id <= 2 ORDER BY id");
        assertThat(out).isEqualTo("""
                [ {
                  "id" : 1,
                  "note" : "two\\nlines, a\\ttab and a \\\\",
                  "amount" : 1.50,
                  "ok" : true
                }, {
                  "id" : 2,
                  "note" : null,
                  "amount" : null,
                  "ok" : null
                } ]
                """);
    }

    @Test
    void queryWithBadSqlPrintsDuckDbsMessageAndOneLineOfAdviceAndExits2() throws Exception {
        Path wh = queryWarehouse();
        Result r = exec("query", "--warehouse", wh.toString(), "SELECT nope FROM awkward");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("report-etl: the query failed: Binder Error: Referenced column \"nope\" not found")
                .contains("warehouse/DATA-DICTIONARY.md").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(exec("query", "--warehouse", wh.toString()).exit()).as("neither SQL nor --file").isEqualTo(2);
        assertThat(exec("query", "--warehouse", wh.toString(), "--file", "nope.sql").err())
                .startsWith("report-etl: no such SQL file: ");
    }

    @Test
    void queryWhileAnotherProcessHoldsTheWarehouseSaysSoAndExits3() throws Exception {
        Path wh = queryWarehouse();
        Process holder = holdLock(wh.resolve(Warehouse.FILE_NAME));
        try {
            Result r = exec("query", "--warehouse", wh.toString(), "SELECT 1");
            assertThat(r.exit()).isEqualTo(3);
            assertThat(r.err()).startsWith("report-etl: another process holds the warehouse file")
                    .contains("Conflicting lock is held").contains("try again when it has finished")
                    .doesNotContain("\tat ");
        } finally {
            holder.destroy();
            holder.waitFor();
        }
    }

    /** Another JVM holding a POSIX lock on {@code file}, as DuckDB's own writer does (a lock in this JVM would not conflict). */
    private static Process holdLock(Path file) throws Exception {
        String classPath = java.util.stream.Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(e -> !e.isBlank()).collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, LockHolder.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        String first = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertThat(first).isEqualTo("locked");
        return p;
    }

    // ---- a damaged warehouse file ------------------------------------------------------------------

    /** A real warehouse whose first 12 KiB (DuckDB's headers) are zeroed, with a published export beside it. */
    private Path damagedWarehouse() throws Exception {
        Path dir = queryWarehouse();
        Files.createDirectories(dir.resolve("parquet/submission"));
        try (FileChannel ch = FileChannel.open(dir.resolve(Warehouse.FILE_NAME), StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.allocate(12 * 1024), 0);
        }
        return dir;
    }

    private static void assertSaysDamagedAndHowToRebuild(Result r, Path dir) {
        Path file = dir.resolve(Warehouse.FILE_NAME).toAbsolutePath();
        assertThat(r.exit()).as(r.err()).isEqualTo(4);
        assertThat(r.err()).startsWith("report-etl: the warehouse file " + file + " is damaged (IO Error: ")
                .contains("the last published Parquet export is untouched in " + dir.resolve("parquet").toAbsolutePath())
                .contains("move the damaged file aside (mv " + file + " " + file + ".damaged)")
                .contains("run ingest again")
                .doesNotContain("held by a running job").doesNotContain("\tat ");
        assertThat(r.err().lines()).hasSize(3);
    }

    @Test
    void ingestStatusAndQueryOnADamagedWarehouseSaySoAndExit4() throws Exception {
        Path dir = damagedWarehouse();
        Path drop = warehouse.resolve("drop");
        Files.createDirectories(drop);
        assertSaysDamagedAndHowToRebuild(exec("ingest", "--input", drop.toString(), "--warehouse", dir.toString()), dir);
        assertSaysDamagedAndHowToRebuild(exec("status", "--warehouse", dir.toString()), dir);
        assertSaysDamagedAndHowToRebuild(exec("query", "--warehouse", dir.toString(), "SELECT 1"), dir);
    }

    @Test
    void aTruncatedWarehouseIsDamagedToo() throws Exception {
        Path dir = queryWarehouse();
        try (FileChannel ch = FileChannel.open(dir.resolve(Warehouse.FILE_NAME), StandardOpenOption.WRITE)) {
            ch.truncate(100);
        }
        Result r = exec("status", "--warehouse", dir.toString());
        assertThat(r.exit()).isEqualTo(4);
        assertThat(r.err()).contains("is damaged (IO Error: Could not read enough bytes from file");
    }

    // ---- a full disk -------------------------------------------------------------------------------

    @Test
    void aRunThatFindsTheDiskFullSaysNoSpaceLeftOnDeviceAndWhere() throws Exception {
        Path devFull = Path.of("/dev/full");   // every write to it fails with ENOSPC, as on a full disk
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(devFull), "needs Linux's /dev/full");
        Path drop = warehouse.resolve("drop/2567/Q4/สำนักงานสถิติแห่งชาติ");
        Files.createDirectories(drop);
        Files.copy(Path.of("sample-input/2567/Q4/สำนักงานสถิติแห่งชาติ/report-07.xlsx"), drop.resolve("report-07.xlsx"));
        Path wh = warehouse.resolve("wh");
        // The export's completion mark is written through this name: the run's last write meets a full disk.
        Files.createDirectories(wh);
        Files.createSymbolicLink(wh.resolve(".parquet-exported.next"), devFull);
        Result r = exec("ingest", "--input", warehouse.resolve("drop").toString(), "--warehouse", wh.toString(),
                "--threads", "1");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("run 1 failed").contains("loaded: 1, rejected: 0")
                .contains("run failure no space left on device at " + wh.toAbsolutePath()
                        + "; free space on that file system and run ingest again");
    }

    // ---- options refused at start (issue 20 items 6, 8, 11) -------------------------------------

    @Test
    void threadsBelowOneAreRefusedWithExit2AndNothingRuns() throws Exception {
        Path drop = dropWithOneReport();
        for (String n : new String[] {"0", "-1"}) {
            Output o = exec(2, "ingest", "--input", drop.toString(), "--warehouse", warehouse.resolve("wh").toString(),
                    "--threads", n);
            assertThat(o.err()).contains("--threads must be from 1 to 256, not " + n);
            assertThat(o.out()).isEmpty();
        }
        assertThat(warehouse.resolve("wh")).doesNotExist();
    }

    @Test
    void statusRefusesLastBelowOne() {
        Output o = exec(2, "status", "--warehouse", warehouse.toString(), "--last", "0");
        assertThat(o.err()).contains("--last must be at least 1, not 0");
    }

    @Test
    void statusOfAMissingWarehouseSaysThereIsNoWarehouseThere() {
        Path nowhere = warehouse.resolve("nowhere");
        Output o = exec(2, "status", "--warehouse", nowhere.toString());
        assertThat(o.err()).contains("there is no warehouse at " + nowhere.toAbsolutePath());
        assertThat(o.out()).doesNotContain("no runs recorded yet");
        // a directory without warehouse.duckdb is not a warehouse either
        Output empty = exec(2, "status", "--warehouse", warehouse.toString());
        assertThat(empty.err()).contains("there is no warehouse at " + warehouse.resolve("warehouse.duckdb").toAbsolutePath());
    }

    @Test
    void versionOptionPrintsTheVersionMavenBuilt() throws Exception {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<artifactId>report-etl</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(java.nio.file.Files.readString(Path.of("pom.xml")));
        assertThat(m.find()).isTrue();
        assertThat(run(0, "-V")).isEqualTo("report-etl " + m.group(1) + "\n");
    }

    @Test
    void serveChecksItsOptionsAtStartInsteadOfWaitingForTheFirstFiring() {
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> {
            Output missing = exec(2, "serve", "--cron", "0 0 2 * * *", "--input", warehouse.resolve("nope").toString(),
                    "--warehouse", warehouse.resolve("wh").toString());
            assertThat(missing.err()).contains("drop folder " + warehouse.resolve("nope").toAbsolutePath() + " does not exist");
            Output badThreads = exec(2, "serve", "--cron", "0 0 2 * * *", "--threads", "0");
            assertThat(badThreads.err()).contains("--threads must be from 1 to 256, not 0");
            Output badCron = exec(2, "serve", "--cron", "0 2 * * *", "--input", dropWithOneReport().toString(),
                    "--warehouse", warehouse.resolve("wh").toString());
            assertThat(badCron.err()).contains("invalid --cron");
        });
    }

    @Test
    void aChunkSizeBelowOneIsRefusedWithExit2BeforeAnythingIsRead() throws Exception {
        Path drop = dropWithOneReport();
        System.setProperty("report-etl.chunk-size", "0");
        try {
            Output o = exec(2, "ingest", "--input", drop.toString(), "--warehouse", warehouse.resolve("wh").toString(),
                    "--threads", "1");
            assertThat(o.err()).contains("report-etl.chunk-size must be at least 1, not 0; this run did nothing");
            assertThat(o.out() + o.err()).doesNotContain("\tat ");
        } finally {
            System.clearProperty("report-etl.chunk-size");
        }
    }

    // ---- recovery (issue 21 items 9, 10) ---------------------------------------------------------

    @Test
    void aDeletedWarehouseIsRebuiltFromTheDropFolderWhileTheJobRepositoryIsKept() throws Exception {
        Path drop = dropWithOneReport();
        Path wh = warehouse.resolve("wh");
        assertThat(run(0, "ingest", "--input", drop.toString(), "--warehouse", wh.toString(), "--threads", "1"))
                .contains("loaded: 1, rejected: 0, duplicates: 0");
        java.nio.file.Files.delete(wh.resolve("warehouse.duckdb"));
        assertThat(wh.resolve("batch/job-repository.mv.db")).exists();
        Thread.sleep(10);   // the rebuilt record's time differs from the lost one's

        assertThat(run(0, "ingest", "--input", drop.toString(), "--warehouse", wh.toString(), "--threads", "1"))
                .contains("run 1 completed")
                .contains("files seen: 1 (already loaded: 0, ignored: 0)")
                .contains("loaded: 1, rejected: 0, duplicates: 0");
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + wh.resolve("warehouse.duckdb"));
             var rs = c.createStatement().executeQuery("SELECT count(*) FROM submission WHERE status = 'loaded'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
        // The published export is the rebuilt warehouse's, though it holds as many submissions as the lost one.
        String published = "SELECT max(processed_at) FROM read_parquet('" + wh.resolve("parquet/submission") + "/**/*.parquet')";
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + wh.resolve("warehouse.duckdb"));
             var rs = c.createStatement().executeQuery("SELECT (" + published + ") = (SELECT max(processed_at) FROM submission)")) {
            rs.next();
            assertThat(rs.getBoolean(1)).as("export redone for the rebuilt warehouse").isTrue();
        }
        assertThat(run(0, "status", "--warehouse", wh.toString())).contains("completed")
                .doesNotContain("did not complete");
    }

    @Test
    void aDamagedJobRepositoryIsNamedWithTheWayBackAndNoStackTrace() throws Exception {
        Path drop = dropWithOneReport();
        Path wh = warehouse.resolve("wh");
        run(0, "ingest", "--input", drop.toString(), "--warehouse", wh.toString(), "--threads", "1");
        Path repo = wh.resolve("batch/job-repository.mv.db");
        byte[] bytes = java.nio.file.Files.readAllBytes(repo);
        java.util.Arrays.fill(bytes, 0, Math.min(bytes.length, 8192), (byte) 'x');   // a garbled header
        java.nio.file.Files.write(repo, bytes);

        Output o = exec(1, "ingest", "--input", drop.toString(), "--warehouse", wh.toString(), "--threads", "1");
        assertThat(o.err()).contains("the job repository " + repo + " cannot be opened, it is damaged")
                .contains("Deleting " + wh.resolve("batch") + " is safe")
                .contains("the warehouse is the ledger");
        assertThat(o.out() + o.err()).doesNotContain("\tat ").doesNotContain("Failed to determine DatabaseDriver");

        // and the way back works: without batch/ the next run starts a new history and finds nothing new
        deleteTree(wh.resolve("batch"));
        assertThat(run(0, "ingest", "--input", drop.toString(), "--warehouse", wh.toString(), "--threads", "1"))
                .contains("files seen: 1 (already loaded: 1, ignored: 0)");

        // a truncated file, as a full disk or an interrupted copy leaves it
        byte[] whole = java.nio.file.Files.readAllBytes(repo);
        java.nio.file.Files.write(repo, java.util.Arrays.copyOf(whole, whole.length / 2));
        Output truncated = exec(1, "ingest", "--input", drop.toString(), "--warehouse", wh.toString(), "--threads", "1");
        assertThat(truncated.err()).contains("the job repository " + repo + " cannot be opened, it is damaged");
        assertThat(truncated.out() + truncated.err()).doesNotContain("\tat ");
    }

    private Path dropWithOneReport() throws Exception {
        Path drop = warehouse.resolve("drop");
        Path agency = drop.resolve("2567/Q4/สำนักงานสถิติแห่งชาติ");
        if (!java.nio.file.Files.isDirectory(agency)) {
            java.nio.file.Files.createDirectories(agency);
            java.nio.file.Files.copy(Path.of("sample-input/2567/Q4/สำนักงานสถิติแห่งชาติ/report-07.xlsx"),
                    agency.resolve("report-07.xlsx"));
        }
        return drop;
    }

    private static void deleteTree(Path dir) throws Exception {
        try (var walk = java.nio.file.Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(p);
            }
        }
    }
}
