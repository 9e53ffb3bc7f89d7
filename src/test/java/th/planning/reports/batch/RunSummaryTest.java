package th.planning.reports.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import th.planning.reports.document.DocumentFormat;
import th.planning.reports.extract.FormExtractor;
import th.planning.reports.support.SeedReports;
import th.planning.reports.validate.Finding;
import th.planning.reports.validate.ValidatedReport;
import th.planning.reports.validate.Validation;
import th.planning.reports.warehouse.IncomingFile;
import th.planning.reports.warehouse.Submission;
import th.planning.reports.warehouse.Warehouse;

class RunSummaryTest {

    @TempDir
    Path dir;

    /** Files the scan could not read are not recorded; the operator must still see that they exist. */
    @Test
    void filesUnreadableWhileScanningAreCountedInTheSummaryAndNotOtherwise() {
        RunSummary some = new RunSummary(3, BatchStatus.COMPLETED, 12, 8, 1, 2, 2, 0, 0, List.of(), List.of(),
                Map.of(), Duration.ofMillis(1500));
        RunSummary none = new RunSummary(4, BatchStatus.COMPLETED, 12, 12, 1, 0, 0, 0, 0, List.of(), List.of(),
                Map.of(), Duration.ofMillis(900));

        assertThat(some.render()).contains("files seen: 12 (already loaded: 8, ignored: 1)")
                .contains("could not be read while scanning, left for the next run: 2 (see the log)");
        assertThat(none.render()).doesNotContain("could not be read");
    }

    /**
     * Seed report 36 (three amount_words_disagree, on allocated, contracted and disbursed, and one
     * project_value_differs_from_allocated) arrives as docx, pdf and xlsx, the pdf without the finding on
     * disbursed; report 26 (one amount_words_disagree) as a docx alone. Per file that is 12 findings; per
     * report 5, of which the pdf lacks one.
     */
    @Test
    void findingsAreCountedOncePerReportAndSayHowManyEveryRenditionHas() throws Exception {
        ValidatedReport r36 = seed(35, "2567/Q4/nso/report-36.docx");
        List<Finding> withoutDisbursed = new ArrayList<>(r36.findings());
        assertThat(withoutDisbursed.removeIf(f -> f.rule().equals("amount_words_disagree")
                && f.field().equals("disbursed"))).isTrue();
        ValidatedReport r36pdf = new ValidatedReport(r36.report(), r36.fiscalYearBe(), r36.quarter(),
                r36.periodSource(), withoutDisbursed);
        try (Warehouse w = Warehouse.open(dir)) {
            w.write(1, List.of(
                    loaded("2567/Q4/nso/report-36.docx", DocumentFormat.DOCX, r36, "1"),
                    loaded("2567/Q4/nso/report-36.pdf", DocumentFormat.PDF, r36pdf, "2"),
                    loaded("2567/Q4/nso/report-36.xlsx", DocumentFormat.XLSX, r36, "3"),
                    loaded("2567/Q4/nso/report-26.docx", DocumentFormat.DOCX, seed(25, "2567/Q4/nso/report-26.docx"), "4")));

            Map<String, RunSummary.AgencyFindings> findings = RunSummary.findings(w, 1);

            assertThat(findings).containsOnlyKeys("สำนักงานสถิติแห่งชาติ");
            RunSummary.AgencyFindings nso = findings.get("สำนักงานสถิติแห่งชาติ");
            assertThat(nso.byRule()).containsExactly(
                    Map.entry("amount_words_disagree", new RunSummary.RuleFindings(4, 3)),
                    Map.entry("project_value_differs_from_allocated", new RunSummary.RuleFindings(1, 1)));
            assertThat(List.of(nso.count(), nso.alike(), nso.reports(), nso.files())).containsExactly(5, 4, 2, 4);
            String rendered = new RunSummary(1, BatchStatus.COMPLETED, 4, 0, 0, 0, 4, 0, 0, List.of(), List.of(),
                    findings, Duration.ofSeconds(1)).render();
            assertThat(rendered).contains("findings for สำนักงานสถิติแห่งชาติ: 5, counted once per report "
                    + "(2 reports sent as 4 files); 4 found alike in every rendition, 1 in only some\n"
                    + "  amount_words_disagree: 4 (1 in only some renditions)\n"
                    + "  project_value_differs_from_allocated: 1\n");
        }
    }

    @Test
    void reportsOfOneFileEachAreNotSaidToHaveRenditions() {
        RunSummary s = new RunSummary(2, BatchStatus.COMPLETED, 3, 0, 0, 0, 3, 0, 0, List.of(), List.of(),
                Map.of("กรมตัวอย่าง", new RunSummary.AgencyFindings(3, 3,
                        Map.of("amount_words_disagree", new RunSummary.RuleFindings(2, 2)))), Duration.ofSeconds(1));
        assertThat(s.render()).contains("findings for กรมตัวอย่าง: 2, counted once per report (3 reports)\n"
                + "  amount_words_disagree: 2\n").doesNotContain("rendition");
    }

    private static ValidatedReport seed(int index, String path) throws Exception {
        return Validation.validate(FormExtractor.extract(SeedReports.document(SeedReports.texts().get(index))), path);
    }

    private static Submission loaded(String path, DocumentFormat format, ValidatedReport report, String sha) {
        IncomingFile f = new IncomingFile(Path.of(path), path, 1234, Instant.parse("2024-10-01T00:00:00Z"),
                sha.repeat(64));
        return Submission.loaded(f, format, report);
    }
}
