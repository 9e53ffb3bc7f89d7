package th.planning.reports.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static th.planning.reports.support.SampleWarehouse.rows;

import org.junit.jupiter.api.Test;
import th.planning.reports.support.SampleWarehouse;

/** Where each fact row was read (V015's *_where / source_where), after the job ran on sample-input. */
class SourceWhereWarehouseTest {

    @Test
    void report01sBudgetFiguresKeepThePageSheetCellOrParagraphTheyWereReadFrom() throws Exception {
        assertThat(rows("""
                SELECT s.detected_format, b.allocated_where, b.contracted_where, b.disbursed_where, p.progress_total_where
                FROM fact_budget b JOIN submission s USING (submission_id) JOIN fact_progress p USING (submission_id)
                WHERE s.file_name LIKE 'report-01.%' ORDER BY 1""")).containsExactly(
                "docx|paragraph 29|paragraph 30|paragraph 31|paragraph 43",
                "pdf|page 4|page 4|page 4|page 6",
                "xlsx|sheet แบบรายงาน cell A51|sheet แบบรายงาน cell A52|sheet แบบรายงาน cell A53|sheet แบบรายงาน cell A82");
    }

    @Test
    void report01sIndicatorsAndActivitiesKeepTheirTableRow() throws Exception {
        assertThat(rows("""
                SELECT s.detected_format, k.seq, k.source_where
                FROM fact_kpi k JOIN submission s USING (submission_id)
                WHERE s.file_name LIKE 'report-01.%' ORDER BY 1, 2""")).containsExactly(
                "docx|1|table 3 row 3", "docx|2|table 3 row 4",
                "pdf|1|page 4", "pdf|2|page 4",
                "xlsx|1|sheet แบบรายงาน cell A60", "xlsx|2|sheet แบบรายงาน cell A61");
        assertThat(rows("""
                SELECT s.detected_format, a.seq, a.source_where
                FROM fact_activity a JOIN submission s USING (submission_id)
                WHERE s.file_name LIKE 'report-01.%' ORDER BY 1, 2""")).containsExactly(
                "docx|1|table 2 row 3", "docx|2|table 2 row 4",
                "pdf|1|page 3", "pdf|2|page 3",
                "xlsx|1|sheet แบบรายงาน cell A46", "xlsx|2|sheet แบบรายงาน cell A47");
    }

    /** Every indicator, target and activity row of the samples has a place; and so has it in the Parquet. */
    @Test
    void everyIndicatorTargetAndActivityRowOfTheSamplesHasAPlace() throws Exception {
        assertThat(rows("""
                SELECT (SELECT count(*) FILTER (source_where IS NULL) FROM fact_kpi),
                       (SELECT count(*) FILTER (source_where IS NULL) FROM fact_kpi_target),
                       (SELECT count(*) FILTER (source_where IS NULL) FROM fact_activity),
                       (SELECT count(*) FILTER (disbursed IS NOT NULL AND disbursed_where IS NULL) FROM fact_budget)"""))
                .containsExactly("0|0|0|0");
        assertThat(rows("SELECT count(*) FILTER (source_where IS NULL), count(*) FROM read_parquet('"
                + SampleWarehouse.get().resolve("parquet/fact_kpi/*/*/*.parquet").toString().replace("'", "''") + "')"))
                .singleElement().satisfies(r -> assertThat(r).startsWith("0|"));
    }

    /** A finding about one figure names where that figure was read. */
    @Test
    void aFindingAboutOneFigureNamesWhereItWasRead() throws Exception {
        assertThat(rows("""
                SELECT count(*) FILTER (f.source_where IS NULL) FROM dq_finding f
                WHERE f.field IN ('allocated', 'contracted', 'disbursed')
                  AND f.rule NOT IN ('missing_required_field')""")).containsExactly("0");
        assertThat(rows("""
                SELECT count(*) FROM dq_finding f JOIN fact_budget b USING (submission_id)
                WHERE f.field = 'disbursed' AND f.source_where = b.disbursed_where""")).singleElement()
                .satisfies(n -> assertThat(Integer.parseInt(n)).isPositive());
    }
}
