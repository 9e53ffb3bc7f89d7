package th.planning.reports.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import th.planning.reports.document.Cell;
import th.planning.reports.document.Document;
import th.planning.reports.document.DocumentFormat;
import th.planning.reports.document.Paragraph;
import th.planning.reports.document.Row;
import th.planning.reports.document.Table;
import th.planning.reports.support.SeedReports;

/**
 * Seed report 01 retyped the way other offices fill the same form: labels without their numbers,
 * ticks typed by hand, values on the next line or in table cells, Arabic digits.
 */
class FormVariantsTest {

    private static List<String> report01(UnaryOperator<String> edit) {
        List<String> out = new ArrayList<>();
        for (String line : SeedReports.texts().get(0)) {
            String edited = edit.apply(line);
            if (edited != null) {
                out.addAll(List.of(edited.split("\n", -1)));
            }
        }
        return out;
    }

    @Test
    void labelsTypedWithoutSectionNumbersInReport01() throws NotThisFormException {
        List<String> text = report01(l -> l
                .replace("๑. ชื่อแผนงาน/โครงการ", "ชื่อแผนงาน/โครงการ")
                .replace("๒. ชื่อหน่วยงาน", "ชื่อหน่วยงาน")
                .replace("๙.๑ ได้รับจัดสรร", "ได้รับจัดสรร")
                .replace("๙.๒ งบประมาณตามสัญญา", "งบประมาณตามสัญญา")
                .replace("๙.๓ งบประมาณซึ่ง", "งบประมาณซึ่ง")
                .replace("๑๔.๑ มีความก้าวหน้า", "มีความก้าวหน้า"));
        ReportRecord r = FormExtractor.extract(SeedReports.document(text));
        assertThat(r.projectName().value()).startsWith("โครงการจัดหาครุภัณฑ์คอมพิวเตอร์ทดแทนครุภัณฑ์เดิม");
        assertThat(r.agency().value()).isEqualTo("สำนักงานสถิติแห่งชาติ");
        assertThat(r.allocated().value()).isEqualByComparingTo("9365800");
        assertThat(r.contracted().value()).isEqualByComparingTo("5944420");
        assertThat(r.disbursed().value()).isEqualByComparingTo("0");
        assertThat(r.progressTotal().value()).isEqualByComparingTo("35");
    }

    @Test
    void sectionNumbersMisreadByOcrAsLettersInReport01() throws NotThisFormException {
        // a 200 dpi scan of report 01 read "๙. โครงการใช้งบประมาณ" as "ฒ. โครงการใช้งบประมาณ" (benchmark corpus)
        List<String> text = report01(l -> l
                .replace("๙. โครงการใช้งบประมาณ", "ฒ. โครงการใช้งบประมาณ")
                .replace("๑๔. ความก้าวหน้า", "ด๔. ความก้าวหน้า")
                .replace("๗. ตัวชี้วัด", "ญ.ตัวชี้วัด") // scanned report 22 read ๗. as ญ.
                .replace("๙.๒ งบประมาณตามสัญญา", "๙ ๒ งบประมาณตามสัญญา") // scanned report 10, other layout
                .replace("๑๔.๑ มีความก้าวหน้า", "ด๔.ด มีความก้าวหน้า"));
        assertThat(text).anyMatch(l -> l.startsWith("ฒ. โครงการใช้งบประมาณ")).anyMatch(l -> l.startsWith("ด๔. "))
                .anyMatch(l -> l.startsWith("ญ.ตัวชี้วัด")).anyMatch(l -> l.startsWith("๙ ๒ งบประมาณตามสัญญา"))
                .anyMatch(l -> l.startsWith("ด๔.ด มีความก้าวหน้า"));
        ReportRecord r = FormExtractor.extract(SeedReports.document(text));
        ReportRecord typed = FormExtractor.extract(SeedReports.document(report01(l -> l)));
        assertThat(r.kpiTargets()).isNotEmpty().isEqualTo(typed.kpiTargets());
        assertThat(r.allocated().value()).isEqualByComparingTo("9365800");
        assertThat(r.contracted().value()).isEqualByComparingTo("5944420");
        assertThat(r.progressTotal().value()).isEqualByComparingTo("35");
    }

    @Test
    void sectionNumbersOfA150DpiScanOfReport01() throws NotThisFormException {
        // a 150 dpi scan: ๙. read as «., ๙.๓ as "๙.ต" (so that line looked like section ๙'s heading), points lost
        List<String> text = report01(l -> l
                .replace("๙. โครงการใช้งบประมาณ", "«. โครงการใช้งบประมาณ")
                .replace("๙.๓ งบประมาณซึ่ง", "๙.ตางบประมาณซึ่ง")
                .replace("๑๐. พื้นที่ดำเนินการ", "๑๐ ฟื้นทีดำเนินการ")
                .replace("๑๑. สรุปผลการดำเนินงาน", "๑๑ สรุปผลการดำเนินงาน"));
        assertThat(text).anyMatch(l -> l.startsWith("«. โครงการใช้งบประมาณ")).anyMatch(l -> l.startsWith("๙.ตางบประมาณซึ่ง"))
                .anyMatch(l -> l.startsWith("๑๑ สรุปผลการดำเนินงาน"));
        ReportRecord r = FormExtractor.extract(SeedReports.document(text));
        assertThat(r.allocated().value()).isEqualByComparingTo("9365800");
        assertThat(r.contracted().value()).isEqualByComparingTo("5944420");
        ReportRecord typed = FormExtractor.extract(SeedReports.document(report01(l -> l)));
        assertThat(r.activities()).isNotEmpty().isEqualTo(typed.activities());
    }

    @Test
    void sectionNumberGluedToItsLabelWithoutItsPointIn150DpiScanOfReport01() throws NotThisFormException {
        // report 39 scanned at 150 dpi read "๙โครงการใช้งบประมาณปีพ.ศ.๒๕๖๗"
        List<String> text = report01(l -> l.replace("๙. โครงการใช้งบประมาณ ", "๙โครงการใช้งบประมาณ"));
        assertThat(text).anyMatch(l -> l.startsWith("๙โครงการใช้งบประมาณปี"));
        ReportRecord r = FormExtractor.extract(SeedReports.document(text));
        assertThat(r.allocated().value()).isEqualByComparingTo("9365800");
        assertThat(r.disbursed().value()).isEqualByComparingTo("0");
    }

    @Test
    void tickTypedByHandAsBracketedXInReport01() throws NotThisFormException {
        List<String> text = report01(l -> l.startsWith("- ณ สิ้นไตรมาส")
                ? (l.contains("ไตรมาส ๒") ? "[ X ] " : "[   ] ") + l.substring(2) : l);
        assertThat(FormExtractor.extract(SeedReports.document(text)).quarter()).isEqualTo(2);
    }

    @Test
    void wingdingsTickWithoutItsFontInReport01() throws NotThisFormException {
        List<String> text = report01(l -> l.startsWith("- ณ สิ้นไตรมาส")
                ? (l.contains("ไตรมาส ๑") ? "þ " : "¨ ") + l.substring(2) : l);
        assertThat(FormExtractor.extract(SeedReports.document(text)).quarter()).isEqualTo(1);
    }

    @Test
    void onlyTheReportedPeriodListedWithoutBoxesInReport01() throws NotThisFormException {
        List<String> text = report01(l -> l.startsWith("- ณ สิ้นไตรมาส") && !l.contains("ไตรมาส ๓") ? null : l);
        assertThat(FormExtractor.extract(SeedReports.document(text)).quarter()).isEqualTo(3);
    }

    @Test
    void amountAndProgressOnTheLineAfterTheirLabelInArabicDigitsInReport01() throws NotThisFormException {
        List<String> text = report01(l -> l
                .replace("๙.๑ ได้รับจัดสรรงบประมาณ จำนวน ๙,๓๖๕,๘๐๐ บาท", "๙.๑ ได้รับจัดสรรงบประมาณ\nจำนวน 9,365,800.- บาท")
                .replace("คิดเป็นร้อยละ.....๓๕.....ของเป้าหมายทั้งโครงการ", "คิดเป็นร้อยละ\n35 %"));
        ReportRecord r = FormExtractor.extract(SeedReports.document(text));
        assertThat(r.allocated().value()).isEqualByComparingTo("9365800");
        assertThat(r.allocated().wordsValue().value()).isEqualByComparingTo("9365800");
        assertThat(r.progressTotal().value()).isEqualByComparingTo("35");
    }

    @Test
    void sectionNineLaidOutAsATableWithAmountsInTheirOwnCells() throws NotThisFormException {
        List<String> text = SeedReports.texts().get(0);
        Document seed = SeedReports.document(text);
        List<th.planning.reports.document.Block> blocks = new ArrayList<>();
        for (var b : seed.blocks()) {
            if (b instanceof Paragraph p && p.text().startsWith("๙.")) {
                if (p.text().startsWith("๙.๑")) {
                    blocks.add(new Table(List.of(
                            new Row(List.of(Cell.of("๙.๑ ได้รับจัดสรรงบประมาณ"), Cell.of("1,234,500.00"), Cell.of("บาท"))),
                            new Row(List.of(Cell.of("๙.๒ งบประมาณตามสัญญาจ้าง"), Cell.of("1,000,000.00"), Cell.of("บาท"))),
                            new Row(List.of(Cell.of("๙.๓ งบประมาณซึ่งดำเนินการเบิกจ่ายแล้ว"), Cell.of("....."), Cell.of("บาท"))))));
                } else if (!p.text().startsWith("๙. ")) {
                    continue;
                }
            }
            blocks.add(b);
        }
        ReportRecord r = FormExtractor.extract(new Document(DocumentFormat.XLSX, blocks));
        assertThat(r.allocated().value()).isEqualByComparingTo("1234500");
        assertThat(r.contracted().value()).isEqualByComparingTo("1000000");
        assertThat(r.disbursed().value()).isNull();
        assertThat(r.disbursed().status()).hasToString("BLANK");
    }

    @Test
    void labelWrappedInsideItsCellPutsTheAmountBeforeจำนวนInReport01() throws NotThisFormException {
        // As Calc prints a sheet to PDF when the label cell is too narrow for its text.
        List<String> text = report01(l -> l.startsWith("๙.๒")
                ? "๙.๒ งบประมาณตามสัญญาจ้าง หรืองบประมาณสำหรับ 5,944,420.00\nดำเนินการเอง รวมทั้งสิ้น จำนวน" : l);
        assertThat(FormExtractor.extract(SeedReports.document(text)).contracted().value()).isEqualByComparingTo("5944420");
    }

    @Test
    void coordinatorAndPhoneOnOneLineWithEachPhoneLabelInReport01() throws NotThisFormException {
        for (String label : List.of("เบอร์โทรศัพท์ ", "เบอร์โทร: ", "โทรศัพท์ ", "โทร. ", "โทร ")) {
            List<String> text = report01(l -> l.startsWith("ผู้ประสาน")
                    ? "ผู้ประสานรายงานข้อมูล โดยกลุ่มยุทธศาสตร์และแผนงาน " + label + "๐ ๒๑๔๒ ๑๓๑๖"
                    : l.startsWith("เบอร์โทร") ? null : l);
            FormText t = FormExtractor.extract(SeedReports.document(text)).formText();
            assertThat(t.coordinator().value()).as(label).isEqualTo("กลุ่มยุทธศาสตร์และแผนงาน");
            assertThat(t.phone().value()).as(label).isEqualTo("๐ ๒๑๔๒ ๑๓๑๖");
        }
    }

    @Test
    void phoneOnItsOwnLineLabelledโทรInReport01() throws NotThisFormException {
        List<String> text = report01(l -> l.startsWith("เบอร์โทร") ? "โทร. 0 2142 1316" : l);
        FormText t = FormExtractor.extract(SeedReports.document(text)).formText();
        assertThat(t.coordinator().value()).isEqualTo("กลุ่มยุทธศาสตร์และแผนงาน");
        assertThat(t.phone().value()).isEqualTo("0 2142 1316");
    }

    @Test
    void aUnitWhoseNameHoldsโทรศัพท์IsNotCutInReport01() throws NotThisFormException {
        List<String> text = report01(l -> l.startsWith("ผู้ประสาน") ? "ผู้ประสานรายงานข้อมูลโดย กองโทรศัพท์สาธารณะ" : l);
        FormText t = FormExtractor.extract(SeedReports.document(text)).formText();
        assertThat(t.coordinator().value()).isEqualTo("กองโทรศัพท์สาธารณะ");
        assertThat(t.phone().value()).isEqualTo("๐ ๒๑๔๒ ๑๓๑๖ , ๐ ๒๑๔๑ ๗๓๑๑");
    }

    /**
     * A "- " typed in a cell is text (the PDF may wrap it to a line start); a list's bullet glyph is not:
     * Word's automatic bullet is no text in the docx (the reader emits none) and a "•" or a Symbol-font
     * glyph in its PDF, so those are dropped to read the same in both.
     */
    @Test
    void cellTextKeepsATypedDashAndDropsABulletGlyph() {
        Cell cell = new Cell(List.of(new Paragraph("ครั้ง\n- IOS ๕๐ ครั้ง\n• Android ๑๘ ครั้ง\n\uF0B7 รวม")), 1, 1, null);
        assertThat(TableGrid.text(cell)).isEqualTo("ครั้ง\n- IOS ๕๐ ครั้ง\nAndroid ๑๘ ครั้ง\nรวม");
        assertThat(FormLines.clean("- IOS ๕๐ ครั้ง")).as("a line of the page is still cleaned").isEqualTo("IOS ๕๐ ครั้ง");
    }
}
