package th.planning.reports.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.xmlbeans.XmlException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import th.planning.reports.document.Block;
import th.planning.reports.document.Cell;
import th.planning.reports.document.Document;
import th.planning.reports.document.DocumentFormat;
import th.planning.reports.document.Paragraph;
import th.planning.reports.document.Table;

class DocxReaderTest {

    @TempDir
    Path dir;

    /** Parse a w:p/w:sdt string as the element itself, not as a document holding it. */
    private static final org.apache.xmlbeans.XmlOptions UNWRAP =
            new org.apache.xmlbeans.XmlOptions().setLoadReplaceDocumentElement(null);

    private final DocumentReader reader = new DocxReader(UnaryOperator.identity());

    @Test
    void docxWithAmountSplitOverRunsComesOutAsOneLine() throws IOException {
        XWPFDocument doc = new XWPFDocument();
        XWPFParagraph p = doc.createParagraph();
        for (String part : new String[] {"๙.๑ ได้รับจัดสรรงบประมาณ จำนวน ", "๙,", "๓๖๕", ",๘๐๐", " บาท"}) {
            p.createRun().setText(part);
        }
        Document read = reader.read(Fixtures.write(dir.resolve("a.docx"), doc));
        assertThat(read.format()).isEqualTo(DocumentFormat.DOCX);
        assertThat(read.lines()).containsExactly("๙.๑ ได้รับจัดสรรงบประมาณ จำนวน ๙,๓๖๕,๘๐๐ บาท");
    }

    @Test
    void docxSoftBreakAndTabStayInsideTheParagraph() throws IOException {
        XWPFDocument doc = new XWPFDocument();
        XWPFRun run = doc.createParagraph().createRun();
        run.setText("ชื่อ");
        run.addTab();
        run.setText("ค่า");
        run.addBreak();
        run.setText("บรรทัดสอง");
        doc.createParagraph(); // empty paragraph: dropped
        Document read = reader.read(Fixtures.write(dir.resolve("a.docx"), doc));
        assertThat(read.blocks()).containsExactly(new Paragraph("ชื่อ\tค่า\nบรรทัดสอง"));
    }

    @Test
    void docxTableKeepsGridSpanVerticalMergeAndNestedTable() throws IOException {
        XWPFDocument doc = new XWPFDocument();
        doc.createParagraph().createRun().setText("ก่อนตาราง");
        XWPFTable t = doc.createTable(3, 3);
        // row 0: "ตัวชี้วัด" (vMerge restart) | "ปี พ.ศ. ๒๕๖๗" spanning 2 columns
        t.getRow(0).getCell(0).setText("ตัวชี้วัด");
        t.getRow(0).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
        t.getRow(0).getCell(1).setText("ปี พ.ศ. ๒๕๖๗");
        t.getRow(0).getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
        t.getRow(0).removeCell(2);
        // row 1: continuation | เป้าหมาย | ผลที่ได้
        t.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge();
        t.getRow(1).getCell(1).setText("เป้าหมาย");
        t.getRow(1).getCell(2).setText("ผลที่ได้");
        // row 2: KPI | 100 | nested table
        t.getRow(2).getCell(0).setText("ร้อยละความสำเร็จ");
        t.getRow(2).getCell(1).setText("๑๐๐");
        XWPFTableCell host = t.getRow(2).getCell(2);
        host.setText("ผล:");
        XWPFTable nested = new XWPFTable(host.getCTTc().addNewTbl(), host, 1, 2);
        nested.getRow(0).getCell(0).setText("ไตรมาส ๔");
        nested.getRow(0).getCell(1).setText("๘๐");
        doc.createParagraph().createRun().setText("หลังตาราง");

        Document read = reader.read(Fixtures.write(dir.resolve("t.docx"), doc));

        assertThat(read.blocks()).hasSize(3);
        assertThat(read.blocks().get(0)).isEqualTo(new Paragraph("ก่อนตาราง"));
        assertThat(read.blocks().get(2)).isEqualTo(new Paragraph("หลังตาราง"));
        Table table = (Table) read.blocks().get(1);
        assertThat(table.rows()).hasSize(3);
        List<Cell> header = table.rows().get(0).cells();
        assertThat(header).hasSize(2);
        assertThat(header.get(0).text()).isEqualTo("ตัวชี้วัด");
        assertThat(header.get(0).rowSpan()).isEqualTo(2);
        assertThat(header.get(1).colSpan()).isEqualTo(2);
        assertThat(table.rows().get(1).cells()).extracting(Cell::text).containsExactly("เป้าหมาย", "ผลที่ได้");
        Cell withNested = table.rows().get(2).cells().get(2);
        assertThat(withNested.content()).hasSize(2);
        assertThat(withNested.content().get(0)).isEqualTo(new Paragraph("ผล:"));
        Block inner = withNested.content().get(1);
        assertThat(inner).isInstanceOf(Table.class);
        assertThat(inner.lines()).containsExactly("ไตรมาส ๔\t๘๐");
        assertThat(table.columnCount()).isEqualTo(3);
        assertThat(read.lines()).containsExactly(
                "ก่อนตาราง",
                "ตัวชี้วัด\tปี พ.ศ. ๒๕๖๗",
                "เป้าหมาย\tผลที่ได้",
                "ร้อยละความสำเร็จ\t๑๐๐\tผล: ไตรมาส ๔\t๘๐",
                "หลังตาราง");
    }

    @Test
    void docxCheckboxesBecomeTickedOrEmptyBoxes() throws IOException, XmlException {
        XWPFDocument doc = new XWPFDocument();
        // w14 checkbox content controls, Word writes ☒/☐ as their content
        addP(doc, "<w:p " + Fixtures.W_NS + ">"
                + checkboxSdt(true, "☒") + "<w:r><w:t xml:space=\"preserve\"> แผนปฏิบัติการประจำปี </w:t></w:r>"
                + checkboxSdt(false, "☐") + "<w:r><w:t xml:space=\"preserve\"> อื่น ๆ</w:t></w:r></w:p>");
        // Wingdings boxes as w:sym
        addP(doc, "<w:p " + Fixtures.W_NS + ">"
                + "<w:r><w:sym w:font=\"Wingdings\" w:char=\"F0FE\"/></w:r><w:r><w:t xml:space=\"preserve\"> ก </w:t></w:r>"
                + "<w:r><w:sym w:font=\"Wingdings\" w:char=\"F0A8\"/></w:r><w:r><w:t xml:space=\"preserve\"> ข </w:t></w:r>"
                + "<w:r><w:sym w:font=\"Wingdings\" w:char=\"F078\"/></w:r><w:r><w:t xml:space=\"preserve\"> ค </w:t></w:r>"
                + "<w:r><w:sym w:font=\"Wingdings 2\" w:char=\"F052\"/></w:r><w:r><w:t xml:space=\"preserve\"> ง </w:t></w:r>"
                + "<w:r><w:sym w:font=\"Wingdings 2\" w:char=\"F0A3\"/></w:r><w:r><w:t xml:space=\"preserve\"> จ</w:t></w:r></w:p>");
        // legacy form-field checkboxes: one checked, one by default only, one off
        addP(doc, "<w:p " + Fixtures.W_NS + ">"
                + legacyCheckbox("<w:checked/>") + "<w:r><w:t xml:space=\"preserve\"> ๑ </w:t></w:r>"
                + legacyCheckbox("<w:default w:val=\"1\"/>") + "<w:r><w:t xml:space=\"preserve\"> ๒ </w:t></w:r>"
                + legacyCheckbox("<w:default w:val=\"0\"/>") + "<w:r><w:t xml:space=\"preserve\"> ๓</w:t></w:r></w:p>");
        // Unicode boxes typed as text stay as they are
        doc.createParagraph().createRun().setText("■ ✓ □ ☒");

        Document read = reader.read(Fixtures.write(dir.resolve("c.docx"), doc));

        assertThat(read.lines()).containsExactly(
                "☑ แผนปฏิบัติการประจำปี ☐ อื่น ๆ",
                "☑ ก ☐ ข ☑ ค ☑ ง ☐ จ",
                "☑ ๑ ☑ ๒ ☐ ๓",
                "■ ✓ □ ☒");
    }

    @Test
    void docxBlockContentControlIsUnwrappedInPlace() throws IOException, XmlException {
        XWPFDocument doc = new XWPFDocument();
        doc.createParagraph().createRun().setText("หนึ่ง");
        CTSdtBlock sdt = doc.getDocument().getBody().addNewSdt();
        sdt.set(CTSdtBlock.Factory.parse("<w:sdt " + Fixtures.W_NS + "><w:sdtPr><w:alias w:val=\"ชื่อโครงการ\"/></w:sdtPr>"
                + "<w:sdtContent><w:p><w:r><w:t>สอง</w:t></w:r></w:p><w:p><w:r><w:t>สาม</w:t></w:r></w:p></w:sdtContent></w:sdt>", UNWRAP));
        doc.getDocument().getBody().addNewP().set(CTP.Factory.parse(
                "<w:p " + Fixtures.W_NS + "><w:r><w:t>สี่</w:t></w:r></w:p>", UNWRAP));
        Document read = reader.read(Fixtures.write(dir.resolve("s.docx"), doc));
        assertThat(read.lines()).containsExactly("หนึ่ง", "สอง", "สาม", "สี่");
    }

    @Test
    void docxHeaderFooterAndDeletedTextAreNotBodyText() throws IOException, XmlException {
        XWPFDocument doc = new XWPFDocument();
        doc.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT)
                .createParagraph().createRun().setText("หัวกระดาษ");
        doc.createFooter(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT)
                .createParagraph().createRun().setText("หน้า ๑");
        addP(doc, "<w:p " + Fixtures.W_NS + "><w:r><w:t>เนื้อ</w:t></w:r>"
                + "<w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>ลบ</w:delText></w:r></w:del>"
                + "<w:ins w:id=\"2\" w:author=\"a\"><w:r><w:t>หา</w:t></w:r></w:ins></w:p>");
        Document read = reader.read(Fixtures.write(dir.resolve("h.docx"), doc));
        assertThat(read.lines()).containsExactly("เนื้อหา");
    }

    @Test
    void docxTextIsPassedThroughTheCanonicalizer() throws IOException {
        XWPFDocument doc = new XWPFDocument();
        doc.createParagraph().createRun().setText("abc");
        XWPFTable t = doc.createTable(1, 2);
        t.getRow(0).getCell(0).setText("x");
        t.getRow(0).getCell(1).setText("y");
        Document read = new DocxReader(s -> s.toUpperCase()).read(Fixtures.write(dir.resolve("u.docx"), doc));
        assertThat(read.lines()).containsExactly("ABC", "X\tY");
    }

    private static void addP(XWPFDocument doc, String xml) throws XmlException {
        doc.getDocument().getBody().addNewP().set(CTP.Factory.parse(xml, UNWRAP));
    }

    private static String checkboxSdt(boolean checked, String glyph) {
        return "<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val=\"" + (checked ? 1 : 0) + "\"/>"
                + "<w14:checkedState w14:val=\"2612\" w14:font=\"MS Gothic\"/>"
                + "<w14:uncheckedState w14:val=\"2610\" w14:font=\"MS Gothic\"/></w14:checkbox></w:sdtPr>"
                + "<w:sdtContent><w:r><w:t>" + glyph + "</w:t></w:r></w:sdtContent></w:sdt>";
    }

    private static String legacyCheckbox(String state) {
        return "<w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:name w:val=\"Check1\"/><w:enabled/>"
                + "<w:checkBox><w:sizeAuto/>" + state + "</w:checkBox></w:ffData></w:fldChar></w:r>"
                + "<w:r><w:instrText xml:space=\"preserve\"> FORMCHECKBOX </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
    }
}
