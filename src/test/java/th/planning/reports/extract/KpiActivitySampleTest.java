package th.planning.reports.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import th.planning.reports.reading.DocumentReader;
import th.planning.reports.reading.DocumentReaders;
import th.planning.reports.thai.ThaiText;

/**
 * Indicator (๗/๑๑.๑) and activity (๘/๑๑.๒) tables of the sample reports, checked against values read by
 * hand from ../shared/seed/fy2567-annual-reports.txt, in the formats that carry tables (docx, xlsx), and
 * the PDFs against the docx.
 */
class KpiActivitySampleTest {

    private static final Path DIR = Path.of("sample-input/2567/Q4/สำนักงานสถิติแห่งชาติ");

    /**
     * The reader the ingest job uses: every paragraph and cell canonicalized. Comparing raw text would
     * count as a difference what the warehouse never sees (the docx's "สํารวจ", NIKHAHIT + SARA AA, is
     * the PDF's "สำรวจ" once canonical).
     */
    private static final DocumentReader READER = DocumentReaders.withCanonicalizer(ThaiText::canonicalize);

    static ReportRecord read(String nn, String ext) throws NotThisFormException {
        return FormExtractor.extract(READER.read(DIR.resolve("report-" + nn + "." + ext)));
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
    void report11SplitsKindSubHeadingsAndKeepsTheThreeIndicatorsWithA2567Target(String ext) throws Exception {
        ReportRecord r = read("11", ext);

        // Seed lines 1411–1418: six rows under two sub-headings, three of them "-" in the ๒๕๖๗ column (their
        // targets are for ๒๕๖๘: section ๗'s targets keep them, see KpiTargetSampleTest).
        assertThat(r.kpis()).extracting(Kpi::kind).containsExactly("เชิงปริมาณ", "เชิงคุณภาพ", "เชิงคุณภาพ");
        assertThat(r.kpis()).extracting(Kpi::seq).containsExactly(1, 2, 3);
        assertThat(r.kpis().get(0).unit()).isEqualTo("เล่ม");
        assertThat(r.kpis().get(0).targetValue()).isEqualByComparingTo("1");
        assertThat(r.kpis().get(2).indicator()).startsWith("๒) ผู้ปฏิบัติงานในสำนักงานสถิติแห่งชาติ");
        assertThat(r.kpis().get(2).targetValue()).isEqualByComparingTo("40");
        assertThat(r.kpis().get(2).resultValue()).isEqualByComparingTo("80");
        assertThat(r.kpis().get(2).resultStatus()).isEqualTo("VALUE");
        assertThat(r.kpis()).noneMatch(k -> "-".equals(k.targetText()));
        // ๑๑.๑ ends at its "หมายเหตุ", which a spreadsheet reader joins to the table: it is not an indicator.
        assertThat(r.kpis()).noneMatch(k -> k.indicator() != null && k.indicator().startsWith("หมายเหตุ"));
        assertThat(r.activities()).hasSize(4);
        assertThat(r.activities().get(3).plannedEnd()).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"docx", "xlsx"})
    void report17ReadsTenIndicatorsUnderTwoSubHeadingsAndNotItsLabelRow(String ext) throws Exception {
        ReportRecord r = read("17", ext);

        // Seed lines 2258–2269: "เชิงปริมาณ : | จำนวน" is a label row (the column's unit heading), then ๘ + ๒ items.
        assertThat(r.kpis()).hasSize(10);
        assertThat(r.kpis().stream().filter(k -> "เชิงปริมาณ".equals(k.kind()))).hasSize(8);
        assertThat(r.kpis().get(0).indicator()).startsWith("๑) จำนวนหน่วยงานภาครัฐส่วนกลาง");
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

    /**
     * Activities per report, read by eye from the ๑๑.๒ table of each report in the seed text. Rule: an
     * activity is a row numbered at the table's top level ("กิจกรรมที่ N" where the table has such rows,
     * else the style of its first numbered row, "๑." or "๑)"); rows above the first activity and rows
     * without a result just before one are headings (project name, "กิจกรรมที่ใช้งบประมาณ"); other rows
     * are sub-steps of the activity above ("๑)" under "กิจกรรมที่ ๑", "ปี พ.ศ. ๒๕๖๖"); a row retyped after
     * a page break is the same activity. A table with no numbered row: one activity per row with a result.
     * Where this differs from the declared count, the form disagrees with itself (6: table 5, declared ๔;
     * 15: 5 vs ๒; 21: 4 vs ๒; 27: 8 numbered rows in two groups, declared ๒ = the groups).
     */
    static Stream<Arguments> activityCounts() {
        int[] expected = {
            2, 2, 2, 2, 2, 5, 2, 4, 4, 7, // 01-10 (09: §๘ schedules 4, §๑๑.๒ reports 3)
            4, 4, 3, 9, 5, 3, 5, 7, 4, 4, // 11-20
            4, 1, 3, 7, 4, 4, 2, 3, 3, 5, // 21-30 (27: two groups of 2 and 6 steps)
            4, 2, 4, 4, 3, 3, 4, 4, 3, 2, // 31-40
        };
        return IntStream.rangeClosed(1, 40).boxed().flatMap(i -> Stream.of("docx", "xlsx")
                .map(ext -> Arguments.of(String.format("%02d", i), ext, expected[i - 1])));
    }

    @ParameterizedTest(name = "report {0}.{1}: {2}")
    @MethodSource("activityCounts")
    void eachReportHasTheActivitiesItsResultTableNumbers(String nn, String ext, int expected) throws Exception {
        assertThat(read(nn, ext).activities()).hasSize(expected);
    }

    /** A docx and an xlsx of the same report must give the same activities, text and period. */
    @ParameterizedTest(name = "report {0}")
    @MethodSource("all")
    void activitiesOfEachReportAreTheSameInDocxAndXlsx(String nn) throws Exception {
        List<Activity> docx = read(nn, "docx").activities();
        List<Activity> xlsx = read(nn, "xlsx").activities();

        assertThat(xlsx).hasSameSizeAs(docx);
        for (int i = 0; i < docx.size(); i++) {
            Activity d = docx.get(i);
            Activity x = xlsx.get(i);
            assertThat(squeeze(x.activity())).as("activity %d", i + 1).isEqualTo(squeeze(d.activity()));
            assertThat(x.plannedStart()).as("start %d", i + 1).isEqualTo(d.plannedStart());
            assertThat(x.plannedEnd()).as("end %d", i + 1).isEqualTo(d.plannedEnd());
            assertThat(squeeze(x.resultText())).as("result %d", i + 1).isEqualTo(squeeze(d.resultText()));
        }
    }

    /** Report 40: the project's name and "กิจกรรมที่ใช้งบประมาณ" head the table; ๒.'s result is on the next page. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"docx", "xlsx"})
    void report40SkipsHeadingRowsAndJoinsTheResultContinuedOnTheNextPage(String ext) throws Exception {
        ReportRecord r = read("40", ext);

        assertThat(r.activitiesDeclared()).isEqualTo(2);
        assertThat(r.activities()).extracting(a -> a.activity().substring(0, 2)).containsExactly("๑.", "๒.");
        Activity a2 = r.activities().get(1);
        // §๘'s name (the schedule is the list); §๑๑.๒ types "๒. จัดทำสื่อนำเสนอ…" and joins it by its number
        assertThat(a2.activity()).startsWith("๒. จัดทำสื่อแนะนำเสนอการนำข้อมูลสถิติไปใช้ประโยชน์");
        assertThat(a2.resultText()).startsWith("- ชิ้นงานที่ ๑ Motion Graphic จำนวน ๑๔ เรื่อง"); // "<li>- ชิ้นงานที่ ๑" in the seed
        assertThat(a2.plannedStart()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(a2.plannedEnd()).isEqualTo(LocalDate.of(2024, 7, 31));
    }

    /** Report 13: three "กิจกรรมที่ N" rows, each with numbered sub-steps "๑)…" that carry the results. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"docx", "xlsx"})
    void report13FoldsNumberedSubStepsIntoTheirActivity(String ext) throws Exception {
        ReportRecord r = read("13", ext);

        assertThat(r.activities()).extracting(Activity::activity).containsExactly(
                "กิจกรรมที่ ๑ การแลกเปลี่ยนและแบ่งปันสถิติตามมาตรฐาน SDMX",
                "กิจกรรมที่ ๒ การสนับสนุนด้านระบบการแลกเปลี่ยนและแบ่งปันสถิติตามมาตรฐาน SDMX",
                "กิจกรรมที่ ๓ บริการสารสนเทศยุทธศาสตร์ภาครัฐ");
        Activity a3 = r.activities().get(2);
        assertThat(a3.resultText()).startsWith("๑) กำหนดโจทย์ความต้องการในการวิเคราะห์สารสนเทศ");
        assertThat(a3.resultText()).contains("๔) เผยแพร่บน www.nso.go.th");
        assertThat(a3.q4()).contains("เผยแพร่บน www.nso.go.th");
    }

    /*
     * PDFs (made by LibreOffice from the docx) against the docx, indicator for indicator and activity for
     * activity, every field. Measured: indicators and activities agree in all 40 reports. (29 and 35 type
     * " - " items inside one docx paragraph, "ครั้ง - IOS ๕๐ ครั้ง"; the PDF wraps before the dash, so cell
     * text keeps a typed "- " at a line start in every format rather than dropping it as a bullet.)
     */
    static final int PDF_KPIS_AGREE = 40;
    static final int PDF_ACTIVITIES_AGREE = 40;
    static final java.util.Set<String> PDF_KPI_DIFFERS = java.util.Set.of();
    static final java.util.Set<String> PDF_ACTIVITIES_DIFFER = java.util.Set.of();

    static Stream<String> pdfKpisAgree() {
        return all().filter(nn -> !PDF_KPI_DIFFERS.contains(nn));
    }

    static Stream<String> pdfActivitiesAgree() {
        return all().filter(nn -> !PDF_ACTIVITIES_DIFFER.contains(nn));
    }

    /** A PDF's ruled tables, continued over page breaks, give the docx's indicators, field for field. */
    @ParameterizedTest(name = "report {0}")
    @MethodSource("pdfKpisAgree")
    void indicatorsOfEachReportAreTheSameInPdfAndDocx(String nn) throws Exception {
        assertThat(kpiFields(read(nn, "pdf").kpis())).isEqualTo(kpiFields(read(nn, "docx").kpis()));
    }

    /** A PDF's ruled tables, continued over page breaks, give the docx's activities, field for field. */
    @ParameterizedTest(name = "report {0}")
    @MethodSource("pdfActivitiesAgree")
    void activitiesOfEachReportAreTheSameInPdfAndDocx(String nn) throws Exception {
        assertThat(activityFields(read(nn, "pdf").activities())).isEqualTo(activityFields(read(nn, "docx").activities()));
    }

    /** The number of reports whose PDF agrees with the docx may only go up. */
    @org.junit.jupiter.api.Test
    void pdfAgreesWithDocxInAtLeastAsManyReportsAsMeasured() throws Exception {
        int kpis = 0;
        int activities = 0;
        for (String nn : all().toList()) {
            ReportRecord pdf = read(nn, "pdf");
            ReportRecord docx = read(nn, "docx");
            kpis += kpiFields(pdf.kpis()).equals(kpiFields(docx.kpis())) ? 1 : 0;
            activities += activityFields(pdf.activities()).equals(activityFields(docx.activities())) ? 1 : 0;
        }
        assertThat(kpis).as("reports whose PDF indicators equal the docx").isGreaterThanOrEqualTo(PDF_KPIS_AGREE);
        assertThat(activities).as("reports whose PDF activities equal the docx").isGreaterThanOrEqualTo(PDF_ACTIVITIES_AGREE);
    }

    /**
     * Reports 29 and 35 type " - " items inside one paragraph of a result cell; the PDF wraps some of them
     * to a line start. The dash is text in every format, as the seed has it (seed lines 3971, 4715).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"docx", "pdf", "xlsx"})
    void reports29And35KeepTheDashesTypedInsideAResultCell(String ext) throws Exception {
        Activity services = read("29", ext).activities().get(1);
        assertThat(squeeze(services.q2())).contains(squeeze("๒.๒.๑ THAI STAT ๖๘ ครั้ง - IOS ๕๐ ครั้ง - Android ๑๘ ครั้ง"));
        assertThat(squeeze(services.q3())).contains(
                squeeze("๑.๑.๑ การให้บริการข้อมูล (ครั้ง) - ทางเว็บไซต์ ๒,๖๓๑,๕๓๐ ครั้ง - การติดต่อด้วยตนเองที่สำนักงาน"));

        Activity study = read("35", ext).activities().get(1);
        assertThat(squeeze(study.q2())).startsWith(squeeze("- จัดประชุมกลุ่มย่อย (Focus Group)"))
                .contains(squeeze("(GOAP) - จัดทำ (ร่าง) กรอบการพัฒนาศักยภาพด้านสิ่งแวดล้อมประเทศไทย - จัดทำ (ร่าง)"));
    }

    /** Every extracted field of each indicator, spaces squeezed out (a PDF line wrap is not a difference). */
    static List<String> kpiFields(List<Kpi> kpis) {
        return kpis.stream().map(k -> String.join("|", k.kind(), squeeze(k.indicator()), k.unit(),
                String.valueOf(k.targetYearBe()), String.valueOf(k.targetValue()), squeeze(k.targetText()),
                String.valueOf(k.resultValue()), k.resultStatus(), squeeze(k.resultText()))).toList();
    }

    /** Every extracted field of each activity, spaces squeezed out. */
    static List<String> activityFields(List<Activity> activities) {
        return activities.stream().map(a -> String.join("|", squeeze(a.activity()), squeeze(a.plannedText()),
                String.valueOf(a.plannedStart()), String.valueOf(a.plannedEnd()), squeeze(a.resultText()),
                squeeze(a.q1()), squeeze(a.q2()), squeeze(a.q3()), squeeze(a.q4()))).toList();
    }

    private static String squeeze(String s) {
        return s == null ? null : s.replaceAll("\\s+", "");
    }

    static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }
}
