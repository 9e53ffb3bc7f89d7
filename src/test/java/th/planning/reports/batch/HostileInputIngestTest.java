package th.planning.reports.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import th.planning.reports.support.FormFiles;
import th.planning.reports.support.HostileFiles;
import th.planning.reports.support.ReportEtlProcess;

/**
 * One ingest, in a JVM of its own with half the nightly heap ({@code -Xmx512m}), of good sample
 * reports beside PDFs whose content inflates to 512 MB each (a few MB on disk), a docx with a DOCTYPE
 * and a legitimate docx with 6 MB of repeated text, links to /etc/passwd and to nowhere, and a report
 * whose figures do not fit or cannot be meant (50 digits, 1E+30, a negative, the year ๓๐๐๐): the run
 * ends normally, the good files load, each hostile one is rejected with its reason or loaded with its
 * findings, logged once at WARN on stderr, stdout has only the summary, and a rerun finds nothing new. Before the reading limits, the bombs filled the heap: the step died of OutOfMemoryError,
 * or the run hung after its last file with an abandoned reader still parsing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIngestTest {

    static final Path SAMPLES = Path.of("sample-input/2567/Q4/สำนักงานสถิติแห่งชาติ");
    static final int BOMBS = 4;

    @TempDir
    static Path tmp;
    ReportEtlProcess run;
    final Map<String, String> outcome = new TreeMap<>();

    @BeforeAll
    void ingestAFolderOfGoodAndHostileFiles() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("drop/2567/Q4/สำนักงานสถิติแห่งชาติ"));
        for (String name : List.of("report-01.docx", "report-02.pdf", "report-03.xlsx", "report-04.pdf")) {
            Files.copy(SAMPLES.resolve(name), dir.resolve(name));
        }
        Path bomb = dir.resolve("bomb-1.pdf");
        HostileFiles.contentBombPdf(bomb, 512L * 1024 * 1024);
        for (int i = 2; i <= BOMBS; i++) { // each its own content (a copy would be a duplicate)
            byte[] b = Files.readAllBytes(bomb);
            Files.write(dir.resolve("bomb-" + i + ".pdf"),
                    (new String(b, StandardCharsets.ISO_8859_1) + "%" + i + "\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        withDoctype(SAMPLES.resolve("report-05.docx"), dir.resolve("doctype.docx"));
        HostileFiles.repetitiveDocx(dir.resolve("long-text.docx"), 6);
        // Issue 21's other hostile cases in the same night: links out of the folder, values that do not fit.
        Files.createSymbolicLink(dir.resolve("passwd.docx"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(dir.resolve("gone.pdf"), tmp.resolve("nowhere.pdf"));
        FormFiles.docx(dir.resolve("odd-values.docx"), FormFiles.report01("ฮ", l -> l
                .replace("จำนวน ๙,๓๖๕,๘๐๐ บาท", "จำนวน 12345678901234567890123456789012345678901234567890 บาท")
                .replace("จำนวน ๕,๙๔๔,๔๒๐ บาท", "จำนวน 1E+30 บาท")
                .replace("จำนวน.....-..... บาท", "จำนวน \u2212๒๐,๑๐๐,๐๐๐ บาท")
                .replace("ร้อยละ.....๓๕.....", "ร้อยละ -99999999999999999999.5")
                .replace("ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", "ประจำปีงบประมาณ พ.ศ. ๓๐๐๐")));

        Path warehouse = tmp.resolve("warehouse");
        run = ReportEtlProcess.run(tmp, Duration.ofMinutes(4), List.of("-Xmx512m"),
                "ingest", "--input", tmp.resolve("drop").toString(), "--warehouse", warehouse.toString(), "--threads", "2");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse.resolve("warehouse.duckdb"));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT file_name, status, coalesce(reason, '') FROM submission")) {
            while (rs.next()) {
                outcome.put(rs.getString(1), (rs.getString(2) + " " + rs.getString(3)).strip());
            }
        }
    }

    @Test
    void theRunEndsNormallyAndIsRecordedAsCompleted() throws Exception {
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("loaded: 5, rejected: " + (BOMBS + 4) + ", duplicates: 0");
        assertThat(run.stderr()).doesNotContain("OutOfMemoryError");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + tmp.resolve("warehouse/warehouse.duckdb"));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT status FROM ingest_run")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("completed");
        }
    }

    @Test
    void theGoodFilesLoadAndEachHostileOneIsRejectedWithItsReason() {
        assertThat(outcome).hasSize(5 + BOMBS + 4)
                .containsEntry("report-01.docx", "loaded").containsEntry("report-02.pdf", "loaded")
                .containsEntry("report-03.xlsx", "loaded").containsEntry("report-04.pdf", "loaded");
        for (int i = 1; i <= BOMBS; i++) {
            assertThat(outcome).containsEntry("bomb-" + i + ".pdf", "rejected content stream inflates past 32 MB");
        }
        assertThat(outcome.get("doctype.docx")).startsWith("rejected corrupt docx: bad XML (DOCTYPE is disallowed");
        // read in full (not refused as a zip bomb), then found not to be the form
        assertThat(outcome.get("long-text.docx")).startsWith("rejected not a performance report form");
        assertThat(outcome.get("passwd.docx")).isEqualTo("rejected symbolic link to a file outside the drop folder: not followed");
        assertThat(outcome.get("gone.pdf")).isEqualTo("rejected dangling symbolic link: its target does not exist");
        assertThat(outcome.get("odd-values.docx")).isEqualTo("loaded");
    }

    @Test
    void valuesThatDoNotFitOrCannotBeMeantLoadWithTheirFindings() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + tmp.resolve("warehouse/warehouse.duckdb"));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT b.allocated_status, b.contracted_status, b.disbursed,"
                     + " (SELECT string_agg(DISTINCT rule, ',' ORDER BY rule) FROM dq_finding f"
                     + "  WHERE f.submission_id = s.submission_id)"
                     + " FROM submission s JOIN fact_budget b USING (submission_id) WHERE s.file_name = 'odd-values.docx'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("MALFORMED");
            assertThat(rs.getString(2)).isEqualTo("MALFORMED");
            assertThat(rs.getBigDecimal(3)).isEqualByComparingTo("-20100000");
            assertThat(rs.getString(4)).contains("malformed_number", "negative_amount", "impossible_date");
        }
    }

    @Test
    void aSecondRunOverTheSameFolderFindsNothingNew() throws Exception {
        ReportEtlProcess again = ReportEtlProcess.run(tmp, Duration.ofMinutes(2), List.of("-Xmx512m"),
                "ingest", "--input", tmp.resolve("drop").toString(), "--warehouse", tmp.resolve("warehouse").toString());
        assertThat(again.exitCode()).as(again.stderr()).isZero();
        assertThat(again.stdout()).contains("already loaded: " + outcome.size()).contains("loaded: 0, rejected: 0");
    }

    @Test
    void eachRejectionIsLoggedOnceAtWarnWithoutTheLibrariesStackTraces() {
        assertThat(run.stderr().lines().filter(l -> l.contains("rejected 2567/Q4/สำนักงานสถิติแห่งชาติ/doctype.docx")))
                .singleElement().asString().contains(" WARN ").contains("DOCTYPE is disallowed");
        assertThat(run.stderr().lines().filter(l -> l.contains("rejected 2567/Q4/สำนักงานสถิติแห่งชาติ/bomb-")))
                .hasSize(BOMBS).allMatch(l -> l.contains(" WARN "));
        assertThat(run.stderr()).doesNotContain("ERROR").doesNotContain("SAXParseException").doesNotContain("\tat ");
    }

    @Test
    void stdoutHasTheSummaryAndNoLogLines() {
        assertThat(run.stdout()).startsWith("run 1 completed in ");
        assertThat(run.stdout().lines()).noneMatch(l -> l.matches("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} .*"));
    }

    /** The package with a DOCTYPE in its main part, which the XML parser refuses. */
    private static void withDoctype(Path from, Path to) throws Exception {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    data = new String(data, StandardCharsets.UTF_8).replaceFirst("<w:document ",
                            "<!DOCTYPE w:document [<!ENTITY x \"y\">]><w:document ").getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
    }
}
