package th.planning.reports.support;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A seed report written as a workbook laid out as other office software lays the form out, unlike
 * sample-input's: a line's label in column A and its value from column B over a merged range (so
 * "๘.๑ ปี ๒๕๖๗ | เริ่มตั้งแต่ …" and "๑๑.๒ รายละเอียดผลการดำเนินงาน | (…)" are two cells); every table a run of rows whose cells after the first span two columns each, its first header
 * cell merged down over a header row that leaves it empty; no blank row anywhere and no borders, so the
 * ๘.๑ / ๘.๒ lines sit right above the schedule table and the next heading right under it.
 */
public final class OtherLayoutSheets {

    /** Columns A..H: the width a label/value line and the widest table span. */
    private static final int LAST_COLUMN = 7;

    private OtherLayoutSheets() {
    }

    public static void xlsx(Path file, List<String> lines) throws Exception {
        write(new XSSFWorkbook(), file, lines);
    }

    public static void xls(Path file, List<String> lines) throws Exception {
        write(new HSSFWorkbook(), file, lines);
    }

    private static void write(Workbook wb, Path file, List<String> lines) throws Exception {
        try (wb; OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("รายงาน");
            int r = 0;
            int tableFirstRow = -1;
            for (String raw : lines) {
                String line = stripHtml(raw);
                if (line.isBlank()) {
                    continue;
                }
                Row row = sheet.createRow(r);
                if (!raw.contains("\t")) {
                    tableFirstRow = -1;
                    int split = splitAt(line);
                    if (split < 0) {
                        row.createCell(0).setCellValue(line);
                        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, LAST_COLUMN));
                    } else {
                        row.createCell(0).setCellValue(line.substring(0, split).strip());
                        row.createCell(1).setCellValue(line.substring(split).strip());
                        sheet.addMergedRegion(new CellRangeAddress(r, r, 1, LAST_COLUMN));
                    }
                    r++;
                    continue;
                }
                String[] cells = raw.split("\t", -1);
                boolean mergeDown = tableFirstRow == r - 1 && stripHtml(cells[0]).isEmpty();
                if (mergeDown) {
                    // the header's first cell ("ตัวชี้วัด") spans both header rows
                    sheet.addMergedRegion(new CellRangeAddress(r - 1, r, 0, 0));
                } else {
                    row.createCell(0).setCellValue(stripHtml(cells[0]));
                }
                for (int k = 1; k < cells.length; k++) {
                    int from = 1 + 2 * (k - 1);
                    row.createCell(from).setCellValue(stripHtml(cells[k]));
                    sheet.addMergedRegion(new CellRangeAddress(r, r, from, from + 1));
                }
                if (tableFirstRow < 0) {
                    tableFirstRow = r;
                }
                r++;
            }
            wb.write(out);
        }
    }

    /**
     * Where a line's value starts: at " : " (the colon stays with the label), else before "เริ่มตั้งแต่",
     * "จำนวน", " – " or " (" ("๘.๑ ปี ๒๕๖๗ | เริ่มตั้งแต่ …", "๙.๑ ได้รับจัดสรรงบประมาณ | จำนวน …"), else -1.
     */
    private static int splitAt(String line) {
        int colon = line.indexOf(" : ");
        if (colon > 0) {
            return colon + 2;
        }
        for (String sep : new String[] {" เริ่มตั้งแต่", " จำนวน", " – ", " ("}) {
            int at = line.indexOf(sep);
            if (at > 0) {
                return at + 1;
            }
        }
        return -1;
    }

    /** HTML in a seed cell as a cell's text: paragraphs and breaks are line breaks in the cell, other tags go. */
    private static String stripHtml(String s) {
        String text = s.replaceAll("(?i)</p>\\s*<p>|<br\\s*/?>", "\n").replaceAll("<[^>]+>", " ").replace("&nbsp;", " ");
        StringBuilder b = new StringBuilder();
        for (String line : text.split("\n")) {
            String l = line.replaceAll("\\s+", " ").strip();
            if (!l.isEmpty()) {
                b.append(b.length() > 0 ? "\n" : "").append(l);
            }
        }
        return b.toString();
    }
}
