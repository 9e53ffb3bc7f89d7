package th.planning.reports.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.planning.reports.document.Block;
import th.planning.reports.document.Paragraph;
import th.planning.reports.document.Table;
import th.planning.reports.thai.ThaiDates;
import th.planning.reports.thai.ThaiNumbers;

/**
 * Indicator tables (sections ๗ and ๑๑.๑) → one {@link Kpi} per indicator row. Works on the blocks of a
 * section in order, so a table split by a page break (its header repeated) or by a sub-heading row that
 * a reader turned into a paragraph ("เชิงปริมาณ :" alone) comes out as one list.
 */
final class KpiExtractor {

    static final Pattern KIND = Pattern.compile("^(เชิงปริมาณ|เชิงคุณภาพ)\\s*[:：]?\\s*");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
    private static final Pattern WORD = Pattern.compile("^\\s*([\\u0E01-\\u0E4E]+|[A-Za-z]+)");

    private KpiExtractor() {
    }

    /** Column roles read from header rows: the fiscal year above each column, and which is the result. */
    private static final class Columns {
        Integer[] year = new Integer[0];
        boolean[] result = new boolean[0];
        boolean known;

        void read(List<String[]> header) {
            int width = header.stream().mapToInt(r -> r.length).max().orElse(0);
            year = new Integer[width];
            result = new boolean[width];
            for (String[] row : header) {
                Integer carry = null; // a year cell merged across the columns to its right
                for (int c = 1; c < row.length; c++) {
                    String cell = row[c];
                    Integer y = cell.contains("ปี") || cell.contains("พ.ศ") ? ThaiDates.parseBuddhistYear(cell) : null;
                    if (y != null) {
                        carry = y;
                    } else if (!cell.isEmpty()) {
                        carry = null;
                    }
                    if (y != null || (cell.isEmpty() && carry != null)) {
                        if (year[c] == null) {
                            year[c] = y != null ? y : carry;
                        }
                    }
                    if (cell.contains("ผลที่ได้") || cell.contains("ผลการดำเนิน")) {
                        result[c] = true;
                    }
                }
            }
            known = true;
        }
    }

    static boolean isHeaderRow(String[] row) {
        String first = row[0];
        if (first.startsWith("ตัวชี้วัด")) {
            return true;
        }
        if (!first.isEmpty()) {
            return false;
        }
        for (int c = 1; c < row.length; c++) {
            String cell = row[c];
            if (cell.contains("ปี พ.ศ") || cell.equals("เป้าหมาย") || cell.contains("ค่าเป้าหมาย")
                    || cell.contains("ผลที่ได้")) {
                return true;
            }
        }
        return false;
    }

    static List<Kpi> extract(List<Block> blocks, String section, Integer fiscalYearBe) {
        List<Kpi> out = new ArrayList<>();
        Columns cols = new Columns();
        String kind = null;
        for (Block block : blocks) {
            if (block instanceof Paragraph p) {
                String text = FormLines.clean(p.text());
                Matcher k = KIND.matcher(text);
                if (k.find() && text.substring(k.end()).isBlank()) {
                    kind = k.group(1);
                }
                continue;
            }
            List<String[]> grid = TableGrid.of((Table) block);
            List<String[]> header = new ArrayList<>();
            int r = 0;
            while (r < grid.size() && isHeaderRow(grid.get(r))) {
                header.add(grid.get(r++));
            }
            if (!header.isEmpty()) {
                cols.read(header);
            }
            for (; r < grid.size(); r++) {
                String[] row = grid.get(r);
                if (isHeaderRow(row)) {
                    continue;
                }
                String first = TableGrid.oneLine(row[0]);
                if (isNote(first)) {
                    continue; // "หมายเหตุ :" under the table, which a spreadsheet reader may join to it
                }
                Matcher k = KIND.matcher(first);
                String indicator = first;
                if (k.find()) {
                    kind = k.group(1);
                    indicator = first.substring(k.end()).strip();
                }
                int target = targetColumn(cols, row.length, fiscalYearBe);
                int result = resultColumn(cols, row.length);
                String targetText = cell(row, target);
                String resultText = cell(row, result);
                boolean noValues = isNothing(targetText) && isNothing(resultText);
                if (indicator.isEmpty() && noValues || isNothing(indicator) && noValues) {
                    continue; // a sub-heading ("เชิงปริมาณ :" alone) or "เชิงคุณภาพ : - | - | -": no indicator
                }
                Integer year = target >= 0 && target < cols.year.length && cols.year[target] != null
                        ? cols.year[target] : fiscalYearBe;
                out.add(new Kpi(out.size() + 1, section, kind, indicator.isEmpty() ? null : indicator,
                        unit(targetText, indicator), year, blankToNull(targetText), number(targetText),
                        blankToNull(resultText), number(resultText), status(resultText, result >= 0),
                        String.join(" | ", java.util.Arrays.stream(row).map(TableGrid::oneLine).toList())));
            }
        }
        return out;
    }

    /** The target column of the fiscal year reported (a multi-year plan has one per year), else the first. */
    private static int targetColumn(Columns cols, int width, Integer fiscalYearBe) {
        int first = -1;
        for (int c = 1; c < width; c++) {
            boolean isResult = c < cols.result.length && cols.result[c];
            if (isResult) {
                continue;
            }
            if (first < 0) {
                first = c;
            }
            if (fiscalYearBe != null && c < cols.year.length && fiscalYearBe.equals(cols.year[c])) {
                return c;
            }
        }
        return first;
    }

    static boolean isNote(String first) {
        return first.startsWith("หมายเหตุ") || first.startsWith("ข้อสังเกต");
    }

    private static int resultColumn(Columns cols, int width) {
        for (int c = 1; c < Math.min(width, cols.result.length); c++) {
            if (cols.result[c]) {
                return c;
            }
        }
        return -1;
    }

    private static String cell(String[] row, int c) {
        return c >= 0 && c < row.length ? TableGrid.oneLine(row[c]) : "";
    }

    private static boolean isNothing(String s) {
        return s.isBlank() || s.strip().equals("-");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String status(String text, boolean hasColumn) {
        if (!hasColumn || text.isBlank()) {
            return "BLANK";
        }
        if (text.strip().matches("[-–—]+")) {
            return "NOT_REPORTED";
        }
        return number(text) != null ? "VALUE" : "TEXT";
    }

    /** The first number in a target or result cell ("ร้อยละ ๑๐๐" → 100, "ไม่น้อยกว่า ๓๐๐ เครือข่าย" → 300). */
    static BigDecimal number(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = NUMBER.matcher(ThaiNumbers.toArabicDigits(text));
        return m.find() ? new BigDecimal(m.group().replace(",", "")) : null;
    }

    /** ร้อยละ when the cell or the indicator says so, else the word after the target's number (เล่ม, วิชา). */
    static String unit(String target, String indicator) {
        String key = ThaiNumbers.toArabicDigits(target == null ? "" : target);
        if (key.contains("ร้อยละ") || key.contains("%")) {
            return "ร้อยละ";
        }
        Matcher m = NUMBER.matcher(key);
        if (m.find()) {
            Matcher w = WORD.matcher(key.substring(m.end()));
            if (w.find()) {
                return w.group(1);
            }
            String before = key.substring(0, m.start()).strip();
            if (before.endsWith("ระดับ")) {
                return "ระดับ";
            }
        }
        if (indicator != null && indicator.startsWith("ร้อยละ")) {
            return "ร้อยละ";
        }
        return null;
    }
}
