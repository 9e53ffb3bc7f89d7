package th.planning.reports.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where in its file a paragraph or table row was read: a PDF page, a spreadsheet sheet and cell, a Word
 * paragraph or table row (1-based, in the body's reading order). It says where, not what: two blocks of
 * the same text are equal wherever they were read. {@link #toString()} is what a reviewer is shown.
 */
public record Where(String kind, String text) {

    public Where {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    public static Where page(int page) {
        return new Where("page", "page " + page);
    }

    /** A spreadsheet cell, "sheet สรุป cell B12". */
    public static Where cell(String sheet, String cell) {
        return new Where("cell", sheet == null ? "cell " + cell : "sheet " + sheet + " cell " + cell);
    }

    public static Where paragraph(int index) {
        return new Where("paragraph", "paragraph " + index);
    }

    public static Where tableRow(int table, int row) {
        return new Where("table", "table " + table + " row " + row);
    }

    /** The rendering of a locator that may be unknown (null). */
    public static String text(Where where) {
        return where == null ? null : where.text;
    }

    @Override
    public String toString() {
        return text;
    }

    /**
     * A word-processor body's blocks numbered in reading order: the n-th paragraph "paragraph n", the r-th
     * row of the t-th table "table t row r". A locator a block already has is kept.
     */
    public static List<Block> numbered(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        int paragraphs = 0;
        int tables = 0;
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                paragraphs++;
                out.add(p.where() != null ? p : new Paragraph(p.text(), paragraph(paragraphs)));
            } else {
                Table t = (Table) b;
                tables++;
                List<Row> rows = new ArrayList<>(t.rows().size());
                for (int r = 0; r < t.rows().size(); r++) {
                    Row row = t.rows().get(r);
                    rows.add(row.where() != null ? row : new Row(row.cells(), tableRow(tables, r + 1)));
                }
                out.add(new Table(rows));
            }
        }
        return out;
    }

    /** A block with this locator on it (on each of a table's rows) where it has none yet. */
    public Block on(Block block) {
        if (block instanceof Paragraph p) {
            return p.where() != null ? p : new Paragraph(p.text(), this);
        }
        Table t = (Table) block;
        List<Row> rows = new ArrayList<>(t.rows().size());
        for (Row row : t.rows()) {
            rows.add(row.where() != null ? row : new Row(row.cells(), this));
        }
        return new Table(rows);
    }
}
