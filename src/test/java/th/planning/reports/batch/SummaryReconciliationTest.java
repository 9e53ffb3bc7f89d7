package th.planning.reports.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.planning.reports.support.WarehouseRows;
import th.planning.reports.support.SummaryWorkbooks;
import th.planning.reports.support.SummaryWorkbooks.Layout;
import th.planning.reports.support.SummaryWorkbooks.Line;
import th.planning.reports.support.SummaryWorkbooks.Spec;

/**
 * The sample agency's 40 reports (their docx renditions from sample-input) beside its summary workbook
 * for the same quarter, made with POI from the same projects and figures, with what an agency's summary
 * gets wrong: report-07's project left out, a row for a project that sent no report, one name without
 * its spaces, one with a typo, one with a sub-project line under it, one disbursed figure that is not
 * the report's, and a disbursed total typed over its SUM formula. All of it must come out of one run as
 * the summary's rows, its total finding, and reconciliation findings quoting both files.
 */
class SummaryReconciliationTest {

    static final Path SAMPLES = Path.of("sample-input/2567/Q4/สำนักงานสถิติแห่งชาติ");
    static final String AGENCY = "สำนักงานสถิติแห่งชาติ";
    static final String EXTRA = "โครงการพัฒนาระบบบัญชีประชาชาติรายจังหวัด ระยะที่ ๒";

    @TempDir
    static Path input;
    @TempDir
    static Path warehouse;
    static List<Line> lines;
    static RunSummary run;
    static BigDecimal reported10;

    @BeforeAll
    static void ingestReportsAndSummary() throws Exception {
        Path dir = Files.createDirectories(input.resolve("2567/Q4/" + AGENCY));
        for (int i = 1; i <= 40; i++) {
            String name = String.format("report-%02d.docx", i);
            Files.copy(SAMPLES.resolve(name), dir.resolve(name));
        }
        List<Line> all = SummaryWorkbooks.sampleAgencyLines();
        lines = new ArrayList<>(all);
        lines.set(2, all.get(2).withName(all.get(2).name().replace(" ", "")));        // row 3: no spaces
        String five = all.get(4).name();
        lines.set(4, all.get(4).withName(five.substring(0, 15) + five.substring(16)));  // row 5: a letter left out
        lines.set(1, all.get(1).withSubProjectLine("(โครงการย่อย: ส่วนกลาง)"));        // row 2
        lines.remove(6);                                                               // report-07 left out
        reported10 = lines.get(9).disbursed();                                         // row 10: report-11
        lines.set(9, lines.get(9).withDisbursed(reported10 == null ? new BigDecimal("100000.00")
                : reported10.add(new BigDecimal("100000.00"))));
        lines.add(new Line(EXTRA, new BigDecimal("2500000.00"), new BigDecimal("0"), new BigDecimal("0"),
                new BigDecimal("10"), null));                                           // last row: no report
        BigDecimal sum = lines.stream().map(Line::disbursed).filter(d -> d != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        SummaryWorkbooks.write(dir.resolve("สรุปผลการดำเนินงาน-ไตรมาส4.xlsx"), Layout.CLASSIC,
                new Spec(AGENCY, 2567, 4, lines, sum.add(new BigDecimal("1000.00"))));
        run = IngestRunner.run(input, warehouse, 2, Map.of());
    }

    static List<String> query(String sql) throws Exception {
        return WarehouseRows.of(warehouse, sql, " | ");
    }

    @Test
    void theSummaryWorkbookOfTheSampleAgencyLoadsWithAllItsRowsAndItsMistypedTotalIsAFinding() throws Exception {
        assertThat(run.loaded()).isEqualTo(41);
        assertThat(run.rejected()).isZero();
        // The run's summary counts the workbook apart from the agency's 40 reports.
        assertThat(run.findingsByAgency().get(AGENCY).reports()).isEqualTo(40);
        assertThat(run.findingsByAgency().get(AGENCY + " (summary workbook)").byRule())
                .containsOnlyKeys("summary_total_differs");
        assertThat(query("SELECT agency, fiscal_year_be, quarter, header_rows, row_count, total_disbursed - sum_disbursed"
                + " FROM agency_summary")).containsExactly(AGENCY + " | 2567 | 4 | 2 | 40 | 1000.00");
        assertThat(query("SELECT count(*), count(DISTINCT row_no) FROM agency_summary_row"))
                .containsExactly("40 | 40");
        assertThat(query("SELECT project_name FROM agency_summary_row WHERE row_no = 2"))
                .containsExactly(lines.get(1).name() + "\n(โครงการย่อย: ส่วนกลาง)");
        assertThat(query("SELECT field, evidence FROM v_finding WHERE rule = 'summary_total_differs'"))
                .singleElement().asString().startsWith("disbursed | total row: รวมทั้งสิ้น")
                .contains("difference 1,000.00");
    }

    @Test
    void summaryRowsAreMatchedToTheirReportsDespiteSpacingTyposAndTheSubProjectLine() throws Exception {
        assertThat(query("SELECT m.row_no, m.method, s.file_name FROM v_summary_match m"
                + " JOIN submission s ON s.submission_id = m.report_submission_id"
                + " WHERE m.matched AND m.row_no IN (2, 3, 5) ORDER BY m.row_no"))
                .containsExactly("2 | sub_project_line | report-02.docx", "3 | exact | report-03.docx",
                        "5 | similar | report-05.docx");
        assertThat(query("SELECT method, count(*) FROM v_summary_match WHERE matched GROUP BY 1 ORDER BY 1"))
                .containsExactly("exact | 37", "similar | 1", "sub_project_line | 1");
    }

    @Test
    void aDifferingFigureAMissingReportAndAReportNotInTheSummaryAreFindingsQuotingBothFiles() throws Exception {
        List<String> findings = query("SELECT rule, field, summary_row_no, summary_value, report_file, report_value,"
                + " evidence FROM v_reconciliation_finding ORDER BY rule, summary_row_no");
        assertThat(findings).hasSize(3);
        assertThat(findings.get(0)).startsWith("report_not_in_summary | project_name | null | null | report-07.docx");
        assertThat(findings.get(1)).startsWith("summary_differs_from_report | disbursed | 10 | "
                + lines.get(9).disbursed().setScale(2) + " | report-11.docx | "
                + (reported10 == null ? "null" : reported10.setScale(2)))
                .contains("summary สรุปผลการดำเนินงาน-ไตรมาส4.xlsx row 10").contains("report report-11.docx");
        assertThat(findings.get(2)).startsWith("summary_report_missing | project_name | 40 | null | null | null")
                .contains(EXTRA);
    }

    @Test
    void theProjectsExpectedAndNotReceivedAreTheSummaryRowsWithoutAReport() throws Exception {
        assertThat(query("SELECT agency, fiscal_year_be, quarter, project_name, source, row_no"
                + " FROM v_reports_expected_missing"))
                .containsExactly(AGENCY + " | 2567 | 4 | " + EXTRA + " | summary | 40");
    }
}
