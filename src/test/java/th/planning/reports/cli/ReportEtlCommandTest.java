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
        PrintStream out = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertThat(new CommandLine(new ReportEtl()).execute(args)).isEqualTo(expectedExit);
        } finally {
            System.setOut(out);
        }
        return buf.toString(StandardCharsets.UTF_8);
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
}
