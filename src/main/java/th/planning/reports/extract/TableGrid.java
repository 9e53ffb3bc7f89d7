package th.planning.reports.extract;

import java.util.ArrayList;
import java.util.List;
import th.planning.reports.document.Block;
import th.planning.reports.document.Cell;
import th.planning.reports.document.Row;
import th.planning.reports.document.Table;

/**
 * A table as a rectangular grid of cell texts: a merged cell's text sits in its first column only and
 * the columns it covers (to the right, or below for a vertical merge) are empty, so a column index
 * means the same column in every row whatever the merges.
 */
final class TableGrid {

    private TableGrid() {
    }

    static List<String[]> of(Table table) {
        int width = Math.max(1, table.columnCount());
        List<String[]> out = new ArrayList<>();
        int[] coveredUntil = new int[width + 64]; // row index up to which a vertical merge covers a column
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = table.rows().get(r);
            String[] cells = new String[Math.max(width, row.cells().size())];
            java.util.Arrays.fill(cells, "");
            int col = 0;
            for (Cell cell : row.cells()) {
                while (col < cells.length && coveredUntil[col] > r) {
                    col++;
                }
                if (col >= cells.length) {
                    break;
                }
                cells[col] = text(cell);
                for (int k = 0; k < cell.colSpan() && col + k < coveredUntil.length; k++) {
                    coveredUntil[col + k] = Math.max(coveredUntil[col + k], r + cell.rowSpan());
                }
                col += cell.colSpan();
            }
            out.add(cells);
        }
        return out;
    }

    /** A cell's lines, each cleaned of bullets and extra spaces (a typed "- " stays), kept on separate lines. */
    static String text(Cell cell) {
        StringBuilder b = new StringBuilder();
        for (Block block : cell.content()) { // the lines of cell.text(), without joining and splitting again
            for (String line : block.lines()) {
                String clean = FormLines.cleanCell(line);
                if (!clean.isEmpty()) {
                    b.append(b.length() > 0 ? "\n" : "").append(clean);
                }
            }
        }
        return b.toString();
    }

    /** Cell text on one line: a cell's own line breaks are layout, not meaning. */
    static String oneLine(String cell) {
        StringBuilder b = new StringBuilder();
        for (String line : cell.split("\n")) {
            if (!line.isBlank()) {
                FormExtractor.appendWrapped(b, line.strip());
            }
        }
        return b.toString();
    }
}
