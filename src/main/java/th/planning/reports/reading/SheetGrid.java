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
import th.planning.reports.document.Paragraph;
import th.planning.reports.document.Row;
import th.planning.reports.document.Table;

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
        List<Row> table = new ArrayList<>();
        if (rows.isEmpty()) {
            return;
        }
        for (int r = rows.firstKey(); r <= rows.lastKey(); r++) {
            TreeMap<Integer, SheetCell> defined = rows.get(r);
            List<Cell> cells = new ArrayList<>();
            int nonEmpty = 0;
            int bordered = 0;
            boolean coveredFromAbove = false;
            String single = null;
            int width = defined == null || defined.isEmpty() ? 0 : defined.lastKey() + 1;
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
                    single = canonical;
                }
                List<Block> content = canonical.isEmpty() ? List.of() : List.of(new Paragraph(canonical));
                cells.add(new Cell(content, colSpan, rowSpan, cell == null ? null : cell.number()));
            }
            if (nonEmpty == 0) {
                flush(table, out);
            } else if (nonEmpty >= 2 || bordered >= 2 || (coveredFromAbove && !table.isEmpty())) {
                table.add(new Row(trimTrailingEmpty(cells)));
            } else {
                flush(table, out);
                out.add(new Paragraph(single.strip()));
            }
        }
        flush(table, out);
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

    private static void flush(List<Row> table, List<Block> out) {
        if (!table.isEmpty()) {
            out.add(new Table(table));
            table.clear();
        }
    }

    private static long key(int row, int col) {
        return ((long) row << 20) | col;
    }
}
