package th.planning.reports.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import th.planning.reports.document.Where;
import th.planning.reports.reading.DocumentReader;
import th.planning.reports.reading.DocumentReaders;
import th.planning.reports.thai.ThaiNumbers;
import th.planning.reports.thai.ThaiText;

/**
 * Where each figure of sample report 01 was read, in each format, checked against the file itself opened
 * by another reader (PDFBox's own text per page, POI's cell, POI's Word table): a reviewer told "page 4"
 * or "sheet แบบรายงาน cell A53" finds the figure there.
 */
class SourceWhereSampleTest {

    private static final Path DIR = Path.of("sample-input/2567/Q4/สำนักงานสถิติแห่งชาติ");
    private static final DocumentReader READER = DocumentReaders.withCanonicalizer(ThaiText::canonicalize);

    private static ReportRecord read(String file) throws NotThisFormException {
        return FormExtractor.extract(READER.read(DIR.resolve(file)));
    }

    @Test
    void report01PdfBudgetFiguresComeFromTheOnePageThatPrintsThem() throws Exception {
        ReportRecord r = read("report-01.pdf");
        List<String> pages = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(DIR.resolve("report-01.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(pdf));
            }
        }
        // 5,944,420.00 (๙.๒, in Thai digits) is printed on one page only: that page is where contracted was read
        List<Integer> printing = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            if (ThaiNumbers.toArabicDigits(pages.get(p)).replace(" ", "").contains("5,944,420")) {
                printing.add(p + 1);
            }
        }
        assertThat(printing).hasSize(1);
        assertThat(r.contracted().value()).isEqualByComparingTo("5944420.00");
        assertThat(r.contracted().where()).isEqualTo(Where.page(printing.get(0)));
        assertThat(r.contracted().where().text()).isEqualTo("page 4");
        assertThat(r.allocated().where().text()).isEqualTo("page 4");
        assertThat(r.disbursed().where().text()).isEqualTo("page 4");
        // the activity table and section ๗'s targets are on pages 2–3, as PDFBox prints them
        assertThat(r.activities()).extracting(a -> a.where().text()).containsExactly("page 3", "page 3");
        assertThat(pages.get(2)).contains("กระบวนการทางพัสดุ");
    }

    @Test
    void report01XlsxFiguresNameTheSheetAndCellThatHoldTheirRow() throws Exception {
        ReportRecord r = read("report-01.xlsx");
        assertThat(r.disbursed().where().text()).isEqualTo("sheet แบบรายงาน cell A53");
        assertThat(r.kpis()).extracting(k -> k.where().text())
                .containsExactly("sheet แบบรายงาน cell A60", "sheet แบบรายงาน cell A61");
        try (InputStream in = Files.newInputStream(DIR.resolve("report-01.xlsx"));
             Workbook wb = WorkbookFactory.create(in)) {
            DataFormatter f = new DataFormatter();
            var sheet = wb.getSheet("แบบรายงาน");
            CellReference disbursed = new CellReference("A53");
            assertThat(f.formatCellValue(sheet.getRow(disbursed.getRow()).getCell(disbursed.getCol())))
                    .contains("เบิกจ่าย");
            CellReference kpi1 = new CellReference("A60");
            assertThat(ThaiText.canonicalize(f.formatCellValue(sheet.getRow(kpi1.getRow()).getCell(kpi1.getCol()))))
                    .contains("ร้อยละความสำเร็จการจัดทำโครงการจัดหาครุภัณฑ์คอมพิวเตอร์ทดแทน");
        }
    }

    @Test
    void report01DocxActivitiesNameTheirTableAndRow() throws Exception {
        ReportRecord r = read("report-01.docx");
        assertThat(r.activities()).extracting(a -> a.where().text()).containsExactly("table 2 row 3", "table 2 row 4");
        assertThat(r.kpis()).extracting(k -> k.where().text()).containsExactly("table 3 row 3", "table 3 row 4");
        assertThat(r.disbursed().where().text()).startsWith("paragraph ");
        try (InputStream in = Files.newInputStream(DIR.resolve("report-01.docx"));
             XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(ThaiText.canonicalize(doc.getTables().get(1).getRow(2).getCell(0).getText()))
                    .contains("กระบวนการทางพัสดุ");
            assertThat(ThaiText.canonicalize(doc.getTables().get(1).getRow(3).getCell(0).getText()))
                    .contains("ส่งมอบงาน");
        }
    }
}
