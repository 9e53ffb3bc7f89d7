package th.planning.reports.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.planning.reports.document.Block;
import th.planning.reports.document.Cell;
import th.planning.reports.document.Paragraph;
import th.planning.reports.document.Row;
import th.planning.reports.document.Table;

/**
 * Each kind of row an indicator table of sections ๗ / ๑๑.๑ has, on the document model (so whatever the
 * format): the rows are the seed reports' own, as the seed text types them (line numbers in
 * ../shared/seed/fy2567-annual-reports.txt), or the way another office program lays them out.
 */
class KpiRowKindsTest {

    /** "ตัวชี้วัด | ปี พ.ศ. ๒๕๖๗ | " over " | เป้าหมาย | ผลที่ได้": the header of every ๑๑.๑ table. */
    private static final List<Row> HEADER_111 = List.of(
            row("ตัวชี้วัด", "ปี พ.ศ. ๒๕๖๗", ""),
            row("", "เป้าหมาย", "ผลที่ได้"));

    private static Row row(String... cells) {
        return new Row(Arrays.stream(cells).map(Cell::of).toList());
    }

    private static Table table(List<Row> header, Row... body) {
        List<Row> rows = new java.util.ArrayList<>(header);
        rows.addAll(List.of(body));
        return new Table(rows);
    }

    private static List<Kpi> results(Block... blocks) {
        return KpiExtractor.extract(List.of(blocks), "11.1", 2567);
    }

    private static List<String> rows(List<Kpi> kpis) {
        return kpis.stream().map(k -> k.seq() + "|" + k.kind() + "|" + k.indicator() + "|" + k.targetText()
                + "|" + k.resultText()).toList();
    }

    /** Seed lines 2256–2269: "เชิงปริมาณ : | จำนวน" heads the items; it is not indicator 1. */
    @Test
    void report17LabelRowBesideAUnitHeadingIsNotAnIndicator() {
        List<Kpi> kpis = results(table(List.of(row("ตัวชี้วัด", "ค่าเป้าหมาย", ""), row("", "ปี พ.ศ. ๒๕๖๗", "")),
                row("เชิงปริมาณ :", "จำนวน", ""),
                row("๑) จำนวนหน่วยงานภาครัฐส่วนกลาง มีระบบบัญชีข้อมูลหน่วยงาน", "๔๐ หน่วยงาน", "-"),
                row("๒) จำนวนชุดข้อมูลที่หน่วยงานภาครัฐส่วนกลางและจังหวัด", "๑๔,๐๐๐ ชุดข้อมูล", "-"),
                row("เชิงคุณภาพ :", "", ""),
                row("๑) ร้อยละของชุดข้อมูลเปิดที่นำมาลงทะเบียน", "ร้อยละ ๕๐", "-")));

        assertThat(rows(kpis)).containsExactly(
                "1|เชิงปริมาณ|๑) จำนวนหน่วยงานภาครัฐส่วนกลาง มีระบบบัญชีข้อมูลหน่วยงาน|๔๐ หน่วยงาน|-",
                "2|เชิงปริมาณ|๒) จำนวนชุดข้อมูลที่หน่วยงานภาครัฐส่วนกลางและจังหวัด|๑๔,๐๐๐ ชุดข้อมูล|-",
                "3|เชิงคุณภาพ|๑) ร้อยละของชุดข้อมูลเปิดที่นำมาลงทะเบียน|ร้อยละ ๕๐|-");
    }

    /** Seed lines 4703–4708: the kind of each item is that of the nearest label above it. */
    @Test
    void report35ItemsTakeTheirKindFromTheNearestLabelRow() {
        List<Kpi> kpis = results(table(HEADER_111,
                row("เชิงปริมาณ :", "", ""),
                row("๑. ร้อยละความสำเร็จรายงานสถานการณ์ข้อมูลสถิติ", "๑๐๐", "๑๐๐"),
                row("เชิงคุณภาพ :", "", ""),
                row("๑. รายงานสถานการณ์ข้อมูลสถิติที่ผ่านการรับฟังความคิดเห็น", "๑๐๐", "๑๐๐")));

        assertThat(kpis).extracting(Kpi::kind).containsExactly("เชิงปริมาณ", "เชิงคุณภาพ");
        assertThat(kpis).extracting(Kpi::seq).containsExactly(1, 2);
    }

    /** Seed line 3233: "ทั้งโครงการ (มีระยะ ๓ ปี) | ร้อยละ ๓๐ | ร้อยละ ๓๐" is the project's weight this year. */
    @Test
    void report24ProjectWeightRowIsNotAnIndicator() {
        List<Kpi> kpis = results(table(HEADER_111,
                row("ทั้งโครงการ (มีระยะ ๓ ปี)", "ร้อยละ ๓๐", "ร้อยละ ๓๐"),
                row("เชิงปริมาณ : จำนวนรายงานวิเคราะห์ถอดบทเรียน", "๑ เล่ม", "๑ เล่ม"),
                row("ค่าน้ำหนักของโครงการ", "๓๐", "๓๐")));

        assertThat(rows(kpis)).containsExactly("1|เชิงปริมาณ|จำนวนรายงานวิเคราะห์ถอดบทเรียน|๑ เล่ม|๑ เล่ม");
    }

    /**
     * Seed lines 1369–1376 (§๗) and 1411–1418 (๑๑.๑): an item whose ๒๕๖๗ cell is "-" has no target this
     * year, so it is no indicator of the year; its ๒๕๖๘ target stays among section ๗'s targets.
     */
    @Test
    void report11RowWithNoTargetThisYearIsNotAnIndicatorButKeepsItsLaterTarget() {
        List<Row> header7 = List.of(row("ตัวชี้วัด", "ค่าเป้าหมาย", ""), row("", "ปี พ.ศ. ๒๕๖๗", "ปี พ.ศ. ๒๕๖๘"));
        KpiExtractor.Plan plan = KpiExtractor.plan(List.of(table(header7,
                row("เชิงปริมาณ : แผนการบริหารโครงการ (Inception Report)", "๑ เล่ม", "-"),
                row("เชิงปริมาณ : รายงานผลการศึกษารอบแนวคิด", "-", "๑ เล่ม"))), 2567);

        assertThat(plan.kpis()).extracting(Kpi::indicator).containsExactly("แผนการบริหารโครงการ (Inception Report)");
        assertThat(plan.targets()).extracting(t -> t.seq() + "|" + t.yearBe() + "|" + t.targetText())
                .containsExactly("1|2567|๑ เล่ม", "1|2568|-", "2|2567|-", "2|2568|๑ เล่ม");

        List<Kpi> kpis = results(table(List.of(row("ตัวชี้วัด", "ค่าเป้าหมาย", ""), row("", "ปี พ.ศ. ๒๕๖๗", "ผลที่ได้")),
                row("เชิงปริมาณ :", "", ""),
                row("๑) แผนการบริหารโครงการ (Inception Report)", "๑ เล่ม", "-"),
                row("๒) รายงานผลการศึกษารอบแนวคิด", "-", "๑ เล่ม"),
                row("เชิงคุณภาพ :", "", ""),
                row("๓) ความรู้ ความเข้าใจทางด้านสถิติ", "-", "ร้อยละ ๑๐")));
        assertThat(rows(kpis)).containsExactly("1|เชิงปริมาณ|๑) แผนการบริหารโครงการ (Inception Report)|๑ เล่ม|-");
    }

    /** Seed lines 578 (05) and 544: "เชิงคุณภาพ : - | - | -" names no indicator. */
    @Test
    void report05KindLabelWithDashesOnlyIsNotAnIndicator() {
        List<Kpi> kpis = results(table(HEADER_111,
                row("เชิงปริมาณ : ร้อยละความสำเร็จในการจัดทำโครงการ", "ร้อยละ ๑๐๐", "-"),
                row("เชิงคุณภาพ : -", "-", "-")));

        assertThat(kpis).extracting(Kpi::indicator).containsExactly("ร้อยละความสำเร็จในการจัดทำโครงการ");
    }

    /**
     * A header whose year a program put on a row of its own under a first cell with words (the form's
     * "(เชิงปริมาณ เช่น จำนวน, ร้อยละ)" note): the year is a column heading, not indicator 1's target.
     * Report 23's §๗ has the other form of it, "ปี ๒๕๖๗" alone on a row (seed line 3064).
     */
    @Test
    void report23YearHeadingReadAsABodyRowIsNotATarget() {
        List<Kpi> kpis = results(table(List.of(row("ตัวชี้วัด", "", "")),
                row("(เชิงปริมาณ เช่น จำนวน, ร้อยละ)", "ปี พ.ศ. ๒๕๖๗", "ผลที่ได้"),
                row("ปี ๒๕๖๗", "", ""),
                row("๑) ร้อยละความสำเร็จในการดำเนินงานโครงการสำมะโนการเกษตร", "ร้อยละ ๑๐๐", "ร้อยละ ๑๐๐")));

        assertThat(rows(kpis)).containsExactly(
                "1|null|๑) ร้อยละความสำเร็จในการดำเนินงานโครงการสำมะโนการเกษตร|ร้อยละ ๑๐๐|ร้อยละ ๑๐๐");
    }

    /** A row of words and no value is the rest of the row above (a PDF row broken over a page). */
    @Test
    void report06WordsWithoutAValueContinueTheIndicatorAbove() {
        List<Kpi> kpis = results(table(HEADER_111,
                row("เชิงคุณภาพ : ๑. สำนักงานสถิติแห่งชาติ มีการโอนย้ายติดตั้งบนระบบ Cloud", "ร้อยละ ๑๐๐", "-")),
                table(HEADER_111, row("ได้สมบูรณ์", "", "")));

        assertThat(kpis).extracting(Kpi::indicator)
                .containsExactly("๑. สำนักงานสถิติแห่งชาติ มีการโอนย้ายติดตั้งบนระบบ Cloud ได้สมบูรณ์");
    }

    /** A total row under the indicators ("รวม | ร้อยละ ๑๐๐ | ร้อยละ ๑๐๐") is not an indicator. */
    @Test
    void totalRowUnderTheIndicatorsIsNotAnIndicator() {
        List<Kpi> kpis = results(table(HEADER_111,
                row("๑) จำนวนรายงานสถิติด้านเศรษฐกิจ", "๓ เรื่อง", "๓ เรื่อง"),
                row("รวม", "๓ เรื่อง", "๓ เรื่อง")));

        assertThat(kpis).hasSize(1);
    }

    /** Seed line 3657: four numbered indicators in one cell beside four targets and four results. */
    @Test
    void report27PackedCellIsSplitWhenItHoldsAsManyIndicatorsAsTargets() {
        List<Kpi> kpis = results(table(HEADER_111, row(
                "เชิงปริมาณ : ๑) จำนวนสื่อนำเสนอ ๒) จำนวนงานวิจัย ๓) จำนวนการประชุม/สัมมนา ๔) จำนวนความร่วมมือ",
                "๖๐ เรื่อง  ๒๕ เรื่อง  ๕ เรื่อง  ๓ ร่วมมือ", "๓๘ เรื่อง  ๖๑ เรื่อง  -  ๒ ร่วมมือ")));

        assertThat(rows(kpis)).containsExactly(
                "1|เชิงปริมาณ|๑) จำนวนสื่อนำเสนอ|๖๐ เรื่อง|๓๘ เรื่อง",
                "2|เชิงปริมาณ|๒) จำนวนงานวิจัย|๒๕ เรื่อง|๖๑ เรื่อง",
                "3|เชิงปริมาณ|๓) จำนวนการประชุม/สัมมนา|๕ เรื่อง|-",
                "4|เชิงปริมาณ|๔) จำนวนความร่วมมือ|๓ ร่วมมือ|๒ ร่วมมือ");
        assertThat(kpis.get(3).targetValue()).isEqualByComparingTo("3");
        assertThat(kpis.get(3).unit()).isEqualTo("ร่วมมือ");
    }

    /**
     * Seed lines 1137 and 1259: the targets "๑๐ เล่ม ครั้งละ ๑๐ เล่ม …" (a word that begins a target goes
     * with the next number), and a result cell whose lines wrap, with a breakdown in brackets.
     */
    @Test
    void report09And10PackedTargetsAreSplitAtTheirNumbers() {
        List<Kpi> nine = results(table(HEADER_111, row(
                "เชิงปริมาณ : ๑. รายงานเบื้องต้น ๒. รายงานความก้าวหน้า จำนวน ๒ ครั้ง ๓. ระบบต้นแบบ",
                "๑๐ เล่ม ครั้งละ ๑๐ เล่ม อย่างน้อย ๒ ครั้ง", "- - -")));
        assertThat(rows(nine)).containsExactly(
                "1|เชิงปริมาณ|๑. รายงานเบื้องต้น|๑๐ เล่ม|-",
                "2|เชิงปริมาณ|๒. รายงานความก้าวหน้า จำนวน ๒ ครั้ง|ครั้งละ ๑๐ เล่ม|-",
                "3|เชิงปริมาณ|๓. ระบบต้นแบบ|อย่างน้อย ๒ ครั้ง|-");

        List<Kpi> ten = results(table(HEADER_111, row(
                "เชิงปริมาณ :\n๑) จำนวนหลักสูตร\n๒) จำนวนบุคลากร\n๓) ร้อยละของผู้สำเร็จการอบรม",
                "๑๕ หลักสูตร ๘๑๐ คนร้อยละ ๙๐",
                "๑๗ หลักสูตร (Q๑=๓ หลักสูตร Q๒=๓\nหลักสูตร) ๒,๐๕๕ คน (Q๑=๕๕๓ คน\nQ๒=๑๑๙ คน) ร้อยละ ๙๙.๕๕")));
        assertThat(ten).extracting(Kpi::targetText).containsExactly("๑๕ หลักสูตร", "๘๑๐ คน", "ร้อยละ ๙๐");
        assertThat(ten).extracting(Kpi::resultText).containsExactly(
                "๑๗ หลักสูตร (Q๑=๓ หลักสูตร Q๒=๓ หลักสูตร)", "๒,๐๕๕ คน (Q๑=๕๕๓ คน Q๒=๑๑๙ คน)", "ร้อยละ ๙๙.๕๕");
    }

    /** Seed line 728: two numbered parts of one indicator beside four targets: the counts differ, one row. */
    @Test
    void report06PackedCellIsKeptWholeWhenTheCountsDiffer() {
        List<Kpi> kpis = results(table(HEADER_111, row(
                "เชิงปริมาณ : ๑) ระบบปฏิบัติการ ๑.๑) Windows ๑.๒) Unix ๒) ระบบฐานข้อมูล ๒.๑) SQL ๒.๒) NoSQL",
                "ร้อยละ ๒๐ ร้อยละ ๒๐ ร้อยละ ๒๐ ร้อยละ ๒๐", "- - - -")));

        assertThat(kpis).hasSize(1);
        assertThat(kpis.get(0).targetText()).isEqualTo("ร้อยละ ๒๐ ร้อยละ ๒๐ ร้อยละ ๒๐ ร้อยละ ๒๐");
    }

    /** A kind label typed as a paragraph between two tables of the section sets the kind below it. */
    @Test
    void report28KindLabelParagraphSetsTheKindOfTheRowsBelow() {
        List<Kpi> kpis = results(
                table(HEADER_111, row("เชิงปริมาณ : - มีกิจกรรมเปิดตัวโครงการ", "รวม ๕ ครั้ง", "รวม ๔ ครั้ง")),
                new Paragraph("เชิงคุณภาพ :"),
                table(HEADER_111, row("- ประชาชนกลุ่มเป้าหมายมีความรู้ความเข้าใจ", "๒,๕๐๐ คน", "๒๙,๓๕๐ คน")));

        assertThat(kpis).extracting(Kpi::kind).containsExactly("เชิงปริมาณ", "เชิงคุณภาพ");
    }
}
