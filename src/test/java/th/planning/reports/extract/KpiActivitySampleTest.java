package th.planning.reports.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import th.planning.reports.reading.DocumentReaders;

/**
 * Indicator (๗/๑๑.๑) and activity (๘/๑๑.๒) tables of the sample reports, checked against values read by
 * hand from ../shared/seed/fy2567-annual-reports.txt, in the formats that carry tables (docx, xlsx).
 */
class KpiActivitySampleTest {

    private static final Path DIR = Path.of("sample-input/2567/Q4/สำนักงานสถิติแห่งชาติ");

    static ReportRecord read(String nn, String ext) throws NotThisFormException {
        return FormExtractor.extract(DocumentReaders.read(DIR.resolve("report-" + nn + "." + ext)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"docx", "xlsx"})
    void report01HasTwoIndicatorsNotYetReportedAndTwoActivitiesByQuarter(String ext) throws Exception {
        ReportRecord r = read("01", ext);

        assertThat(r.kpis()).hasSize(2);
        Kpi q = r.kpis().get(0);
        assertThat(q.kind()).isEqualTo("เชิงปริมาณ");
        assertThat(q.indicator()).startsWith("ร้อยละความสำเร็จการจัดทำโครงการจัดหาครุภัณฑ์คอมพิวเตอร์ทดแทน");
        assertThat(q.unit()).isEqualTo("ร้อยละ");
        assertThat(q.targetYearBe()).isEqualTo(2567);
        assertThat(q.targetValue()).isEqualByComparingTo("100");
        assertThat(q.resultText()).isEqualTo("-");
        assertThat(q.resultValue()).isNull();
        assertThat(q.resultStatus()).isEqualTo("NOT_REPORTED");
        assertThat(r.kpis().get(1).kind()).isEqualTo("เชิงคุณภาพ");
        assertThat(r.kpis().get(1).indicator()).isEqualTo("ได้รับครุภัณฑ์คอมพิวเตอร์ ที่มีประสิทธิภาพ ตามความต้องการ");

        assertThat(r.activitiesDeclared()).isEqualTo(2);
        assertThat(r.activities()).hasSize(2);
        Activity a1 = r.activities().get(0);
        assertThat(a1.activity()).isEqualTo("๑. กระบวนการทางพัสดุ (ลงนามในสัญญา)");
        assertThat(a1.plannedStart()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(a1.plannedEnd()).isEqualTo(LocalDate.of(2024, 5, 31));
        assertThat(a1.q1()).isNull();
        assertThat(a1.q3()).isEqualTo("อยู่ในระหว่างกระบวนการพิจารณาผลการประกวดราคา");
        assertThat(a1.q4()).startsWith("เซ็นสัญญาเมื่อวันที่ ๒๖ ก.ค. ๖๗");
        Activity a2 = r.activities().get(1);
        assertThat(a2.plannedStart()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(a2.plannedEnd()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(a2.q3()).isNull();
        assertThat(a2.q4()).startsWith("อยู่ระหว่างตรวจรับพัสดุฯ");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"docx", "xlsx"})
    void report11SplitsKindSubHeadingsIntoSixIndicatorsWithUnits(String ext) throws Exception {
        ReportRecord r = read("11", ext);

        assertThat(r.kpis()).extracting(Kpi::kind).containsExactly(
                "เชิงปริมาณ", "เชิงปริมาณ", "เชิงปริมาณ", "เชิงคุณภาพ", "เชิงคุณภาพ", "เชิงคุณภาพ");
        assertThat(r.kpis().get(0).unit()).isEqualTo("เล่ม");
        assertThat(r.kpis().get(0).targetValue()).isEqualByComparingTo("1");
        assertThat(r.kpis().get(2).resultText()).isEqualTo("อย่างน้อย ๓ วิชา");
        assertThat(r.kpis().get(4).targetValue()).isEqualByComparingTo("40");
        assertThat(r.kpis().get(4).resultValue()).isEqualByComparingTo("80");
        assertThat(r.kpis().get(4).resultStatus()).isEqualTo("VALUE");
        // ๑๑.๑ ends at its "หมายเหตุ", which a spreadsheet reader joins to the table: it is not an indicator.
        assertThat(r.kpis()).noneMatch(k -> k.indicator() != null && k.indicator().startsWith("หมายเหตุ"));
        assertThat(r.activities()).hasSize(4);
        assertThat(r.activities().get(3).plannedEnd()).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"docx", "xlsx"})
    void report17ReadsElevenIndicatorsUnderTwoSubHeadings(String ext) throws Exception {
        ReportRecord r = read("17", ext);

        assertThat(r.kpis()).hasSize(11);
        assertThat(r.kpis().stream().filter(k -> "เชิงปริมาณ".equals(k.kind()))).hasSize(9);
    }

    static Stream<String> all() {
        return IntStream.rangeClosed(1, 40).mapToObj(i -> String.format("%02d", i));
    }

    /** A docx and an xlsx of the same report must give the same indicators, value for value. */
    @ParameterizedTest(name = "report {0}")
    @MethodSource("all")
    void indicatorsOfEachReportAreTheSameInDocxAndXlsx(String nn) throws Exception {
        List<Kpi> docx = read(nn, "docx").kpis();
        List<Kpi> xlsx = read(nn, "xlsx").kpis();

        assertThat(docx).isNotEmpty();
        assertThat(xlsx).hasSameSizeAs(docx);
        for (int i = 0; i < docx.size(); i++) {
            Kpi d = docx.get(i);
            Kpi x = xlsx.get(i);
            assertThat(squeeze(x.indicator())).as("indicator %d", i + 1).isEqualTo(squeeze(d.indicator()));
            assertThat(x.kind()).isEqualTo(d.kind());
            assertThat(x.targetValue()).isEqualTo(d.targetValue());
            assertThat(x.resultValue()).isEqualTo(d.resultValue());
            assertThat(x.resultStatus()).isEqualTo(d.resultStatus());
        }
    }

    private static String squeeze(String s) {
        return s == null ? null : s.replaceAll("\\s+", "");
    }

    static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }
}
