package th.planning.reports.reading;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.util.CellRangeAddress;
import th.planning.reports.document.Block;
import th.planning.reports.document.Cell;
import th.planning.reports.document.FormVocabulary;
import th.planning.reports.document.Paragraph;
import th.planning.reports.document.Row;
import th.planning.reports.document.Table;
import th.planning.reports.document.Where;

/**
 * One worksheet as both spreadsheet readers see it before layout: the cells each row defines (text as
 * Excel shows it, the number, whether a border is drawn) and the merged regions. {@link #layout} turns
 * it into paragraphs and tables, so the .xls and .xlsx paths cannot drift apart.
 */
final class SheetGrid {

    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    /** A defined cell: its shown text ("" when blank), its number (null for text and dates), and whether it has a border. */
    record SheetCell(String text, BigDecimal number, boolean bordered) {
    }

    private final TreeMap<Integer, TreeMap<Integer, SheetCell>> rows = new TreeMap<>();
    private final List<CellRangeAddress> merges = new ArrayList<>();
    /** The sheet's name, for the locator of each row read from it (null when not known). */
    private String name;

    void name(String sheetName) {
        this.name = sheetName;
    }

    void put(int row, int col, SheetCell cell) {
        rows.computeIfAbsent(row, r -> new TreeMap<>()).put(col, cell);
    }

    /** A row that exists but may define no cell: it still ends a table. */
    void row(int row) {
        rows.computeIfAbsent(row, r -> new TreeMap<>());
    }

    void merge(CellRangeAddress region) {
        merges.add(region);
    }

    /**
     * Layout: consecutive table rows are one Table, and an empty row ends a table. A table row is a row
     * with two or more non-empty cells, or a row drawn as a table row: two or more of its cells (counting
     * those a merge covers) have a border, as a row of an activity table whose result cell is empty, or
     * whose only text is a result continued from the previous page, has. A row with one non-empty cell
     * also continues a table when a vertical merge from the row above still covers part of it. Any other
     * row with text is a Paragraph. A merged region is one cell with colSpan/rowSpan at its top-left.
     *
     * <p>The form's own tables are also found by their header row ({@link FormVocabulary#isTableHeader}),
     * since a workbook may have no blank row and no border around them, and may type a heading as
     * label | value in two cells: a header row starts a table (rows of the same run above it, such as
     * "๘.๑ ปี ๒๕๖๗ | เริ่มตั้งแต่ …" right above the schedule, are paragraphs, their cells joined by a
     * space); every row with text under it belongs to it, even with one non-empty cell and no border,
     * until an empty row, a section heading ("๙. …", "๑๑.๒ …", in the form's order) or a note
     * ("หมายเหตุ …"). A section heading typed as label | value is a paragraph of its cells joined. A row
     * with a number in a cell is never taken for a heading: an amount typed in its own cell stays a cell.
     * Rows no header started, each with at most two filled cells, no number and no border, are lines
     * typed as label | value, so paragraphs too (see {@link Run}).
     */
    void layout(UnaryOperator<String> canonicalizer, List<Block> out) {
        Map<Long, CellRangeAddress> mergeStarts = new HashMap<>();
        Set<Long> covered = new HashSet<>();
        Set<Long> coveredFromAboveCells = new HashSet<>();
        for (CellRangeAddress r : merges) {
            mergeStarts.put(key(r.getFirstRow(), r.getFirstColumn()), r);
            for (int row = r.getFirstRow(); row <= r.getLastRow(); row++) {
                for (int col = r.getFirstColumn(); col <= r.getLastColumn(); col++) {
                    if (row != r.getFirstRow() || col != r.getFirstColumn()) {
                        covered.add(key(row, col));
                    }
                    if (row != r.getFirstRow()) {
                        coveredFromAboveCells.add(key(row, col));
                    }
                }
            }
        }
        Run run = new Run();
        int section = 0; // the form's section the last heading started
        if (rows.isEmpty()) {
            return;
        }
        for (int r = rows.firstKey(); r <= rows.lastKey(); r++) {
            TreeMap<Integer, SheetCell> defined = rows.get(r);
            List<Cell> cells = new ArrayList<>();
            List<String> texts = new ArrayList<>(); // the row's cells' text, left to right, for the vocabulary
            int nonEmpty = 0;
            int bordered = 0;
            boolean coveredFromAbove = false;
            boolean hasNumber = false;
            int width = defined == null || defined.isEmpty() ? 0 : defined.lastKey() + 1;
            int firstText = -1; // the column of the row's first cell with text: the row's locator
            for (int c = 0; c < width; c++) {
                long k = key(r, c);
                SheetCell cell = defined.get(c);
                if (cell != null && cell.bordered()) {
                    bordered++;
                }
                if (covered.contains(k)) {
                    coveredFromAbove |= coveredFromAboveCells.contains(k);
                    continue;
                }
                String text = cell == null ? "" : cell.text();
                int colSpan = 1;
                int rowSpan = 1;
                CellRangeAddress m = mergeStarts.get(k);
                if (m != null) {
                    colSpan = m.getLastColumn() - m.getFirstColumn() + 1;
                    rowSpan = m.getLastRow() - m.getFirstRow() + 1;
                }
                String canonical = text.isEmpty() ? "" : canonicalizer.apply(text);
                if (!canonical.isBlank()) {
                    nonEmpty++;
                    firstText = firstText < 0 ? c : firstText;
                }
                texts.add(canonical.strip());
                List<Block> content = canonical.isEmpty() ? List.of() : List.of(new Paragraph(canonical));
                hasNumber |= cell != null && cell.number() != null;
                cells.add(new Cell(content, colSpan, rowSpan, cell == null ? null : cell.number()));
            }
            String line = joined(texts);
            if (nonEmpty == 0) {
                run.flush(out);
                continue;
            }
            List<String> first = firstCells(texts);
            int headingSection = FormVocabulary.headingSection(first.get(0));
            // sections come in order: "๔. …" under ๑๑.๒ is an activity, not section ๔; and a row with a
            // number in a cell ("๙.๑ ได้รับจัดสรร… | 9,365,800.00") is kept as cells for the extractor
            boolean heading = headingSection > 0 && headingSection >= section && !hasNumber;
            if (heading) {
                section = headingSection;
            }
            if (run.headed && (heading || FormVocabulary.isNote(line))) {
                run.flush(out); // the form's table ends here, blank row or not
            }
            Where where = Where.cell(name, new org.apache.poi.ss.util.CellReference(r, firstText).formatAsString());
            Row row = new Row(trimTrailingEmpty(cells), where);
            boolean plain = nonEmpty <= 2 && !hasNumber && bordered < 2;
            if (heading && nonEmpty <= 2) {
                run.flush(out); // a heading typed as label | value is the line it is
                out.add(new Paragraph(line, where));
            } else if (FormVocabulary.isTableHeader(first)) {
                if (!run.headed) {
                    run.asParagraphs(out); // lines typed as label | value, right above the table
                }
                run.headed = true; // a header repeated inside the table (a page break where it was typed) stays a row
                run.add(row, line, plain);
            } else if (run.headed || nonEmpty >= 2 || bordered >= 2 || (coveredFromAbove && !run.rows.isEmpty())) {
                run.add(row, line, plain);
            } else {
                run.flush(out);
                out.add(new Paragraph(line, where));
            }
        }
        run.flush(out);
    }

    /**
     * The rows read so far that may become a table. A run that no header started and whose every row is
     * plain (at most two filled cells, no number, no border) is lines typed as label | value
     * ("มีกิจกรรมทั้งหมด | จำนวน ๒ กิจกรรม"), not a table: its rows become paragraphs.
     */
    private static final class Run {
        final List<Row> rows = new ArrayList<>();
        final List<String> lines = new ArrayList<>();
        boolean headed; // began at a header row of the form
        boolean plain = true;

        void add(Row row, String line, boolean plainRow) {
            rows.add(row);
            lines.add(line);
            plain &= plainRow;
        }

        void flush(List<Block> out) {
            if (!headed && plain) {
                asParagraphs(out);
                return;
            }
            if (!rows.isEmpty()) {
                out.add(new Table(rows));
            }
            clear();
        }

        void asParagraphs(List<Block> out) {
            for (int i = 0; i < lines.size(); i++) {
                out.add(new Paragraph(lines.get(i), rows.get(i).where()));
            }
            clear();
        }

        private void clear() {
            rows.clear();
            lines.clear();
            headed = false;
            plain = true;
        }
    }

    /** The row's cells from its first non-empty one on, for the header test (a first column left blank is not a cell of the header). */
    private static List<String> firstCells(List<String> texts) {
        int from = 0;
        while (from < texts.size() && texts.get(from).isEmpty()) {
            from++;
        }
        return from == 0 ? texts : texts.subList(from, texts.size());
    }

    /** Non-empty cell texts joined by a space: a line typed over several cells read as the line it is. */
    private static String joined(List<String> texts) {
        StringBuilder b = new StringBuilder();
        for (String t : texts) {
            if (!t.isEmpty()) {
                b.append(b.length() > 0 ? " " : "").append(t);
            }
        }
        return b.toString();
    }

    /** The decimal Excel shows for a double: 15 significant digits, no trailing zeros, scale >= 0. */
    static BigDecimal exact(double d) {
        if (d == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal v = BigDecimal.valueOf(d).round(EXCEL_PRECISION).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    private static List<Cell> trimTrailingEmpty(List<Cell> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).content().isEmpty() && cells.get(end - 1).number() == null) {
            end--;
        }
        return end == cells.size() ? cells : cells.subList(0, end);
    }

    private static long key(int row, int col) {
        return ((long) row << 20) | col;
    }
}
