package th.planning.reports.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.planning.reports.document.Cell;
import th.planning.reports.document.Document;
import th.planning.reports.document.DocumentFormat;
import th.planning.reports.document.Paragraph;
import th.planning.reports.document.Table;

class SpreadsheetReaderTest {

    @TempDir
    Path dir;

    /**
     * Report 40's activity table (๑๑.๒): rows whose result cell is empty, and a result continued on the
     * next page under an empty activity cell, have one filled cell but are drawn with borders like the
     * rows around them; they are table rows. The unbordered lines around the table stay paragraphs.
     */
    @Test
    void borderedRowWithOneFilledCellStaysInTheTable() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet sheet = wb.createSheet("แบบรายงาน");
        XSSFCellStyle boxed = wb.createCellStyle();
        boxed.setBorderLeft(org.apache.poi.ss.usermodel.BorderStyle.HAIR);
        boxed.setBorderTop(org.apache.poi.ss.usermodel.BorderStyle.HAIR);
        sheet.createRow(0).createCell(0).setCellValue("มีกิจกรรมทั้งหมด จำนวน ๒ กิจกรรม");
        String[][] rows = {
            {"กิจกรรม", "ผลการดำเนินการ"},
            {"กิจกรรมที่ใช้งบประมาณ", ""},
            {"๑. จัดการประชุม", "ไตรมาสที่ ๑ ประชุมคณะกรรมการ"},
            {"๒. จัดทำสื่อ", ""},
            {"", "- ชิ้นงานที่ ๑ Motion Graphic"},
        };
        for (int r = 0; r < rows.length; r++) {
            XSSFRow row = sheet.createRow(1 + r);
            for (int c = 0; c < 2; c++) {
                XSSFCell cell = row.createCell(c);
                if (!rows[r][c].isEmpty()) {
                    cell.setCellValue(rows[r][c]);
                }
                cell.setCellStyle(boxed);
            }
        }
        sheet.createRow(7).createCell(0).setCellValue("๑๒. ประโยชน์ที่ได้รับ");

        Document doc = new SpreadsheetReader(UnaryOperator.identity()).read(Fixtures.write(dir.resolve("a.xlsx"), wb));

        assertThat(doc.blocks()).hasSize(3);
        assertThat(doc.blocks().get(0)).isEqualTo(new Paragraph("มีกิจกรรมทั้งหมด จำนวน ๒ กิจกรรม"));
        assertThat(((Table) doc.blocks().get(1)).lines()).containsExactly(
                "กิจกรรม\tผลการดำเนินการ",
                "กิจกรรมที่ใช้งบประมาณ",
                "๑. จัดการประชุม\tไตรมาสที่ ๑ ประชุมคณะกรรมการ",
                "๒. จัดทำสื่อ",
                "- ชิ้นงานที่ ๑ Motion Graphic");
        assertThat(doc.blocks().get(2)).isEqualTo(new Paragraph("๑๒. ประโยชน์ที่ได้รับ"));
    }

    @Test
    void xlsxWithMergedHeaderAndFormattedNumbersReadsAsShownWithExactNumbers() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet sheet = wb.createSheet("รายงาน");
        XSSFCellStyle money = wb.createCellStyle();
        money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
        // title merged across A1:D1 -> a paragraph
        sheet.createRow(0).createCell(0).setCellValue("แบบรายงานผลการดำเนินงาน");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
        // row 2 empty; header with A3:A4 merged down and B3:C3 merged across
        XSSFRow h1 = sheet.createRow(2);
        h1.createCell(0).setCellValue("ตัวชี้วัด");
        h1.createCell(1).setCellValue("ปี พ.ศ. ๒๕๖๗");
        sheet.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
        sheet.addMergedRegion(new CellRangeAddress(2, 2, 1, 2));
        XSSFRow h2 = sheet.createRow(3);
        h2.createCell(1).setCellValue("เป้าหมาย");
        h2.createCell(2).setCellValue("ผลที่ได้");
        XSSFRow r = sheet.createRow(4);
        r.createCell(0).setCellValue("๙.๑ ได้รับจัดสรรงบประมาณ จำนวน");
        XSSFCell amount = r.createCell(1);
        amount.setCellValue(9365800);
        amount.setCellStyle(money);
        XSSFCell noisy = r.createCell(2);
        noisy.setCellValue(0.1 + 0.2);
        // a formula whose cached value differs from what evaluating it would give
        XSSFRow f = sheet.createRow(5);
        f.createCell(0).setCellValue("รวม");
        XSSFCell formula = f.createCell(1);
        formula.setCellFormula("1+1");
        formula.setCellValue(5);
        // a lone text row after the table -> paragraph
        sheet.createRow(7).createCell(0).setCellValue("หมายเหตุ");

        Document doc = new SpreadsheetReader(UnaryOperator.identity()).read(Fixtures.write(dir.resolve("r.xlsx"), wb));

        assertThat(doc.format()).isEqualTo(DocumentFormat.XLSX);
        assertThat(doc.blocks()).hasSize(3);
        assertThat(doc.blocks().get(0)).isEqualTo(new Paragraph("แบบรายงานผลการดำเนินงาน"));
        assertThat(doc.blocks().get(2)).isEqualTo(new Paragraph("หมายเหตุ"));
        Table table = (Table) doc.blocks().get(1);
        assertThat(table.lines()).containsExactly(
                "ตัวชี้วัด\tปี พ.ศ. ๒๕๖๗",
                "เป้าหมาย\tผลที่ได้",
                "๙.๑ ได้รับจัดสรรงบประมาณ จำนวน\t9,365,800.00\t0.3",
                "รวม\t5");
        Cell header = table.rows().get(0).cells().get(0);
        assertThat(header.rowSpan()).isEqualTo(2);
        assertThat(table.rows().get(0).cells().get(1).colSpan()).isEqualTo(2);
        assertThat(table.rows().get(1).cells()).extracting(Cell::text).containsExactly("เป้าหมาย", "ผลที่ได้");
        Cell amountCell = table.rows().get(2).cells().get(1);
        assertThat(amountCell.number()).isEqualByComparingTo("9365800");
        assertThat(amountCell.number().scale()).isZero();
        assertThat(table.rows().get(2).cells().get(2).number()).isEqualTo(new BigDecimal("0.3"));
        assertThat(table.rows().get(3).cells().get(1).number()).isEqualTo(new BigDecimal("5"));
        assertThat(table.rows().get(2).cells().get(0).number()).isNull();
    }

    /**
     * The .xlsx stream reader and the .xls object model give the same document for the same cells: a
     * date (shown, no number), a boolean, a formula's cached text and error, a bordered empty cell.
     * SXSSF writes inline strings, which the stream reader has its own branch for.
     */
    @Test
    void theSameCellsSavedAsStreamedXlsxAndAsXlsReadTheSame() throws IOException {
        Path xlsx = dir.resolve("r.xlsx");
        Path xls = dir.resolve("r.xls");
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook();
             java.io.OutputStream out = java.nio.file.Files.newOutputStream(xlsx)) {
            fill(wb);
            wb.write(out);
        }
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
             java.io.OutputStream out = java.nio.file.Files.newOutputStream(xls)) {
            fill(wb);
            wb.write(out);
        }
        SpreadsheetReader reader = new SpreadsheetReader(UnaryOperator.identity());
        Document fromXlsx = reader.read(xlsx);
        Document fromXls = reader.read(xls);

        Table table = (Table) fromXlsx.blocks().get(0);
        assertThat(table.lines()).containsExactly(
                "ส่งรายงานเมื่อ\t7/15/24\tTRUE",
                "สูตร\tรวม ๒ รายการ\t#DIV/0!");
        assertThat(table.rows().get(0).cells().get(1).number()).as("a date carries no number").isNull();
        assertThat(table.rows().get(1).cells()).hasSize(3);
        assertThat(fromXls.blocks()).isEqualTo(fromXlsx.blocks());
    }

    private static void fill(org.apache.poi.ss.usermodel.Workbook wb) {
        org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet("รายงาน");
        org.apache.poi.ss.usermodel.CellStyle date = wb.createCellStyle();
        date.setDataFormat((short) 14);   // built-in m/d/yy
        org.apache.poi.ss.usermodel.CellStyle boxed = wb.createCellStyle();
        boxed.setBorderBottom(org.apache.poi.ss.usermodel.BorderStyle.THIN);
        org.apache.poi.ss.usermodel.Row r0 = sheet.createRow(0);
        r0.createCell(0).setCellValue("ส่งรายงานเมื่อ");
        org.apache.poi.ss.usermodel.Cell d = r0.createCell(1);
        d.setCellValue(java.time.LocalDate.of(2024, 7, 15));
        d.setCellStyle(date);
        r0.createCell(2).setCellValue(true);
        org.apache.poi.ss.usermodel.Row r1 = sheet.createRow(1);
        r1.createCell(0).setCellValue("สูตร");
        org.apache.poi.ss.usermodel.Cell text = r1.createCell(1);
        text.setCellFormula("\"รวม ๒ \"&\"รายการ\"");
        text.setCellValue("รวม ๒ รายการ");
        org.apache.poi.ss.usermodel.Cell error = r1.createCell(2);
        error.setCellFormula("1/0");
        error.setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0.getCode());
        r1.createCell(4).setCellStyle(boxed);   // bordered, empty: defined, trimmed from the row
    }

    /**
     * A workbook laid out as other office software lays the form out: labels in A and values from B,
     * cells merged over several columns, no blank row and no border. The ๘.๑ line typed as label | value
     * right above the schedule is a paragraph, the table starts at its header row and holds a group row
     * with one filled cell, and the next section heading ends it though no blank row does; a label | value
     * line under no header is a paragraph; in .xls too.
     */
    @Test
    void tableWithoutBlankRowsOrBordersIsFoundByItsHeaderAndEndsAtTheNextHeading() throws IOException {
        String[][] lines = {
            {"๘. แผนระยะเวลาดำเนินงานทั้งโครงการ", "๓ ปี"},
            {"๘.๑ ปี ๒๕๖๗", "เริ่มตั้งแต่ ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗"},
            {"กิจกรรม", "ช่วงระยะเวลาดำเนินการ (ระบุวัน/เดือน/ปี)"},
            {"กิจกรรมที่ ๑ การสำรวจ", ""},
            {"๑) จัดทำแบบสอบถาม", "ตุลาคม - ธันวาคม ๒๕๖๖"},
            {"๙. โครงการใช้งบประมาณ", "ปี พ.ศ. ๒๕๖๗"},
            {"มีกิจกรรมทั้งหมด", "จำนวน ๑ กิจกรรม"},
            {"กิจกรรมที่ ๑ การสำรวจ", ""},
        };
        Path xlsx = dir.resolve("other.xlsx");
        Path xls = dir.resolve("other.xls");
        Fixtures.write(xlsx, otherLayout(new XSSFWorkbook(), lines));
        Fixtures.write(xls, otherLayout(new org.apache.poi.hssf.usermodel.HSSFWorkbook(), lines));

        Document doc = new SpreadsheetReader(UnaryOperator.identity()).read(xlsx);

        assertThat(doc.blocks()).hasSize(6);
        assertThat(doc.blocks().get(0)).isEqualTo(new Paragraph("๘. แผนระยะเวลาดำเนินงานทั้งโครงการ ๓ ปี"));
        assertThat(doc.blocks().get(1)).isEqualTo(new Paragraph("๘.๑ ปี ๒๕๖๗ เริ่มตั้งแต่ ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗"));
        Table table = (Table) doc.blocks().get(2);
        assertThat(table.lines()).containsExactly(
                "กิจกรรม\tช่วงระยะเวลาดำเนินการ (ระบุวัน/เดือน/ปี)",
                "กิจกรรมที่ ๑ การสำรวจ",
                "๑) จัดทำแบบสอบถาม\tตุลาคม - ธันวาคม ๒๕๖๖");
        assertThat(table.rows().get(0).cells()).extracting(Cell::colSpan).containsExactly(1, 7);
        assertThat(doc.blocks().get(3)).isEqualTo(new Paragraph("๙. โครงการใช้งบประมาณ ปี พ.ศ. ๒๕๖๗"));
        assertThat(doc.blocks().get(4)).as("a label | value line under no header is not a table")
                .isEqualTo(new Paragraph("มีกิจกรรมทั้งหมด จำนวน ๑ กิจกรรม"));
        assertThat(doc.blocks().get(5)).isEqualTo(new Paragraph("กิจกรรมที่ ๑ การสำรวจ"));
        assertThat(new SpreadsheetReader(UnaryOperator.identity()).read(xls).blocks()).isEqualTo(doc.blocks());
    }

    /** Each line as label in A and value over B:H; no blank row, no border. */
    private static org.apache.poi.ss.usermodel.Workbook otherLayout(org.apache.poi.ss.usermodel.Workbook wb,
                                                                    String[][] lines) {
        org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet("รายงาน");
        for (int r = 0; r < lines.length; r++) {
            org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(lines[r][0]);
            if (!lines[r][1].isEmpty()) {
                row.createCell(1).setCellValue(lines[r][1]);
            }
            sheet.addMergedRegion(new CellRangeAddress(r, r, 1, 7));
        }
        return wb;
    }

    @Test
    void exactNumbersDropBinaryNoiseButKeepRealDecimals() {
        assertThat(SheetGrid.exact(0.1 + 0.2)).isEqualTo(new BigDecimal("0.3"));
        assertThat(SheetGrid.exact(65077.86)).isEqualTo(new BigDecimal("65077.86"));
        assertThat(SheetGrid.exact(9365800.0)).isEqualTo(new BigDecimal("9365800"));
        assertThat(SheetGrid.exact(-1.5)).isEqualTo(new BigDecimal("-1.5"));
    }
}
