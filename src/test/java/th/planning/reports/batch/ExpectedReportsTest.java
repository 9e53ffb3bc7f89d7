package th.planning.reports.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.planning.reports.support.WarehouseRows;
import th.planning.reports.support.ExpectedReport;
import th.planning.reports.support.OtherLayoutSheets;
import th.planning.reports.support.SeedReports;
import th.planning.reports.support.SummaryWorkbooks;
import th.planning.reports.support.SummaryWorkbooks.Layout;
import th.planning.reports.support.SummaryWorkbooks.Line;
import th.planning.reports.support.SummaryWorkbooks.Spec;

/**
 * Seed reports 01 and 02 filed for Q3 (workbooks written from the seed text, which ticks no quarter, so
 * the drop folder files them), then only report 01 for Q4, beside a Q4 summary (.xls) that lists report
 * 01's project twice. Report 02's project is expected in Q4 from the quarter before; the two rows that
 * tie for report 01 are matched to neither and are ambiguous findings naming it.
 */
class ExpectedReportsTest {

    static final String AGENCY = "สำนักงานสถิติแห่งชาติ";

    @TempDir
    Path input;
    @TempDir
    Path warehouse;

    List<String> query(String sql) throws Exception {
        return WarehouseRows.of(warehouse, sql, " | ");
    }

    @Test
    void aProjectThatReportedLastQuarterIsExpectedAndTwoRowsTyingForOneReportAreAmbiguous() throws Exception {
        List<List<String>> seed = SeedReports.texts();
        Path q3 = Files.createDirectories(input.resolve("2567/Q3/" + AGENCY));
        Path q4 = Files.createDirectories(input.resolve("2567/Q4/" + AGENCY));
        OtherLayoutSheets.xlsx(q3.resolve("report-01.xlsx"), seed.get(0));
        OtherLayoutSheets.xlsx(q3.resolve("report-02.xlsx"), seed.get(1));
        // .xls: the same text written as .xlsx within the same second is the same bytes, a duplicate.
        OtherLayoutSheets.xls(q4.resolve("report-01.xls"), seed.get(0));
        ExpectedReport one = ExpectedReport.all().get(0);
        ExpectedReport two = ExpectedReport.all().get(1);
        Line line = new Line(one.projectName(), one.allocated(), one.contracted(), one.disbursed(),
                one.progressTotal(), null);
        SummaryWorkbooks.write(q4.resolve("summary.xls"), Layout.REORDERED,
                new Spec(AGENCY, 2567, 4, List.of(line, line), null));

        RunSummary run = IngestRunner.run(input, warehouse, 2, Map.of());
        assertThat(run.loaded()).isEqualTo(4);
        assertThat(query("SELECT fiscal_year_be, quarter, file_name FROM v_latest_submission ORDER BY 2, 3"))
                .containsExactly("2567 | 3 | report-01.xlsx", "2567 | 3 | report-02.xlsx", "2567 | 4 | report-01.xls");

        assertThat(query("SELECT quarter, project_name, source, expected_from, row_no FROM v_reports_expected_missing"))
                .containsExactly("4 | " + one.projectName() + " | summary | summary.xls | 1",
                        "4 | " + one.projectName() + " | summary | summary.xls | 2",
                        "4 | " + two.projectName() + " | previous_quarter | report-02.xlsx | null");
        assertThat(query("SELECT rule, summary_row_no, evidence FROM v_reconciliation_finding ORDER BY 1, 2"))
                .hasSize(3)
                .anySatisfy(f -> assertThat(f).startsWith("report_not_in_summary | null | report report-01.xls:"))
                .anySatisfy(f -> assertThat(f).startsWith("summary_match_ambiguous | 1 | summary summary.xls row 1")
                        .endsWith("candidates: report-01.xls (1.0)"))
                .anySatisfy(f -> assertThat(f).startsWith("summary_match_ambiguous | 2 |"));
    }
}
