package th.planning.reports.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.planning.reports.document.Document;
import th.planning.reports.document.DocumentFormat;

class PdfReaderTest {

    private static final File THAI_FONT = new File("/usr/share/fonts/truetype/tlwg/Laksaman.ttf");

    @TempDir
    Path dir;

    private final DocumentReader reader = new PdfReader(UnaryOperator.identity());

    @Test
    void thaiPdfReadsBackLineByLineWithMarksOnTheirConsonants() throws IOException {
        assumeTrue(THAI_FONT.isFile(), "TLWG Laksaman font not installed");
        Path file = dir.resolve("thai.pdf");
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            PDType0Font font = PDType0Font.load(pdf, THAI_FONT);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                cs.beginText();
                cs.setFont(font, 16);
                cs.newLineAtOffset(72, 700);
                cs.showText("๙.๑ ได้รับจัดสรรงบประมาณ จำนวน ๙,๓๖๕,๘๐๐ บาท");
                cs.newLineAtOffset(0, -40);
                cs.showText("ลดความเหลื่อมล้ำ ชื่อโครงการ");
                cs.endText();
            }
            pdf.save(file.toFile());
        }
        Document doc = reader.read(file);
        assertThat(doc.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(doc.lines()).containsExactly(
                "๙.๑ ได้รับจัดสรรงบประมาณ จำนวน ๙,๓๖๕,๘๐๐ บาท",
                "ลดความเหลื่อมล้ำ ชื่อโครงการ");
    }

    @Test
    void pdfWithAToneMarkRaisedAndShiftedStaysInItsWord() throws IOException {
        assumeTrue(THAI_FONT.isFile(), "TLWG Laksaman font not installed");
        Path file = dir.resolve("marks.pdf");
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            PDType0Font font = PDType0Font.load(pdf, THAI_FONT);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                // "ได้รับ" drawn glyph by glyph, the tone mark positioned 4pt higher and to the left,
                // as shaping engines do; then a spaced-out word with small positioning gaps
                float x = 72;
                cs.beginText();
                cs.setFont(font, 16);
                cs.newLineAtOffset(x, 700);
                cs.showText("ได");
                cs.endText();
                float w = font.getStringWidth("ได") / 1000 * 16;
                cs.beginText();
                cs.setFont(font, 16);
                cs.newLineAtOffset(x + w - 3, 704);
                cs.showText("\u0E49");
                cs.endText();
                cs.beginText();
                cs.setFont(font, 16);
                cs.newLineAtOffset(x + w + 0.5f, 700);
                cs.showText("รับ");
                cs.endText();
                cs.beginText();
                cs.setFont(font, 16);
                cs.newLineAtOffset(72, 660);
                cs.showText("งบประมาณ");
                cs.endText();
            }
            pdf.save(file.toFile());
        }
        assertThat(reader.read(file).lines()).containsExactly("ได้รับ", "งบประมาณ");
    }

    @Test
    void ruledGridBecomesATableBetweenTheParagraphsWithAMergedHeaderCell() throws IOException {
        Path file = dir.resolve("ruled.pdf");
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            org.apache.pdfbox.pdmodel.font.PDType1Font font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                text(cs, font, 72, 700, "Before the table");
                // rows at y 680..650..620..590; columns at x 72, 250, 400; the header spans both right columns
                for (float y : new float[] {680, 650, 620, 590}) {
                    cs.moveTo(72, y);
                    cs.lineTo(400, y);
                }
                cs.moveTo(72, 680);
                cs.lineTo(72, 590);
                cs.moveTo(400, 680);
                cs.lineTo(400, 590);
                cs.stroke();
                cs.addRect(249.5f, 590, 1, 60); // the inner border as a thin filled box, below the header only
                cs.fill();
                text(cs, font, 80, 660, "Indicator");
                text(cs, font, 260, 660, "Target 2567");
                text(cs, font, 80, 630, "Share done");
                text(cs, font, 260, 630, "100");
                text(cs, font, 80, 600, "Books");
                text(cs, font, 260, 600, "3");
                text(cs, font, 72, 560, "After the table");
            }
            pdf.save(file.toFile());
        }
        Document doc = reader.read(file);

        assertThat(doc.blocks()).hasSize(3);
        assertThat(doc.blocks().get(0)).isEqualTo(new th.planning.reports.document.Paragraph("Before the table"));
        th.planning.reports.document.Table table = (th.planning.reports.document.Table) doc.blocks().get(1);
        assertThat(table.rows()).hasSize(3);
        assertThat(table.rows().get(0).cells()).extracting(c -> c.text(), c -> c.colSpan())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Indicator Target 2567", 2));
        assertThat(table.rows().get(1).cells()).extracting(c -> c.text()).containsExactly("Share done", "100");
        assertThat(table.rows().get(2).cells()).extracting(c -> c.text()).containsExactly("Books", "3");
        assertThat(doc.blocks().get(2)).isEqualTo(new th.planning.reports.document.Paragraph("After the table"));
    }

    private static void text(PDPageContentStream cs, org.apache.pdfbox.pdmodel.font.PDFont font, float x, float y,
            String s) throws IOException {
        cs.beginText();
        cs.setFont(font, 12);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    @Test
    void pdfWithoutTextIsReportedAsScanned() throws IOException {
        Path file = dir.resolve("scan.pdf");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(file.toFile());
        }
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("no text layer (scanned PDF?)");
    }

    @Test
    void pdfWithUserPasswordIsReportedAsPasswordProtected() throws IOException {
        Path file = dir.resolve("locked.pdf");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(file.toFile());
        }
        assertThatThrownBy(() -> DocumentReaders.read(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("password-protected");
    }

    /**
     * LibreOffice reuses one glyph for two characters (a shifted MAI THO its ToUnicode calls SARA UU,
     * NIKHAHIT's glyph it calls SARA AM) and says which one it meant in a {@code /Span <</ActualText>>}.
     */
    @Test
    void glyphInAnActualTextSpanReadsAsTheSpansTextNotItsToUnicode() throws IOException {
        assumeTrue(THAI_FONT.isFile(), "TLWG Laksaman font not installed");
        Path file = dir.resolve("actualtext.pdf");
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            PDType0Font font = PDType0Font.load(pdf, THAI_FONT);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                cs.beginText();
                cs.setFont(font, 16);
                cs.newLineAtOffset(72, 700);
                cs.showText("เป");
                actualText(cs, "\u0E49");
                cs.showText("\u0E39"); // the glyph drawn: its ToUnicode says SARA UU
                cs.endMarkedContent();
                cs.showText("าหมาย ท");
                actualText(cs, "\u0E33");
                cs.showText("\u0E4D\u0E32"); // SARA AM drawn as NIKHAHIT and SARA AA
                cs.endMarkedContent();
                cs.showText("งาน องค");
                actualText(cs, "\u0E4D");
                cs.showText("\u0E33"); // a lone NIKHAHIT drawn with SARA AM's glyph
                cs.endMarkedContent();
                cs.showText("กร");
                cs.endText();
            }
            pdf.save(file.toFile());
        }
        assertThat(reader.read(file).lines()).containsExactly("เป้าหมาย ทำงาน องคํกร");
    }

    /** An empty ActualText, or one that is a whole sentence, does not replace what the glyphs say. */
    @Test
    void emptyActualTextLeavesTheGlyphsText() throws IOException {
        assumeTrue(THAI_FONT.isFile(), "TLWG Laksaman font not installed");
        Path file = dir.resolve("emptyactualtext.pdf");
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            PDType0Font font = PDType0Font.load(pdf, THAI_FONT);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                cs.beginText();
                cs.setFont(font, 16);
                cs.newLineAtOffset(72, 700);
                actualText(cs, "");
                cs.showText("ผลที่ได้");
                cs.endMarkedContent();
                cs.endText();
            }
            pdf.save(file.toFile());
        }
        assertThat(reader.read(file).lines()).containsExactly("ผลที่ได้");
    }

    private static void actualText(PDPageContentStream cs, String text) throws IOException {
        org.apache.pdfbox.cos.COSDictionary props = new org.apache.pdfbox.cos.COSDictionary();
        props.setString(org.apache.pdfbox.cos.COSName.ACTUAL_TEXT, text);
        cs.beginMarkedContent(org.apache.pdfbox.cos.COSName.getPDFName("Span"),
                org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList.create(props));
    }

    /** Sample 28 (LibreOffice): its KPI header's "เป้าหมาย" / "ผลที่ได้" and 30's "องคํกร", as the docx types them. */
    @Test
    void libreOfficeSampleReadsToneMarksAndNikhahitAsTyped() {
        Path samples = Path.of("sample-input/2567/Q4/สำนักงานสถิติแห่งชาติ");
        assumeTrue(java.nio.file.Files.isDirectory(samples), "no sample-input/");
        String r28 = reader.read(samples.resolve("report-28.pdf")).text();
        assertThat(r28).contains("เป้าหมาย", "ผลที่ได้").doesNotContain("เปูา", "ไดู");
        String r30 = reader.read(samples.resolve("report-30.pdf")).text();
        assertThat(r30).contains("พัฒนารองค\u0E4Dกร").doesNotContain("พัฒนารองคำกร");
    }

    /** A wrap before the dash of "(พ.ศ. ๒๕๖๖ - ๒๕๗๐)" or "(เมษายน - พฤษภาคม)" is not a bullet item. */
    @Test
    void wrappedLineStartingWithTheDashOfARangeContinuesItsParagraph() {
        assertThat(PdfReader.dashContinues("การขับเคลื่อนแผนพัฒนาสถิติระดับจังหวัด (พ.ศ. ๒๕๖๖", "- ๒๕๗๐) เพื่อสนับสนุน")).isTrue();
        assertThat(PdfReader.dashContinues("ประมวลผลข้อมูล สศส.๖๗ (เมษายน", "- พฤษภาคม)")).isTrue();
        assertThat(PdfReader.dashContinues("แผนพัฒนาสถิติจังหวัด พ.ศ. ๒๕๖๖", "- ๒๕๗๐ ให้ถูกต้อง")).isTrue();
        // bullets: the line before is closed, or the dash opens text rather than a number
        assertThat(PdfReader.dashContinues("ไตรมาสที่ ๔", "- สำนักงานสถิติจังหวัดทั้ง ๗๖ จังหวัด")).isFalse();
        assertThat(PdfReader.dashContinues("(เป้าหมายการพัฒนาที่ยั่งยืน)", "- ตรวจสอบความมีอยู่")).isFalse();
        assertThat(PdfReader.dashContinues("", "- ๒๕๗๐")).isFalse();
    }

    @Test
    void pdfLineThatOpensAListItemIsNotJoinedToTheLineBefore() {
        assertThat(PdfReader.startsListItem("๙.๒ งบประมาณ")).isTrue();
        assertThat(PdfReader.startsListItem("☐ ณ สิ้นไตรมาส")).isTrue();
        assertThat(PdfReader.startsListItem("๙,๓๖๕,๘๐๐ บาท")).isFalse();
        assertThat(PdfReader.startsListItem("๗ ปี ที่")).isFalse();
    }

    /**
     * A bold imitation that draws a whole line a second time, after the rest, a fraction of a point
     * off (as the cover of the FY2565 budget volume 14 does): the line is read once. Same characters
     * a glyph's width apart (a dotted blank, a doubled letter) are all kept.
     */
    @Test
    void aLineOverprintedNearlyInPlaceIsReadOnce() throws IOException {
        Path file = dir.resolve("overprint.pdf");
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            var regular = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                cs.beginText();
                cs.setFont(regular, 20);
                cs.newLineAtOffset(72, 700);
                cs.showText("Budget Bill 2565");
                cs.newLineAtOffset(0, -40);
                cs.showText("Total ...... 100 baht, all staff");
                cs.endText();
                cs.beginText(); // the second pass, drawn after the whole first one
                cs.setFont(regular, 20);
                cs.newLineAtOffset(72.4f, 699.53f);
                cs.showText("Budget Bill 2565");
                cs.endText();
            }
            pdf.save(file.toFile());
        }
        assertThat(reader.read(file).lines()).containsExactly("Budget Bill 2565", "Total ...... 100 baht, all staff");
    }
}
