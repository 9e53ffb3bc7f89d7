package th.planning.reports.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static th.planning.reports.support.SampleWarehouse.rows;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.planning.reports.support.SampleWarehouse;

/** fact_kpi and fact_activity after the job ran on sample-input: rows, values and the Parquet export. */
class KpiActivityWarehouseTest {

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

    /**
     * Report 27 schedules two groups, each a heading over numbered steps: fact_activity has the two groups
     * (its declared count), fact_activity_step their 2 and 6 steps with their own periods, from every
     * format, and the Parquet export has them too.
     */
    @Test
    void report27sGroupsKeepTheirStepsWithPeriodsInFactActivityStep() throws Exception {
        assertThat(rows("""
                SELECT s.detected_format, st.activity_seq, count(*), min(st.planned_start), max(st.planned_end)
                FROM fact_activity_step st JOIN submission s USING (submission_id)
                WHERE s.file_name LIKE 'report-27.%' GROUP BY ALL ORDER BY 1, 2""")).containsExactly(
                "docx|1|2|2024-04-01|2024-09-30", "docx|2|6|2024-04-01|2025-01-31",
                "pdf|1|2|2024-04-01|2024-09-30", "pdf|2|6|2024-04-01|2025-01-31",
                "xlsx|1|2|2024-04-01|2024-09-30", "xlsx|2|6|2024-04-01|2025-01-31");
        assertThat(rows("""
                SELECT a.activity, st.step_no, st.step, st.planned_text, st.planned_start, st.planned_end
                FROM fact_activity_step st JOIN submission s USING (submission_id)
                JOIN fact_activity a ON a.submission_id = st.submission_id AND a.seq = st.activity_seq
                WHERE s.file_name = 'report-27.docx' AND st.step_no = 1 ORDER BY st.activity_seq""")).containsExactly(
                "กิจกรรมที่ไม่ใช้งบประมาณ|1|๑. จำนวนสื่อ Infographic ในรูปแบบที่ทันสมัย และจำนวนครั้งที่จัดนิทรรศการ"
                        + " เพื่อเผยแพร่ความรู้ต่าง ๆ ด้านข้อมูลสถิติและการนำไปใช้ประโยชน์|เมษายน - กันยายน ๒๕๖๗|2024-04-01|2024-09-30",
                "กิจกรรมที่ใช้งบประมาณ|1|๑. กระบวนการทางพัสดุ (ลงนามในสัญญา)|เมษายน - พฤษภาคม ๒๕๖๗|2024-04-01|2024-05-31");
        // Only the reports with groups have steps, as many as activity-rows.tsv counts (13: 6+3+4, 16: 3+6+4,
        // 19: 2+2+2, 21: 4+3, 25: 1+2+2+1, 27: 2+6), in each of their three files.
        assertThat(rows("""
                SELECT regexp_extract(s.file_name, 'report-(\\d+)', 1), count(*)
                FROM fact_activity_step st JOIN submission s USING (submission_id)
                WHERE s.detected_format = 'docx' GROUP BY ALL ORDER BY 1""")).containsExactly(
                "13|13", "16|13", "19|6", "21|7", "25|6", "27|8");
        assertThat(rows("SELECT count(*) FROM fact_activity_step")).containsExactly("159");
        assertThat(rows("SELECT count(*) FROM read_parquet('"
                + SampleWarehouse.get().resolve("parquet/fact_activity_step/*/*/*.parquet").toString().replace("'", "''")
                + "')")).containsExactly("159");
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

    /**
     * Section ๗'s targets per year, counted in the seed: 81 indicators with a target cell in the 35
     * single-year plans (the seed's §๗ rows with a filled cell, less the "เชิงคุณภาพ : - | -" rows of 05, 08
     * and 34, which name no indicator, and 17's label row "เชิงปริมาณ : | จำนวน"; 09's seven numbered items
     * beside seven targets in one cell, and 10's three, count one each) and 91 in the five multi-year ones
     * (11: 6 × 2, 23: 3 × 3, 24: 14, 27 and 40: 7 × 4): 172 per file, in each of the 120 files.
     */
    @Test
    void everyFileLoadsEachYearsTargetOfItsPlanIndicators() throws Exception {
        assertThat(rows("""
                SELECT s.detected_format, count(*), count(DISTINCT s.submission_id)
                FROM fact_kpi_target t JOIN submission s USING (submission_id) GROUP BY 1 ORDER BY 1"""))
                .containsExactly("docx|172|40", "pdf|172|40", "xlsx|172|40");
        assertThat(rows("SELECT count(*) FROM v_kpi_target")).containsExactly("172");
    }

    /** The five multi-year plans, through the analysts' view: the years each names (seed §๗ headers). */
    @Test
    void multiYearPlansHaveATargetRowForEachYearTheirHeaderNames() throws Exception {
        assertThat(rows("""
                SELECT regexp_extract(file_name, '[0-9]+'), CAST(list_sort(list_distinct(list(year_be))) AS VARCHAR), count(*)
                FROM v_kpi_target GROUP BY file_name HAVING count(DISTINCT year_be) > 1 ORDER BY 1""")).containsExactly(
                "11|[2567, 2568]|12",
                "23|[2565, 2566, 2567]|9",
                "24|[2567, 2568, 2569]|14",
                "27|[2564, 2565, 2566, 2567]|28",
                "40|[2564, 2565, 2566, 2567]|28");
    }

    /** Report 24's "ทั้งโครงการ (มีระยะ ๓ ปี) ร้อยละ | ๓๐ | ๕๐ | ๒๐" and its 2569 cell of four sub-targets. */
    @Test
    void report24KeepsEachYearsTargetInEveryFormat() throws Exception {
        assertThat(rows("""
                SELECT s.detected_format, t.seq, t.year_be, t.target_value, t.unit
                FROM fact_kpi_target t JOIN submission s USING (submission_id)
                WHERE s.file_name LIKE 'report-24.%' AND t.seq IN (1, 4) ORDER BY 1, 2, 3""")).containsExactly(
                "docx|1|2567|30.00|ร้อยละ", "docx|1|2568|50.00|ร้อยละ", "docx|1|2569|20.00|ร้อยละ",
                "docx|4|2567|null|null", "docx|4|2568|null|null", "docx|4|2569|1.00|เล่ม",
                "pdf|1|2567|30.00|ร้อยละ", "pdf|1|2568|50.00|ร้อยละ", "pdf|1|2569|20.00|ร้อยละ",
                "pdf|4|2567|null|null", "pdf|4|2568|null|null", "pdf|4|2569|1.00|เล่ม",
                "xlsx|1|2567|30.00|ร้อยละ", "xlsx|1|2568|50.00|ร้อยละ", "xlsx|1|2569|20.00|ร้อยละ",
                "xlsx|4|2567|null|null", "xlsx|4|2568|null|null", "xlsx|4|2569|1.00|เล่ม");
    }

    @Test
    void indicatorsAndActivitiesAreExportedToParquet() throws Exception {
        assertThat(Files.exists(SampleWarehouse.get().resolve("parquet/fact_kpi"))).isTrue();
        assertThat(Files.exists(SampleWarehouse.get().resolve("parquet/fact_activity"))).isTrue();
        assertThat(rows("SELECT count(*) FROM read_parquet('"
                + SampleWarehouse.get().resolve("parquet/fact_kpi_target/*/*/*.parquet").toString().replace("'", "''") + "')"))
                .containsExactly("516");
    }
}
