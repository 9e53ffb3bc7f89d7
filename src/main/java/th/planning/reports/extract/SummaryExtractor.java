package th.planning.reports.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.planning.reports.document.Block;
import th.planning.reports.document.Cell;
import th.planning.reports.document.Document;
import th.planning.reports.document.FormVocabulary;
import th.planning.reports.document.FormVocabulary.SummaryColumn;
import th.planning.reports.document.Row;
import th.planning.reports.document.Table;
import th.planning.reports.thai.Amounts;
import th.planning.reports.thai.ParsedNumber;
import th.planning.reports.thai.ThaiNumbers;
import th.planning.reports.thai.ValueStatus;

/**
 * Document → {@link AgencySummary}, when the document is an agency's summary of its projects: a table
 * whose header (one or more rows, merged cells included) names a project column and at least two of
 * the figures (allocated, contracted, disbursed, progress) in the words of {@link FormVocabulary}, in
 * any column order. Knows nothing of the file format: a cell's number is the one the workbook held
 * (a formula's cached value), its text what the sheet shows.
 */
public final class SummaryExtractor {

    /** Header rows looked at, at most: a title block above the table is not a header. */
    private static final int MAX_HEADER_ROWS = 5;
    private static final String DIGIT = "[0-9๐-๙]";
    private static final Pattern YEAR = Pattern.compile("(?:พ\\.?\\s*ศ\\.?|ปีงบประมาณ)\\s*(" + DIGIT + "{4})");
    private static final Pattern QUARTER = Pattern.compile("ไตรมาส(?:ที่)?\\s*(" + DIGIT + ")");
    /** "… ของ<agency> ประจำปี…": the agency in a title that names it. */
    private static final Pattern TITLE_AGENCY = Pattern.compile("ของ\\s*(.+?)\\s*(?:ประจำปี|ปีงบประมาณ|ณ\\s*สิ้น|ไตรมาส|$)");
    /** A column-numbering row's cell: "(๑)", "1". */
    private static final Pattern COLUMN_NUMBER = Pattern.compile("\\(?" + DIGIT + "{1,2}\\)?");

    private static final Pattern AMOUNT_TEXT = Pattern.compile(DIGIT + "[0-9๐-๙,]*\\." + DIGIT + "+|"
            + DIGIT + "{1,3}(?:," + DIGIT + "{3})+");
    private static final Pattern BARE_NUMBER = Pattern.compile(DIGIT + "{1,3}\\.?");

    private SummaryExtractor() {
    }

    /** The summary this document is, or empty when it is not one. */
    public static Optional<AgencySummary> read(Document document) {
        List<String> before = new ArrayList<>();   // lines above the table: title, agency
        List<Block> blocks = document.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            if (blocks.get(b) instanceof Table table) {
                Optional<AgencySummary> s = fromTable(table, before, following(blocks, b, table));
                if (s.isPresent()) {
                    return s;
                }
            }
            before.addAll(blocks.get(b).lines());
        }
        return Optional.empty();
    }

    /**
     * What follows the table and still belongs to it: tables no wider (a blank row splits one table in
     * two, and rows under a header with a remarks column may leave it empty), and a line between two of them, which is a row with one filled cell (a sub-project line
     * under its project, typed without borders) laid out as a paragraph.
     */
    private static List<Block> following(List<Block> blocks, int b, Table table) {
        List<Block> out = new ArrayList<>();
        List<Block> lines = new ArrayList<>();
        for (int i = b + 1; i < blocks.size(); i++) {
            Block next = blocks.get(i);
            if (next instanceof Table t && t.columnCount() <= table.columnCount()) {
                out.addAll(lines);
                lines.clear();
                out.add(t);
            } else if (next instanceof Table) {
                break;
            } else {
                lines.add(next);
            }
        }
        return out;
    }

    private static Optional<AgencySummary> fromTable(Table table, List<String> before, List<Block> more) {
        List<Cell[]> grid = grid(table);
        for (int start = 0; start < Math.min(grid.size(), MAX_HEADER_ROWS); start++) {
            int end = start;
            while (end < grid.size() && end - start < MAX_HEADER_ROWS && !isDataRow(grid.get(end))) {
                end++;
            }
            if (end == start) {
                continue;
            }
            Map<SummaryColumn, Integer> columns = columns(grid, start, end);
            long figures = columns.keySet().stream().filter(c -> c != SummaryColumn.NAME && c != SummaryColumn.NUMBER)
                    .count();
            if (columns.containsKey(SummaryColumn.NAME) && figures >= 2) {
                List<Cell[]> body = new ArrayList<>(grid.subList(end, grid.size()));
                int nameCol = columns.get(SummaryColumn.NAME);
                for (Block m : more) {
                    if (m instanceof Table t) {
                        for (Cell[] r : grid(t)) {
                            body.add(java.util.Arrays.copyOf(r, grid.get(0).length));
                        }
                    } else {
                        for (String line : m.lines()) {
                            Cell[] row = new Cell[grid.get(0).length];
                            row[nameCol] = Cell.of(line);
                            body.add(row);
                        }
                    }
                }
                return Optional.of(summary(columns, end - start, body, before));
            }
        }
        return Optional.empty();
    }

    /** Each kind's column, from the header rows [start, end): the first column of each kind wins. */
    private static Map<SummaryColumn, Integer> columns(List<Cell[]> grid, int start, int end) {
        Map<SummaryColumn, Integer> out = new EnumMap<>(SummaryColumn.class);
        int width = grid.get(start).length;
        for (int col = 0; col < width; col++) {
            StringBuilder whole = new StringBuilder();
            String own = "";
            Cell last = null;
            for (int r = start; r < end; r++) {
                Cell cell = col < grid.get(r).length ? grid.get(r)[col] : null;
                if (cell == null || cell == last) {
                    continue;    // a merge seen already (from above) adds nothing
                }
                last = cell;
                String t = oneLine(cell);
                if (!t.isEmpty()) {
                    whole.append(whole.length() > 0 ? " " : "").append(t);
                    if (!COLUMN_NUMBER.matcher(t).matches()) {
                        own = t;
                    }
                }
            }
            SummaryColumn kind = FormVocabulary.summaryColumn(own, whole.toString());
            if (kind != null) {
                out.putIfAbsent(kind, col);
            }
        }
        return out;
    }

    private static AgencySummary summary(Map<SummaryColumn, Integer> columns, int headerRows, List<Cell[]> body,
                                         List<String> before) {
        List<AgencySummary.Row> rows = new ArrayList<>();
        AgencySummary.Row total = null;
        int nameCol = columns.get(SummaryColumn.NAME);
        Integer numberCol = columns.get(SummaryColumn.NUMBER);
        for (Cell[] cells : body) {
            String source = source(cells);
            if (source.isEmpty() || isColumnNumbering(cells)) {
                continue;
            }
            String name = nameText(cells, nameCol);
            String number = numberCol == null ? "" : text(cells, numberCol);
            if (total == null && (FormVocabulary.isSummaryTotal(name) || FormVocabulary.isSummaryTotal(number)
                    || FormVocabulary.isSummaryTotal(firstText(cells)))) {
                total = row(0, cells, columns, null, null, source);
                continue;
            }
            if (total != null) {
                continue;      // notes under the total ("หมายเหตุ …", a signature)
            }
            boolean noFigures = figures(columns).stream().allMatch(c -> text(cells, c).isEmpty());
            if (!rows.isEmpty() && number.isEmpty() && noFigures && !name.isEmpty()) {
                // A sub-project line under its project: part of the project's name as typed.
                AgencySummary.Row prev = rows.remove(rows.size() - 1);
                rows.add(new AgencySummary.Row(prev.rowNo(), prev.numberTyped(), prev.projectName() + "\n" + name,
                        prev.allocated(), prev.contracted(), prev.disbursed(), prev.progress(),
                        prev.source() + " / " + source));
                continue;
            }
            if (name.isEmpty() && noFigures) {
                continue;
            }
            rows.add(row(rows.size() + 1, cells, columns, number.isEmpty() ? null : number,
                    name.isEmpty() ? null : name, source));
        }
        String title = before.stream().filter(l -> FormVocabulary.SUMMARY_TITLE.stream().anyMatch(l::contains))
                .findFirst().orElse(null);
        String header = String.join(" ", before);
        return new AgencySummary(title, agency(before, title), group(YEAR, header), group(QUARTER, header),
                headerRows, rows, total);
    }

    private static List<Integer> figures(Map<SummaryColumn, Integer> columns) {
        List<Integer> out = new ArrayList<>();
        for (SummaryColumn c : List.of(SummaryColumn.ALLOCATED, SummaryColumn.CONTRACTED, SummaryColumn.DISBURSED,
                SummaryColumn.PROGRESS)) {
            if (columns.containsKey(c)) {
                out.add(columns.get(c));
            }
        }
        return out;
    }

    private static AgencySummary.Row row(int rowNo, Cell[] cells, Map<SummaryColumn, Integer> columns,
                                         String number, String name, String source) {
        return new AgencySummary.Row(rowNo, number, name,
                figure(cells, columns.get(SummaryColumn.ALLOCATED), false),
                figure(cells, columns.get(SummaryColumn.CONTRACTED), false),
                figure(cells, columns.get(SummaryColumn.DISBURSED), false),
                figure(cells, columns.get(SummaryColumn.PROGRESS), true), source);
    }

    /** A figure: the number the cell held, else its text read as the form's amounts are (a dash is nil). */
    private static ParsedNumber figure(Cell[] cells, Integer col, boolean percent) {
        if (col == null) {
            return ParsedNumber.absent();
        }
        Cell cell = col < cells.length ? cells[col] : null;
        String text = text(cells, col);
        if (cell != null && cell.number() != null) {
            BigDecimal n = cell.number();
            return new ParsedNumber(ValueStatus.VALUE, n, text.isEmpty() ? n.toPlainString() : text, null);
        }
        if (text.isEmpty()) {
            return new ParsedNumber(ValueStatus.BLANK, null, "", "empty cell");
        }
        ParsedNumber p = percent ? Amounts.parsePercent(text) : Amounts.parseAmount(text);
        return p.status() == ValueStatus.ABSENT ? new ParsedNumber(ValueStatus.BLANK, null, text, "no number") : p;
    }

    private static String agency(List<String> before, String title) {
        for (String line : before) {
            String l = line.strip();
            for (String label : FormVocabulary.SUMMARY_AGENCY_LABEL) {
                if (l.startsWith(label)) {
                    String rest = l.substring(label.length()).replaceFirst("^[\\s:：]+", "").strip();
                    if (!rest.isEmpty()) {
                        return rest;
                    }
                }
            }
        }
        if (title != null) {
            Matcher m = TITLE_AGENCY.matcher(title);
            if (m.find() && !m.group(1).isBlank()) {
                return m.group(1).strip();
            }
        }
        return null;
    }

    private static Integer group(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? Integer.valueOf(ThaiNumbers.toArabicDigits(m.group(1))) : null;
    }

    /** The table as a rectangle: each place holds the cell covering it (a merged cell in each place it covers). */
    static List<Cell[]> grid(Table table) {
        int width = Math.max(1, table.columnCount());
        List<Cell[]> out = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            out.add(new Cell[width]);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = table.rows().get(r);
            Cell[] line = out.get(r);
            int col = 0;
            for (Cell cell : row.cells()) {
                while (col < width && line[col] != null) {
                    col++;
                }
                if (col >= width) {
                    break;
                }
                for (int dr = 0; dr < cell.rowSpan() && r + dr < out.size(); dr++) {
                    for (int dc = 0; dc < cell.colSpan() && col + dc < width; dc++) {
                        out.get(r + dr)[col + dc] = cell;
                    }
                }
                col += cell.colSpan();
            }
        }
        return out;
    }

    /**
     * A row of the table's body, not its header: a cell holds a number, or text typed as an amount
     * ("๙,๓๖๕,๘๐๐.๐๐", "12.5"), or the first filled cell is a bare row number ("๑", not "(๑)").
     */
    private static boolean isDataRow(Cell[] cells) {
        boolean first = true;
        for (Cell c : cells) {
            if (c == null) {
                continue;
            }
            if (c.number() != null) {
                return true;
            }
            String t = oneLine(c);
            if (AMOUNT_TEXT.matcher(t).matches() || (first && !t.isEmpty() && BARE_NUMBER.matcher(t).matches())) {
                return true;
            }
            first &= t.isEmpty();
        }
        return false;
    }

    private static boolean isColumnNumbering(Cell[] cells) {
        int n = 0;
        Cell last = null;
        for (Cell c : cells) {
            if (c == null || c == last) {
                continue;
            }
            last = c;
            String t = oneLine(c);
            if (t.isEmpty()) {
                continue;
            }
            if (!COLUMN_NUMBER.matcher(t).matches()) {
                return false;
            }
            n++;
        }
        return n >= 3;
    }

    /** The text of the cell at col, unless that cell is a merge started in an earlier column of this row. */
    private static String text(Cell[] cells, int col) {
        if (col >= cells.length || cells[col] == null || (col > 0 && cells[col - 1] == cells[col])) {
            return "";
        }
        return oneLine(cells[col]);
    }

    private static String firstText(Cell[] cells) {
        for (Cell c : cells) {
            if (c != null && !oneLine(c).isEmpty()) {
                return oneLine(c);
            }
        }
        return "";
    }

    private static String source(Cell[] cells) {
        List<String> parts = new ArrayList<>();
        Cell last = null;
        for (Cell c : cells) {
            if (c != null && c != last) {
                String t = oneLine(c);
                if (!t.isEmpty()) {
                    parts.add(t);
                }
            }
            last = c;
        }
        return String.join(" | ", parts);
    }

    private static String oneLine(Cell cell) {
        return cell.text().replace('\n', ' ').replaceAll("\\s+", " ").strip();
    }

    /** The name cell as typed: its own line breaks kept, spaces inside a line squeezed. */
    private static String nameText(Cell[] cells, int col) {
        if (text(cells, col).isEmpty()) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        for (String l : cells[col].text().split("\n")) {
            String t = l.replaceAll("\\s+", " ").strip();
            if (!t.isEmpty()) {
                lines.add(t);
            }
        }
        return String.join("\n", lines);
    }
}
