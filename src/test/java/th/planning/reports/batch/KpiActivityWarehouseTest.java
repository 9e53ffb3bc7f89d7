package th.planning.reports.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import th.planning.reports.support.SampleWarehouse;

/** fact_kpi and fact_activity after the job ran on sample-input: rows, values and the Parquet export. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KpiActivityWarehouseTest {

    static Path warehouse;

    @BeforeAll
    void theSampleWarehouse() throws Exception {
        warehouse = SampleWarehouse.get();
    }

    private List<String> rows(String sql) throws Exception {
        return SampleWarehouse.rows(sql);
    }

    @Test
    void report01DocxAndXlsxLoadTwoIndicatorsWithTargetAndUnreportedResult() throws Exception {
        assertThat(rows("""
                SELECT s.file_name, k.seq, k.kind, k.unit, k.target_year_be, k.target_value, k.result_value,
                       k.result_status
                FROM fact_kpi k JOIN submission s USING (submission_id)
                WHERE s.file_name IN ('report-01.docx', 'report-01.xlsx') ORDER BY 1, 2""")).containsExactly(
                "report-01.docx|1|เชิงปริมาณ|ร้อยละ|2567|100.00|null|NOT_REPORTED",
                "report-01.docx|2|เชิงคุณภาพ|ร้อยละ|2567|100.00|null|NOT_REPORTED",
                "report-01.xlsx|1|เชิงปริมาณ|ร้อยละ|2567|100.00|null|NOT_REPORTED",
                "report-01.xlsx|2|เชิงคุณภาพ|ร้อยละ|2567|100.00|null|NOT_REPORTED");
    }

    @Test
    void report01DocxLoadsTwoActivitiesWithPlannedDatesAndDeclaredCount() throws Exception {
        assertThat(rows("""
                SELECT a.seq, a.planned_start, a.planned_end, a.result_q3 IS NOT NULL, a.result_q4 IS NOT NULL,
                       t.activities_declared, t.activities_found
                FROM fact_activity a JOIN submission s USING (submission_id)
                JOIN report_text t USING (submission_id)
                WHERE s.file_name = 'report-01.docx' ORDER BY 1""")).containsExactly(
                "1|2024-02-01|2024-05-31|true|true|2|2",
                "2|2024-06-01|2024-09-30|false|true|2|2");
    }

    /** The docx types "สํารวจ" (NIKHAHIT + SARA AA); the PDF has "สำรวจ": the warehouse holds one form for all three. */
    @Test
    void report19ActivityIsStoredInCanonicalThaiFromEveryFormat() throws Exception {
        List<String> names = rows("""
                SELECT s.file_name, a.activity
                FROM fact_activity a JOIN submission s USING (submission_id)
                WHERE s.file_name LIKE 'report-19.%' AND a.seq = 1 ORDER BY 1""");
        assertThat(names).hasSize(3);
        assertThat(names).allSatisfy(r -> assertThat(r).contains("สำรวจ").doesNotContain("\u0E4D"));
        assertThat(names.stream().map(r -> r.substring(r.indexOf('|')).replaceAll("\\s+", "")).distinct()).hasSize(1);
    }

    @Test
    void indicatorsAndActivitiesAreExportedToParquet() {
        assertThat(Files.exists(warehouse.resolve("parquet/fact_kpi"))).isTrue();
        assertThat(Files.exists(warehouse.resolve("parquet/fact_activity"))).isTrue();
    }
}
