package th.planning.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReportEtlCommandTest {

    @TempDir
    Path warehouse;

    private static String run(int expectedExit, String... args) {
        return exec(expectedExit, args).out();
    }

    record Output(String out, String err) {
    }

    /** The command's exit status checked, and what it wrote to stdout and to stderr. */
    private static Output exec(int expectedExit, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        ByteArrayOutputStream errBuf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(errBuf, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = new CommandLine(new ReportEtl()).execute(args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        Output o = new Output(buf.toString(StandardCharsets.UTF_8), errBuf.toString(StandardCharsets.UTF_8));
        assertThat(exit).as("exit status; stdout:\n%s\nstderr:\n%s", o.out(), o.err()).isEqualTo(expectedExit);
        return o;
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
        assertThat(out.lines().findFirst()).hasValue("section\tfield\tvalue\tstatus\tsource");
        assertThat(out.lines().toList())
                .anyMatch(l -> l.startsWith("9.1\tallocated\t2980100") && l.contains("\tVALUE\t")
                        && l.contains("๙.๑ ได้รับจัดสรรงบประมาณ จำนวน ๒,๙๘๐,๑๐๐ บาท"))
                .anyMatch(l -> l.startsWith("8/9\tcarried_over\ttrue (from 2566)\tFLAG\t(เป็นโครงการกันเงินเหลือปี"))
                .anyMatch(l -> l.startsWith("13\tmoney_mention.6.quarter_disbursed\t447015.00 q2 fy2567\tVALUE\t")
                        && l.contains("ในไตรมาสที่ ๒ จาก ๔๗๗,๐๐๐ ที่ถูกต้องคือ ๔๔๗,๐๑๕"))
                .anyMatch(l -> l.startsWith("7\tkpi_target.1.2567\t๑. ร้อยละความสำเร็จรายงานสถานการณ์")
                        && l.contains(" | ๑๐๐\tVALUE\t"))
                .anyMatch(l -> l.startsWith("footer\tcoordinator\tกลุ่มยุทธศาสตร์และแผนงาน\tVALUE\t"))
                .allMatch(l -> l.split("\t", -1).length == 5);
        // Report 10's disbursed digits (771,555) and words (771,550) disagree: a finding with its evidence.
        String findings = run(0, "inspect", "sample-input/2567/Q4/สำนักงานสถิติแห่งชาติ/report-10.docx");
        assertThat(findings.lines().toList())
                .anyMatch(l -> l.startsWith("9.3\tfinding.amount_words_disagree(disbursed)\t") && l.contains("\tWARNING\t"));
    }

    @Test
    void inspectOfAMissingFileExitsNonZero() {
        run(1, "inspect", warehouse.resolve("missing.docx").toString());
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

        assertThat(run(0, "ingest", "--input", drop.toString(), "--warehouse", wh.toString(), "--threads", "1"))
                .contains("run 1 completed")
                .contains("files seen: 1 (already loaded: 0, ignored: 0)")
                .contains("loaded: 1, rejected: 0, duplicates: 0");
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + wh.resolve("warehouse.duckdb"));
             var rs = c.createStatement().executeQuery("SELECT count(*) FROM submission WHERE status = 'loaded'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
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
