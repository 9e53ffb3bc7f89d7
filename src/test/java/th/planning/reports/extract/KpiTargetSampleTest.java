package th.planning.reports.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Section ๗'s targets per fiscal year in the five sample reports whose plan has a column per year,
 * read by eye from ../shared/seed/fy2567-annual-reports.txt (each report's "๗. ตัวชี้วัด / ค่าเป้าหมาย"
 * table), in every format. As "seq|year|target as typed" (spaces squeezed); a blank cell is no row,
 * a "-" is a row (no target that year).
 */
class KpiTargetSampleTest {

    private static List<String> targets(String nn, String ext) throws Exception {
        return KpiActivitySampleTest.read(nn, ext).kpiTargets().stream()
                .map(t -> t.seq() + "|" + t.yearBe() + "|" + t.targetText().replaceAll("\\s+", "")).toList();
    }

    /** Seed lines 1370–1376: ๒๕๖๗ and ๒๕๖๘; the items ๑)–๓) of each kind share one cell over three rows. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"docx", "pdf", "xlsx"})
    void report11HasATargetFor2567And2568ForEachOfItsSixIndicators(String ext) throws Exception {
        ReportRecord r = KpiActivitySampleTest.read("11", ext);

        assertThat(targets("11", ext)).containsExactly(
                "1|2567|๑เล่ม", "1|2568|-",
                "2|2567|-", "2|2568|๑เล่ม",
                "3|2567|-", "3|2568|อย่างน้อย๓วิชา",
                "4|2567|ร้อยละ๓", "4|2568|ร้อยละ๕",
                "5|2567|ร้อยละ๔๐", "5|2568|ร้อยละ๘๐",
                "6|2567|-", "6|2568|ร้อยละ๑๐");
        List<KpiTarget> t = r.kpiTargets();
        assertThat(t.get(2).indicator()).startsWith("๒) รายงานผลการศึกษารอบแนวคิดในการพัฒนาสมรรถนะ");
        assertThat(t.get(4).indicator()).startsWith("๓) บทเรียนอิเล็กทรอนิกส์ (e-Learning)");
        assertThat(t.get(10).indicator()).startsWith("๓) ความรู้ ความเข้าใจทางด้านสถิติ");
        assertThat(t.get(10).kind()).isEqualTo("เชิงคุณภาพ");
        assertThat(t.get(5).unit()).isEqualTo("วิชา");
        assertThat(t.get(5).targetValue()).isEqualByComparingTo("3");
        assertThat(t.get(1).targetValue()).isNull();
    }

    /** Seed lines 3061–3066: ๒๕๖๕–๒๕๖๗, the project's share per year first, a "ปี ๒๕๖๗" sub-heading row. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"docx", "pdf", "xlsx"})
    void report23HasTargetsFor2565To2567(String ext) throws Exception {
        assertThat(targets("23", ext)).containsExactly(
                "1|2565|๒๐", "1|2566|๖๐", "1|2567|๒๐",
                "2|2565|-", "2|2566|-", "2|2567|๑๐๐",
                "3|2565|-", "3|2566|-", "3|2567|๑๐๐");
        assertThat(KpiActivitySampleTest.read("23", ext).kpiTargets().get(0).indicator())
                .isEqualTo("โครงการสำมะโนการเกษตร พ.ศ. ๒๕๖๖");
    }

    /** Seed lines 3191–3198: ๒๕๖๗–๒๕๖๙; one cell of 2569 lists four sub-targets, one 2569 cell is blank. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"docx", "pdf", "xlsx"})
    void report24HasTargetsFor2567To2569(String ext) throws Exception {
        assertThat(targets("24", ext)).containsExactly(
                "1|2567|๓๐", "1|2568|๕๐", "1|2569|๒๐",
                "2|2567|๑เล่ม", "2|2568|-", "2|2569|-",
                "3|2567|-", "3|2568|๑เล่ม",
                "4|2567|----", "4|2568|----", "4|2569|๑เล่ม๑เล่ม๕เล่ม๗๖เล่ม",
                "5|2567|ร้อยละ๑๐๐", "5|2568|ร้อยละ๑๐๐", "5|2569|ร้อยละ๑๐๐");
        KpiTarget whole = KpiActivitySampleTest.read("24", ext).kpiTargets().get(0);
        assertThat(whole.unit()).as("\"ทั้งโครงการ (มีระยะ ๓ ปี) ร้อยละ\"").isEqualTo("ร้อยละ");
        assertThat(whole.targetValue()).isEqualByComparingTo("30");
    }

    /**
     * Seed lines 3605–3615 (27) and 5409–5422 (40): ๒๕๖๔–๒๕๖๗. Report 40's table goes on under its header
     * retyped after a page break, with the project's row retyped too: that row is one indicator.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"docx", "pdf", "xlsx"})
    void reports27And40HaveTargetsFor2564To2567(String ext) throws Exception {
        List<String> expected = List.of(
                "1|2564|๒๕", "1|2565|๒๕", "1|2566|๒๕", "1|2567|๒๕",
                "2|2564|๑๑", "2|2565|๒๐", "2|2566|๔๐", "2|2567|๖๐",
                "3|2564|๑๐", "3|2565|๑๕", "3|2566|๒๐", "3|2567|๒๕",
                "4|2564|-", "4|2565|๓", "4|2566|๔", "4|2567|๕",
                "5|2564|-", "5|2565|๑", "5|2566|๒", "5|2567|๓",
                "6|2564|๘๐", "6|2565|๘๒", "6|2566|๘๔", "6|2567|๘๖",
                "7|2564|๗๐", "7|2565|๗๒", "7|2566|๗๔", "7|2567|๗๖");
        assertThat(targets("27", ext)).containsExactlyElementsOf(expected);
        assertThat(targets("40", ext)).containsExactlyElementsOf(expected);
        List<KpiTarget> t = KpiActivitySampleTest.read("27", ext).kpiTargets();
        assertThat(t.get(4).unit()).as("\"… (เรื่อง)\"").isEqualTo("เรื่อง");
        assertThat(t.get(20).unit()).as("\"… (ร้อยละ)\"").isEqualTo("ร้อยละ");
        assertThat(t.get(20).kind()).isEqualTo("เชิงคุณภาพ");
    }

    /**
     * Single-year plans: one target per indicator, for the year the header names (report 35, seed lines
     * 4658–4666: four indicators under two sub-heading rows, ๑๐๐ each; report 01, lines 48–51: "-" twice).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"docx", "pdf", "xlsx"})
    void reports35And01HaveOneTargetPerIndicatorFor2567(String ext) throws Exception {
        assertThat(targets("35", ext)).containsExactly("1|2567|๑๐๐", "2|2567|๑๐๐", "3|2567|๑๐๐", "4|2567|๑๐๐");
        List<KpiTarget> t = KpiActivitySampleTest.read("35", ext).kpiTargets();
        assertThat(t).allSatisfy(x -> assertThat(x.targetValue()).isEqualByComparingTo("100"));
        // "๑. ร้อยละความสำเร็จ…" names its unit; "๑. รายงานสถานการณ์…" does not.
        assertThat(t).extracting(KpiTarget::unit).containsExactly("ร้อยละ", "ร้อยละ", null, "ร้อยละ");
        assertThat(targets("01", ext)).containsExactly("1|2567|-", "2|2567|-");
    }

    /** Every report's plan targets agree between its three files, field for field (spaces squeezed). */
    @ParameterizedTest(name = "report {0}")
    @org.junit.jupiter.params.provider.MethodSource("th.planning.reports.extract.KpiActivitySampleTest#all")
    void targetsOfEachReportAreTheSameInDocxPdfAndXlsx(String nn) throws Exception {
        List<String> docx = fields(KpiActivitySampleTest.read(nn, "docx").kpiTargets());
        assertThat(fields(KpiActivitySampleTest.read(nn, "pdf").kpiTargets())).isEqualTo(docx);
        assertThat(fields(KpiActivitySampleTest.read(nn, "xlsx").kpiTargets())).isEqualTo(docx);
    }

    private static List<String> fields(List<KpiTarget> targets) {
        return targets.stream().map(t -> String.join("|", String.valueOf(t.seq()), t.kind(),
                t.indicator() == null ? null : t.indicator().replaceAll("\\s+", ""), String.valueOf(t.yearBe()),
                t.targetText().replaceAll("\\s+", ""), String.valueOf(t.targetValue()), t.unit())).toList();
    }
}
