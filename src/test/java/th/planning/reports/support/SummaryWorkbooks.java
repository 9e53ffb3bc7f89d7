package th.planning.reports.support;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import th.planning.reports.thai.ThaiNumbers;

/**
 * Agency summary workbooks (สรุปผลการดำเนินงานโครงการ … ณ สิ้นไตรมาส n) made with POI from the sample
 * agency's reports, in two layouts an office might use:
 * <ul>
 *   <li>{@link Layout#CLASSIC}: title and "หน่วยงาน …" lines, a two-row header (ลำดับ and ชื่อโครงการ merged
 *       down, "งบประมาณ (บาท)" merged over ได้รับจัดสรร | ก่อหนี้ผูกพัน | เบิกจ่าย, progress merged down),
 *       numbers as numeric cells, borders, a total row "รวมทั้งสิ้น" merged over two columns with SUM
 *       formulas whose cached values are written beside them (as Excel saves them).
 *   <li>{@link Layout#REORDERED}: agency in the title, a three-row header (a group "ผลการดำเนินงาน" over
 *       progress first and the money in reverse order, then a column-numbering row), no borders, amounts
 *       typed as text in Thai digits, nil as "-", a sub-project line under its project, and a total row
 *       "รวม" of typed numbers.
 * </ul>
 * The total row holds the sum of the rows unless {@link Spec#totalDisbursed} says otherwise (a
 * mistyped total).
 */
public final class SummaryWorkbooks {

    public enum Layout { CLASSIC, REORDERED }

    /** One project row: the name as the summary types it, its figures (null: left empty). */
    public record Line(String name, BigDecimal allocated, BigDecimal contracted, BigDecimal disbursed,
                       BigDecimal progress, String subProjectLine) {
        public Line withName(String n) {
            return new Line(n, allocated, contracted, disbursed, progress, subProjectLine);
        }

        public Line withDisbursed(BigDecimal d) {
            return new Line(name, allocated, contracted, d, progress, subProjectLine);
        }

        public Line withSubProjectLine(String s) {
            return new Line(name, allocated, contracted, disbursed, progress, s);
        }
    }

    /**
     * @param totalDisbursed the total row's disbursed as typed (a cached value over the SUM in CLASSIC);
     *                       null: the true sum
     */
    public record Spec(String agency, int fiscalYearBe, int quarter, List<Line> lines, BigDecimal totalDisbursed) {
    }

    private SummaryWorkbooks() {
    }

    /** The sample agency's 40 reports (FY ๒๕๖๗ Q4) as summary lines, figures as a person read them. */
    public static List<Line> sampleAgencyLines() {
        List<Line> out = new ArrayList<>();
        for (ExpectedReport r : ExpectedReport.all()) {
            out.add(new Line(r.projectName(), r.allocated(), r.contracted(), r.disbursed(), r.progressTotal(), null));
        }
        return out;
    }

    public static void write(Path file, Layout layout, Spec spec) throws Exception {
        Workbook wb = file.getFileName().toString().endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook();
        try (wb; OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("สรุป");
            if (layout == Layout.CLASSIC) {
                classic(wb, sheet, spec);
            } else {
                reordered(sheet, spec);
            }
            wb.write(out);
        }
    }

    private static void classic(Workbook wb, Sheet sheet, Spec spec) {
        CellStyle border = wb.createCellStyle();
        border.setBorderTop(BorderStyle.THIN);
        border.setBorderBottom(BorderStyle.THIN);
        border.setBorderLeft(BorderStyle.THIN);
        border.setBorderRight(BorderStyle.THIN);
        text(sheet, 0, 0, "สรุปผลการดำเนินงานโครงการ ประจำปีงบประมาณ พ.ศ. " + thai(spec.fiscalYearBe())
                + " ณ สิ้นไตรมาสที่ " + thai(spec.quarter()), null);
        text(sheet, 1, 0, "หน่วยงาน " + spec.agency(), null);
        String[] top = {"ลำดับ", "ชื่อโครงการ", "งบประมาณ (บาท)", null, null, "ผลการดำเนินงาน (ร้อยละ)"};
        String[] second = {null, null, "ได้รับจัดสรร", "ก่อหนี้ผูกพัน", "เบิกจ่าย", null};
        for (int c = 0; c < 6; c++) {
            text(sheet, 3, c, top[c], border);
            text(sheet, 4, c, second[c], border);
        }
        sheet.addMergedRegion(new CellRangeAddress(3, 4, 0, 0));
        sheet.addMergedRegion(new CellRangeAddress(3, 4, 1, 1));
        sheet.addMergedRegion(new CellRangeAddress(3, 3, 2, 4));
        sheet.addMergedRegion(new CellRangeAddress(3, 4, 5, 5));
        int r = 5;
        for (int i = 0; i < spec.lines().size(); i++) {
            Line l = spec.lines().get(i);
            Row row = sheet.createRow(r);
            number(row, 0, BigDecimal.valueOf(i + 1), border);
            String name = l.subProjectLine() == null ? l.name() : l.name() + "\n" + l.subProjectLine();
            text(sheet, r, 1, name, border);
            number(row, 2, l.allocated(), border);
            number(row, 3, l.contracted(), border);
            number(row, 4, l.disbursed(), border);
            number(row, 5, l.progress(), border);
            r++;
        }
        int last = r - 1;
        Row total = sheet.createRow(r);
        text(sheet, r, 0, "รวมทั้งสิ้น", border);
        text(sheet, r, 1, null, border);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 1));
        for (int c = 2; c <= 4; c++) {
            Cell cell = total.createCell(c);
            cell.setCellStyle(border);
            String col = CellReference.convertNumToColString(c);
            cell.setCellFormula("SUM(" + col + "6:" + col + (last + 1) + ")");
            BigDecimal sum = sum(spec.lines(), c);
            if (c == 4 && spec.totalDisbursed() != null) {
                sum = spec.totalDisbursed();
            }
            cell.setCellValue(sum.doubleValue());      // the cached value Excel saves with the formula
        }
    }

    private static void reordered(Sheet sheet, Spec spec) {
        text(sheet, 0, 0, "สรุปผลการดำเนินงานโครงการของ" + spec.agency() + " ปีงบประมาณ " + thai(spec.fiscalYearBe())
                + " ณ สิ้นไตรมาส " + thai(spec.quarter()), null);
        String[] top = {"ที่", "โครงการ", "ผลการดำเนินงาน", null, null, null, "หมายเหตุ"};
        String[] second = {null, null, "ความก้าวหน้า", "การใช้จ่ายงบประมาณ (บาท)", null, null, null};
        String[] third = {null, null, "(ร้อยละ)", "เบิกจ่าย", "ก่อหนี้ผูกพัน", "ได้รับจัดสรร", null};
        String[] numbering = {"(๑)", "(๒)", "(๓)", "(๔)", "(๕)", "(๖)", "(๗)"};
        for (int c = 0; c < 7; c++) {
            text(sheet, 2, c, top[c], null);
            text(sheet, 3, c, second[c], null);
            text(sheet, 4, c, third[c], null);
            text(sheet, 5, c, numbering[c], null);
        }
        sheet.addMergedRegion(new CellRangeAddress(2, 4, 0, 0));
        sheet.addMergedRegion(new CellRangeAddress(2, 4, 1, 1));
        sheet.addMergedRegion(new CellRangeAddress(2, 2, 2, 5));
        sheet.addMergedRegion(new CellRangeAddress(3, 3, 3, 5));
        sheet.addMergedRegion(new CellRangeAddress(2, 4, 6, 6));
        int r = 6;
        for (int i = 0; i < spec.lines().size(); i++) {
            Line l = spec.lines().get(i);
            text(sheet, r, 0, thai(i + 1), null);
            text(sheet, r, 1, l.name(), null);
            text(sheet, r, 2, amountText(l.progress()), null);
            text(sheet, r, 3, amountText(l.disbursed()), null);
            text(sheet, r, 4, amountText(l.contracted()), null);
            text(sheet, r, 5, amountText(l.allocated()), null);
            r++;
            if (l.subProjectLine() != null) {
                text(sheet, r, 1, l.subProjectLine(), null);
                text(sheet, r, 0, "", null);
                r++;
            }
        }
        text(sheet, r, 0, "รวม", null);
        BigDecimal disbursed = spec.totalDisbursed() != null ? spec.totalDisbursed() : sum(spec.lines(), 4);
        text(sheet, r, 3, amountText(disbursed), null);
        text(sheet, r, 4, amountText(sum(spec.lines(), 3)), null);
        text(sheet, r, 5, amountText(sum(spec.lines(), 2)), null);
        text(sheet, r + 2, 0, "หมายเหตุ ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๖๗", null);
    }

    /** Column c's sum in CLASSIC terms: 2 allocated, 3 contracted, 4 disbursed. */
    private static BigDecimal sum(List<Line> lines, int c) {
        BigDecimal s = BigDecimal.ZERO;
        for (Line l : lines) {
            BigDecimal v = c == 2 ? l.allocated() : c == 3 ? l.contracted() : l.disbursed();
            if (v != null) {
                s = s.add(v);
            }
        }
        return s;
    }

    /** "๙,๓๖๕,๘๐๐.๐๐", "-" for nil, "" for not reported. */
    private static String amountText(BigDecimal v) {
        if (v == null) {
            return "";
        }
        if (v.signum() == 0) {
            return "-";
        }
        return ThaiNumbers.toThaiDigits(new java.text.DecimalFormat("#,##0.00").format(v));
    }

    private static String thai(int n) {
        return ThaiNumbers.toThaiDigits(Integer.toString(n));
    }

    private static void text(Sheet sheet, int r, int c, String text, CellStyle style) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        Cell cell = row.createCell(c);
        if (text != null) {
            cell.setCellValue(text);
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(Row row, int c, BigDecimal v, CellStyle style) {
        Cell cell = row.createCell(c);
        if (v != null) {
            cell.setCellValue(v.doubleValue());
        }
        cell.setCellStyle(style);
    }
}
