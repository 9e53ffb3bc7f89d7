package th.planning.reports.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import th.planning.reports.support.FormFiles;

/**
 * The whole job on seed report 01 retyped as docx and xlsx with values the warehouse cannot hold or the
 * form cannot mean (issue 21.2–21.4) and §๑๐ regions (issue 20.4): every file loads, the run completes,
 * each odd value is MALFORMED or kept with a finding quoting it, never changed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestJobOddValuesTest {

    static final String FIFTY_DIGITS = "12345678901234567890123456789012345678901234567890";

    @TempDir
    static Path input;
    @TempDir
    static Path warehouse;
    RunSummary summary;
    final Map<String, String> outcome = new TreeMap<>();

    @BeforeAll
    void runTheJob() throws Exception {
        Path dir = Files.createDirectories(input.resolve("2567/Q4/สำนักงานสถิติแห่งชาติ"));
        FormFiles.docx(dir.resolve("huge.docx"), FormFiles.report01("ก", l -> l
                .replace("จำนวน ๙,๓๖๕,๘๐๐ บาท", "จำนวน " + FIFTY_DIGITS + " บาท")
                .replace("ร้อยละ.....๓๕.....", "ร้อยละ -99999999999999999999.5")
                .replace("\tร้อยละ ๑๐๐\t-", "\tร้อยละ ๑๐๐\t" + FIFTY_DIGITS)));
        FormFiles.xlsx(dir.resolve("grouped.xlsx"), FormFiles.report01("ข", l -> l
                .replace("จำนวน ๙,๓๖๕,๘๐๐ บาท", "จำนวน 12,345,678,901,234,567.89 บาท")
                .replace("จำนวน ๕,๙๔๔,๔๒๐ บาท", "จำนวน 1E+30 บาท")
                .replace("จำนวน.....-..... บาท", "จำนวน -๒๐,๑๐๐,๐๐๐ บาท")));
        FormFiles.docx(dir.resolve("signs.docx"), FormFiles.report01("ค", l -> l
                .replace("จำนวน ๙,๓๖๕,๘๐๐ บาท", "จำนวน \u22125,000,000.00 บาท")
                .replace("จำนวน.....-..... บาท", "จำนวน.....(๑๘,๐๘๕,๕๐๐).....บาท")));
        // At the drop folder's root: no folder to file it under either.
        FormFiles.docx(input.resolve("year3000.docx"), FormFiles.report01("ง", l -> l
                .replace("ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", "ประจำปีงบประมาณ พ.ศ. ๓๐๐๐")
                .replace("เริ่มตั้งแต่วันที่ ๑ เมษายน", "เริ่มตั้งแต่วันที่ ๓๒ กรกฎาคม")
                .replace("๑๐. พื้นที่ดำเนินการ (จังหวัด) ทั่วประเทศ",
                        "๑๐. พื้นที่ดำเนินการ (จังหวัด) กรุงเทพฯ และ ๔ ภาค ได้แก่ ภาคเหนือ ภาคกลาง ภาคตะวันออกเฉียงเหนือ ภาคใต้")));
        // One baht allocated against millions contracted: a rate no DECIMAL(9,4) holds.
        FormFiles.docx(dir.resolve("one-baht.docx"), FormFiles.report01("จ", l -> l
                .replace("จำนวน ๙,๓๖๕,๘๐๐ บาท", "จำนวน ๑ บาท")));
        Files.copy(Path.of("sample-input/2567/Q4/สำนักงานสถิติแห่งชาติ/report-31.docx"), dir.resolve("report-31.docx"));
        summary = IngestRunner.run(input, warehouse, 2, Map.of());
        for (String row : query("SELECT file_name, status, coalesce(reason, '') FROM submission")) {
            String[] p = row.split("\t", -1);
            outcome.put(p[0], (p[1] + " " + p[2]).strip());
        }
    }

    @Test
    void theRunCompletesWithEveryFileLoaded() {
        assertThat(summary.failures()).isEmpty();
        assertThat(summary.completed()).isTrue();
        assertThat(outcome).containsOnly(Map.entry("huge.docx", "loaded"), Map.entry("grouped.xlsx", "loaded"),
                Map.entry("signs.docx", "loaded"), Map.entry("year3000.docx", "loaded"),
                Map.entry("one-baht.docx", "loaded"), Map.entry("report-31.docx", "loaded"));
    }

    @Test
    void aRerunCompletesAndLoadsNothingTwice() throws Exception {
        RunSummary again = IngestRunner.run(input, warehouse, 2, Map.of());
        assertThat(again.completed()).isTrue();
        assertThat(again.loaded()).isZero();
        assertThat(again.unchanged()).isEqualTo(6);
        assertThat(query("SELECT count(*) FROM submission")).containsExactly("6");
    }

    @Test
    void numbersPastTheirColumnAreMalformedWithAFindingQuotingThem() throws Exception {
        assertThat(query("SELECT allocated, allocated_status FROM fact_budget JOIN submission USING (submission_id)"
                + " WHERE file_name = 'huge.docx'")).containsExactly("null\tMALFORMED");
        assertThat(query("SELECT progress_total_pct, progress_total_status FROM fact_progress"
                + " JOIN submission USING (submission_id) WHERE file_name = 'huge.docx'"))
                .containsExactly("null\tMALFORMED");
        assertThat(findings("huge.docx", "malformed_number")).containsExactly(
                "allocated ตัวเลขไม่ถูกต้อง: " + FIFTY_DIGITS,
                "progress_total_pct ตัวเลขไม่ถูกต้อง: -99999999999999999999.5");
        assertThat(query("SELECT allocated, allocated_status FROM fact_budget JOIN submission USING (submission_id)"
                + " WHERE file_name = 'grouped.xlsx'")).containsExactly("null\tMALFORMED");
        assertThat(findings("grouped.xlsx", "malformed_number")).containsExactly(
                "allocated ตัวเลขไม่ถูกต้อง: 12,345,678,901,234,567.89", "contracted ตัวเลขไม่ถูกต้อง: 1E+30");
    }

    @Test
    void anIndicatorResultPastItsColumnIsStoredAsMalformedWithAFinding() throws Exception {
        assertThat(query("SELECT seq, result_text, result_value, result_status FROM fact_kpi"
                + " JOIN submission USING (submission_id) WHERE file_name = 'huge.docx' ORDER BY seq")).containsExactly(
                "1\t" + FIFTY_DIGITS + "\tnull\tMALFORMED", "2\t" + FIFTY_DIGITS + "\tnull\tMALFORMED");
        assertThat(findings("huge.docx", "value_out_of_range")).hasSize(2)
                .allMatch(f -> f.startsWith("result_value ") && f.endsWith(FIFTY_DIGITS));
    }

    @Test
    void budgetExecutionAnswersForARateOfMillionsToOne() throws Exception {
        assertThat(query("SELECT allocated, contracted, contract_rate FROM v_budget_execution"
                + " WHERE file_name = 'one-baht.docx'")).containsExactly("1.00\t5944420.00\t5944420.0000");
    }

    @Test
    void negativeAmountsAreKeptNegativeWithAFinding() throws Exception {
        assertThat(query("SELECT file_name, allocated, allocated_status, contracted, contracted_status, disbursed,"
                + " disbursed_status FROM fact_budget JOIN submission USING (submission_id)"
                + " WHERE file_name IN ('grouped.xlsx', 'signs.docx') ORDER BY file_name")).containsExactly(
                "grouped.xlsx\tnull\tMALFORMED\tnull\tMALFORMED\t-20100000.00\tVALUE",
                "signs.docx\t-5000000.00\tVALUE\t5944420.00\tVALUE\t-18085500.00\tVALUE");
        assertThat(findings("grouped.xlsx", "negative_amount")).containsExactly("disbursed จำนวนเงินติดลบ: -๒๐,๑๐๐,๐๐๐");
        assertThat(findings("signs.docx", "negative_amount")).containsExactly(
                "allocated จำนวนเงินติดลบ: \u22125,000,000.00", "disbursed จำนวนเงินติดลบ: (๑๘,๐๘๕,๕๐๐)");
    }

    @Test
    void anImpossibleYearIsAFindingAndNoOtherYearIsStored() throws Exception {
        assertThat(query("SELECT fiscal_year_be IS NULL, allocated FROM fact_budget JOIN submission USING (submission_id)"
                + " WHERE file_name = 'year3000.docx'")).containsExactly("true\t9365800.00");
        assertThat(findings("year3000.docx", "impossible_date")).containsExactly(
                "fiscal_year_be วันที่หรือปีที่เป็นไปไม่ได้: พ.ศ. ๓๐๐๐", "date วันที่หรือปีที่เป็นไปไม่ได้: ๓๒ กรกฎาคม");
    }

    @Test
    void regionsAreStoredAndExportedBesideProvinces() throws Exception {
        assertThat(query("SELECT provinces, regions, nationwide FROM report_text JOIN submission USING (submission_id)"
                + " WHERE file_name = 'year3000.docx'")).containsExactly(
                "[กรุงเทพมหานคร]\t[ภาคเหนือ, ภาคกลาง, ภาคตะวันออกเฉียงเหนือ, ภาคใต้]\tfalse");
        Path exported = warehouse.resolve("parquet/report_text").toRealPath();
        String glob = Files.isDirectory(exported) ? exported + "/*.parquet" : exported.toString();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT list_sort(regions) FROM read_parquet('" + glob + "')"
                     + " WHERE len(regions) > 0")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("[ภาคกลาง, ภาคตะวันออกเฉียงเหนือ, ภาคเหนือ, ภาคใต้]");
            assertThat(rs.next()).isFalse();
        }
    }

    private List<String> findings(String file, String rule) throws Exception {
        return query("SELECT field || ' ' || message_th FROM dq_finding JOIN submission USING (submission_id)"
                + " WHERE file_name = '" + file + "' AND rule = '" + rule + "' ORDER BY finding_no");
    }

    private static List<String> query(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse.resolve("warehouse.duckdb")
);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    cells.add(String.valueOf(rs.getObject(i)));
                }
                out.add(String.join("\t", cells));
            }
        }
        return out;
    }
}
