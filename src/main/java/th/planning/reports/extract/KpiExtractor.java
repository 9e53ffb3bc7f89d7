package th.planning.reports.extract;

import th.planning.reports.document.Where;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.planning.reports.document.FormVocabulary;
import th.planning.reports.document.Block;
import th.planning.reports.document.Paragraph;
import th.planning.reports.document.Table;
import th.planning.reports.thai.ThaiDates;
import th.planning.reports.thai.ThaiNumbers;

/**
 * Indicator tables (sections ๗ and ๑๑.๑) → one {@link Kpi} per indicator row, and section ๗'s target of
 * each fiscal-year column → one {@link KpiTarget} each. Works on the blocks of a section in order, so a
 * table split by a page break (its header repeated, a row retyped under it) or by a sub-heading row that
 * a reader turned into a paragraph ("เชิงปริมาณ :" alone) comes out as one list. Each body row is
 * classified ({@link RowKind}, words in {@link FormVocabulary}) before it becomes an indicator.
 */
final class KpiExtractor {

    static final Pattern KIND = FormVocabulary.KIND;
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
                    || cell.contains("ผลที่ได้") || YEAR_HEADING.matcher(ThaiNumbers.toArabicDigits(cell)).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A cell that is only a fiscal year ("ปี ๒๕๖๔", "ปี พ.ศ. ๒๕๖๗"): a column heading, or a sub-heading row. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DASHES = Pattern.compile("[-–—]+");
    private static final Pattern YEAR_HEADING = Pattern.compile("ปี\\s*(?:พ\\.\\s*ศ\\.)?\\s*\\d{4}");
    /** Items numbered "๑) … ๒) …" inside one cell. */
    private static final Pattern ITEM = Pattern.compile("(?:^|\\s)(\\d{1,2})\\)\\s*");

    static List<Kpi> extract(List<Block> blocks, String section, Integer fiscalYearBe) {
        return kpis(read(blocks, section, fiscalYearBe, null));
    }

    /**
     * Every row of a section's indicator tables with what it was read as ({@link TableRowReading}), in order:
     * the same reading as {@link #extract}, told row by row so a wrong one can be seen.
     */
    static List<TableRowReading> rows(List<Block> blocks, String section, Integer fiscalYearBe) {
        List<Traced> trace = new ArrayList<>();
        List<IndicatorRow> rows = read(blocks, section, fiscalYearBe, trace);
        java.util.Map<IndicatorRow, Integer> seq = new java.util.IdentityHashMap<>();
        int n = 0;
        for (IndicatorRow row : rows) {
            if (row.kind() == RowKind.ITEM) {
                seq.put(row, ++n);
            }
        }
        List<TableRowReading> out = new ArrayList<>();
        for (Traced t : trace) {
            List<String> became = new ArrayList<>();
            for (IndicatorRow r : t.produced()) {
                if (seq.containsKey(r)) {
                    became.add("kpi." + seq.get(r));
                }
            }
            String what = t.continued() != null && seq.containsKey(t.continued())
                    ? "continues kpi." + seq.get(t.continued()) : String.join(", ", became);
            out.add(new TableRowReading(section, out.size() + 1, t.kind(), t.text(), what));
        }
        return out;
    }

    /** A row as read, for {@link #rows}: the indicator rows it made, or the one it continued. */
    private record Traced(String kind, String text, List<IndicatorRow> produced, IndicatorRow continued) {
    }

    /** Section ๗ read once: its indicators, and every year's target of them. */
    record Plan(List<Kpi> kpis, List<KpiTarget> targets) {
    }

    static Plan plan(List<Block> blocks, Integer fiscalYearBe) {
        List<IndicatorRow> rows = read(blocks, "7", fiscalYearBe, null);
        return new Plan(kpis(rows), targets(rows));
    }

    /**
     * The indicators: item rows only, numbered 1.. in the table's order (a weight row or a row with no
     * target this year keeps its place among section ๗'s targets, not here).
     */
    private static List<Kpi> kpis(List<IndicatorRow> rows) {
        List<Kpi> out = new ArrayList<>();
        for (IndicatorRow row : rows) {
            if (row.kind() == RowKind.ITEM) {
                Kpi k = row.kpi();
                out.add(new Kpi(out.size() + 1, k.section(), k.kind(), k.indicator(), k.unit(), k.targetYearBe(),
                        k.targetText(), k.targetValue(), k.resultText(), k.resultValue(), k.resultStatus(), k.source(), k.where()));
            }
        }
        return out;
    }

    /**
     * What a body row of an indicator table is. Only ITEM rows are indicators; WEIGHT and NO_TARGET rows keep
     * their targets per year (section ๗); the others carry no value of their own.
     */
    enum RowKind {
        /** An indicator with a target this year. */
        ITEM,
        /** "เชิงปริมาณ :" alone, or beside a column's unit heading ("เชิงปริมาณ : | จำนวน"): sets the kind below. */
        LABEL,
        /** The project's share per year ("ทั้งโครงการ … ร้อยละ | ๓๐ | ๕๐ | ๒๐", "ค่าน้ำหนักของโครงการ"). */
        WEIGHT,
        /** An indicator whose target this year is "-" (it has one in another year, or none at all). */
        NO_TARGET,
        /** A header row or a year heading read as a body row ("ปี ๒๕๖๗" alone, or in the target column). */
        HEADER,
        /** The rest of the row above: words and no value. */
        CONTINUATION,
        /** "รวม" under the indicators. */
        TOTAL,
        /** "หมายเหตุ :" under the table, or a row retyped under a header repeated after a page break. */
        OTHER
    }

    /**
     * The kind of one body row: {@code first} is its first cell without the kind prefix, {@code values} its
     * other cells on one line, {@code target} this year's target cell.
     */
    static RowKind classify(String first, boolean hadKind, List<String> values, String target) {
        boolean noValues = values.stream().allMatch(KpiExtractor::isNothing);
        if (YEAR_HEADING.matcher(ThaiNumbers.toArabicDigits(target)).matches()
                || (noValues && YEAR_HEADING.matcher(ThaiNumbers.toArabicDigits(first)).matches())) {
            return RowKind.HEADER;
        }
        if (isNothing(first) && (noValues || values.stream().allMatch(FormVocabulary::isLabelCell))) {
            return RowKind.LABEL;
        }
        if (FormVocabulary.isWeight(first)) {
            return RowKind.WEIGHT;
        }
        if (FormVocabulary.isTotal(first)) {
            return RowKind.TOTAL;
        }
        if (noValues && values.stream().allMatch(String::isEmpty) && !hadKind) {
            return RowKind.CONTINUATION;
        }
        if (!target.isEmpty() && DASH_ONLY.matcher(target).matches()) {
            return RowKind.NO_TARGET;
        }
        return RowKind.ITEM;
    }

    /** A cell of dashes only ("-", "- - - -"): nothing this year. */
    private static final Pattern DASH_ONLY = Pattern.compile("[-–—\\s]+");

    /**
     * Every year's target of section ๗'s indicators: one per filled cell of a column headed by a fiscal
     * year (or of the one target column, for the report's year, when no column names a year).
     */
    private static List<KpiTarget> targets(List<IndicatorRow> rows) {
        List<KpiTarget> out = new ArrayList<>();
        for (IndicatorRow row : rows) {
            Kpi k = row.kpi();
            for (int i = 0; i < row.years().size(); i++) {
                String text = row.targets().get(i);
                if (!text.isBlank()) {
                    out.add(new KpiTarget(k.seq(), k.kind(), k.indicator(), row.years().get(i), text, number(text),
                            unit(text, k.indicator()), k.source(), k.where()));
                }
            }
        }
        return out;
    }

    /** An indicator as read, with the target cell under each year column of its table (same order). */
    private record IndicatorRow(Kpi kpi, List<Integer> years, List<String> targets, RowKind kind) {

        IndicatorRow continuedBy(String words, String row) {
            Kpi k = kpi;
            String indicator = k.indicator() == null ? words : TableGrid.oneLine(k.indicator() + "\n" + words);
            return new IndicatorRow(new Kpi(k.seq(), k.section(), k.kind(), indicator, k.unit(), k.targetYearBe(),
                    k.targetText(), k.targetValue(), k.resultText(), k.resultValue(), k.resultStatus(),
                    k.source() + "\n" + row, k.where()), years, targets, kind);
        }
    }

    /** A body row of an indicator table and the column roles of its header; or (cells null) a kind sub-heading. */
    private record BodyRow(String[] cells, Columns cols, String kindHeading, boolean header, Where where) {

        BodyRow(String[] cells, Columns cols, String kindHeading, boolean header) {
            this(cells, cols, kindHeading, header, null);
        }
    }

    private static List<IndicatorRow> read(List<Block> blocks, String section, Integer fiscalYearBe, List<Traced> trace) {
        // The section's body rows first, across its tables (a table the PDF continues on the next page
        // under a repeated header is a table of its own), so rows can be read with the rows below them.
        List<BodyRow> body = new ArrayList<>();
        Columns headed = new Columns();
        for (Block block : blocks) {
            if (block instanceof Paragraph p) {
                String text = FormLines.clean(p.text());
                Matcher k = KIND.matcher(text);
                if (k.find() && text.substring(k.end()).isBlank()) {
                    body.add(new BodyRow(null, headed, k.group(1), false));
                }
                continue;
            }
            List<String[]> grid = TableGrid.of((Table) block);
            List<String[]> header = new ArrayList<>();
            int r = 0;
            while (r < grid.size() && isHeaderRow(grid.get(r))) {
                body.add(new BodyRow(grid.get(r), null, null, true));
                header.add(grid.get(r++));
            }
            if (!header.isEmpty()) {
                headed = new Columns();
                headed.read(header);
            }
            for (; r < grid.size(); r++) {
                body.add(new BodyRow(grid.get(r), headed, null, isHeaderRow(grid.get(r)), ((Table) block).rows().get(r).where()));
            }
        }
        List<String[]> cellRows = body.stream().filter(b -> b.cells() != null && !b.header()).map(BodyRow::cells).toList();
        String[] names = names(cellRows);
        List<IndicatorRow> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        String kind = null;
        int n = -1;
        for (BodyRow b : body) {
            if (b.cells() == null) {
                kind = b.kindHeading();
                trace(trace, "LABEL", kind, List.of(), null);
                continue;
            }
            if (b.header()) {
                trace(trace, "HEADER", String.join(" | ", java.util.Arrays.stream(b.cells()).map(TableGrid::oneLine).toList()),
                        List.of(), null);
                continue;
            }
            n++;
            String[] row = b.cells();
            Columns cols = b.cols();
            String first = TableGrid.oneLine(row[0]);
            String source = String.join(" | ", java.util.Arrays.stream(row).map(TableGrid::oneLine).toList());
            if (isNote(first)) {
                trace(trace, "NOTE", source, List.of(), null);
                continue; // "หมายเหตุ :" under the table, which a spreadsheet reader may join to it
            }
            if (!seen.add(SPACES.matcher(source).replaceAll(""))) {
                trace(trace, "REPEATED", source, List.of(), null);
                continue; // the same row retyped under the header repeated after a page break
            }
            Matcher k = KIND.matcher(first);
            String indicator = first;
            boolean hadKind = k.find();
            if (hadKind) {
                kind = k.group(1);
                indicator = first.substring(k.end()).strip();
            }
            if (names[n] != null) {
                indicator = names[n];
            }
            int target = targetColumn(cols, row.length, fiscalYearBe);
            int result = resultColumn(cols, row.length);
            if (result < 0 && section.equals("11.1") && target >= 0 && target + 1 < row.length
                    && (target + 1 >= cols.year.length || cols.year[target + 1] == null
                    || cols.year[target + 1].equals(cols.year[target]))) {
                // ๑๑.๑ compares target with result: a column right of the target that no heading names
                // ("ตัวชี้วัด | ค่าเป้าหมาย | " over " | ปี พ.ศ. ๒๕๖๗ | ", the year's cell read as merged over it) is the result.
                result = target + 1;
            }
            String targetText = cell(row, target);
            String resultText = cell(row, result);
            List<Integer> years = new ArrayList<>();
            List<String> targets = new ArrayList<>();
            for (int c : yearColumns(cols, row.length)) {
                years.add(cols.year[c]);
                targets.add(cell(row, c));
            }
            List<String> values = new ArrayList<>();
            for (int c = 1; c < row.length; c++) {
                values.add(cell(row, c));
            }
            RowKind rowKind = classify(indicator, hadKind, values, targetText);
            if (rowKind == RowKind.HEADER || rowKind == RowKind.LABEL || rowKind == RowKind.TOTAL) {
                trace(trace, rowKind.name(), source, List.of(), null);
                continue; // a sub-heading ("เชิงปริมาณ :", "เชิงปริมาณ : | จำนวน", "ปี ๒๕๖๗"), or "เชิงคุณภาพ : - | - | -"
            }
            if (rowKind == RowKind.CONTINUATION) {
                if (!out.isEmpty()) {
                    // Words and no value at all: the rest of the indicator above on a row of its own, as a PDF
                    // row broken over a page at an item number ("๑.๒) ระบบสารสนเทศ …") reads.
                    IndicatorRow continued = out.remove(out.size() - 1).continuedBy(indicator, source);
                    out.add(continued);
                    retarget(trace, continued);
                    trace(trace, "CONTINUATION", source, List.of(), continued);
                    continue;
                }
                rowKind = RowKind.ITEM;
            }
            Integer year = target >= 0 && target < cols.year.length && cols.year[target] != null
                    ? cols.year[target] : fiscalYearBe;
            if (years.isEmpty() && target >= 0 && year != null) {
                years.add(year);
                targets.add(targetText);
            }
            List<String[]> parts = rowKind == RowKind.ITEM && years.size() <= 1
                    ? unpack(indicator, row, target, result) : null;
            if (parts == null) {
                parts = List.<String[]>of(new String[]{indicator, targetText, resultText});
            }
            List<IndicatorRow> produced = new ArrayList<>();
            for (String[] part : parts) {
                Kpi kpi = new Kpi(out.size() + 1, section, kind, part[0].isEmpty() ? null : part[0],
                        unit(part[1], part[0]), year, blankToNull(part[1]), number(part[1]),
                        blankToNull(part[2]), number(part[2]), status(part[2], result >= 0), source, b.where());
                List<String> partTargets = parts.size() == 1 ? targets : List.of(part[1]);
                out.add(new IndicatorRow(kpi, years, partTargets, rowKind));
                produced.add(out.get(out.size() - 1));
            }
            trace(trace, parts.size() > 1 ? rowKind.name() + " (packed: " + parts.size() + ")" : rowKind.name(), source,
                    produced, null);
        }
        return out;
    }

    private static void trace(List<Traced> trace, String kind, String text, List<IndicatorRow> produced,
                              IndicatorRow continued) {
        if (trace != null) {
            trace.add(new Traced(kind, text, produced, continued));
        }
    }

    /** The row a continuation extended replaces it in the rows traced before (it is a new record). */
    private static void retarget(List<Traced> trace, IndicatorRow extended) {
        if (trace == null) {
            return;
        }
        for (int i = trace.size() - 1; i >= 0; i--) {
            Traced t = trace.get(i);
            List<IndicatorRow> produced = new ArrayList<>(t.produced());
            if (!produced.isEmpty() && produced.get(produced.size() - 1).kpi().seq() == extended.kpi().seq()) {
                produced.set(produced.size() - 1, extended);
                trace.set(i, new Traced(t.kind(), t.text(), produced, t.continued()));
                return;
            }
            if (t.continued() != null && t.continued().kpi().seq() == extended.kpi().seq()) {
                trace.set(i, new Traced(t.kind(), t.text(), t.produced(), extended));
            }
        }
    }

    /**
     * One cell packing several numbered indicators ("๑) … ๒) … ๓) …") beside a target cell packing as many
     * targets (a line each, or "ร้อยละ ๘๖ ร้อยละ ๗๖" on one line): one [indicator, target, result] per item.
     * Null unless the counts agree (the result cell too, unless it is empty), so nothing is guessed.
     */
    static List<String[]> unpack(String indicator, String[] row, int target, int result) {
        List<String> items = packedItems(indicator);
        if (items.size() < 2 || target < 0 || target >= row.length) {
            return null;
        }
        List<String> targets = values(row[target], items.size());
        String resultCell = result >= 0 && result < row.length ? row[result] : "";
        List<String> results = resultCell.isBlank() ? null : values(resultCell, items.size());
        if (targets == null || (!resultCell.isBlank() && results == null)) {
            return null;
        }
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add(new String[]{items.get(i), targets.get(i), results == null ? "" : results.get(i)});
        }
        return out;
    }

    /** "๑. ก ๒. ข" or "๑) ก ๒) ข": the items, when the text starts with the first; numbering as typed (may repeat). */
    static List<String> packedItems(String text) {
        String key = ThaiNumbers.toArabicDigits(text);
        Matcher m = PACKED_ITEM.matcher(key);
        List<Integer> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(m.start(1));
        }
        return pieces(text, starts);
    }

    /** The text cut at each start, when the first item starts the text; else empty. */
    private static List<String> pieces(String text, List<Integer> starts) {
        if (starts.isEmpty() || starts.get(0) != 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            out.add(text.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : text.length()).strip());
        }
        return out;
    }

    /** An item number "๑." or "๒)" (not "๗.๑", not "๑.๑)"). */
    private static final Pattern PACKED_ITEM = Pattern.compile("(?:^|\\s)(\\d{1,2}[.)])(?![\\d.)])");
    private static final Pattern PREFIX_GLUED = Pattern.compile(
            "([\\u0E01-\\u0E4E])(" + String.join("|", FormVocabulary.TARGET_PREFIXES) + ")(?=\\s*[0-9๐-๙])");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*[0-9๐-๙].*");

    /**
     * A value cell split into {@code n} values: its lines when it has n, else around its numbers (a "-"
     * counts as one) with the words between two numbers going to the first up to a word that begins a
     * target ({@link FormVocabulary#TARGET_PREFIXES}). Null when the cell does not hold n values.
     */
    static List<String> values(String cell, int n) {
        List<String> lines = java.util.Arrays.stream(cell.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        // A line each only when each line is one whole value: a wrapped cell may have n lines by chance.
        if (lines.size() == n && lines.stream().allMatch(l -> balanced(l) && split(tokens(l), 1) != null)) {
            return lines.stream().map(TableGrid::oneLine).toList();
        }
        return split(tokens(String.join(" ", lines)), n);
    }

    private static boolean balanced(String text) {
        return text.chars().filter(ch -> ch == '(').count() == text.chars().filter(ch -> ch == ')').count();
    }

    private static String[] tokens(String text) {
        // A PDF line joined without its space ("๘๑๐ คนร้อยละ ๙๐"): a word that begins a target starts a token.
        return PREFIX_GLUED.matcher(text.strip()).replaceAll("$1 $2").split("\\s+");
    }

    private static List<String> split(String[] tokens, int n) {
        // A value's own breakdown in brackets ("๑๗ หลักสูตร (Q๑=๓ หลักสูตร …)") is part of it, not more values.
        boolean[] bracketed = new boolean[tokens.length];
        int depth = 0;
        for (int t = 0; t < tokens.length; t++) {
            bracketed[t] = depth > 0 || tokens[t].startsWith("(");
            depth = Math.max(0, depth + (int) tokens[t].chars().filter(ch -> ch == '(').count()
                    - (int) tokens[t].chars().filter(ch -> ch == ')').count());
        }
        List<Integer> valueAt = new ArrayList<>();
        for (int t = 0; t < tokens.length; t++) {
            if (!bracketed[t] && (HAS_DIGIT.matcher(tokens[t]).matches() || DASHES.matcher(tokens[t]).matches())) {
                valueAt.add(t);
            }
        }
        if (valueAt.size() != n) {
            return null;
        }
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 1; i < n; i++) {
            int start = valueAt.get(i);
            for (int t = valueAt.get(i - 1) + 1; t < valueAt.get(i); t++) {
                String word = tokens[t];
                if (!bracketed[t] && FormVocabulary.TARGET_PREFIXES.stream().anyMatch(word::startsWith)) {
                    start = t;
                    break;
                }
            }
            starts.add(start);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int end = i + 1 < n ? starts.get(i + 1) : tokens.length;
            out.add(String.join(" ", java.util.Arrays.asList(tokens).subList(starts.get(i), end)));
        }
        return out;
    }

    /**
     * Indicators typed as numbered items in one cell whose targets are on that row and the rows below
     * it, their first cells left empty ("เชิงปริมาณ : ๑) … ๒) … ๓) …" over three rows of targets: a cell
     * merged down in the original). Each such row gets its item; null where a row names itself.
     */
    static String[] names(List<String[]> body) {
        String[] out = new String[body.size()];
        for (int b = 0; b < body.size(); b++) {
            String first = TableGrid.oneLine(body.get(b)[0]);
            Matcher k = KIND.matcher(first);
            String text = k.find() ? first.substring(k.end()) : first;
            List<String> items = items(text);
            int below = 0;
            while (b + 1 + below < body.size() && body.get(b + 1 + below)[0].isBlank()) {
                below++;
            }
            if (items.size() >= 2 && items.size() == below + 1) {
                for (int i = 0; i < items.size(); i++) {
                    out[b + i] = items.get(i);
                }
            }
        }
        return out;
    }

    /** "๑) ก ๒) ข ๓) ค" → ["๑) ก", "๒) ข", "๓) ค"] when the items are numbered 1, 2, 3 … from the start; else empty. */
    static List<String> items(String text) {
        String key = ThaiNumbers.toArabicDigits(text); // same length: digits map one to one
        Matcher m = ITEM.matcher(key);
        List<Integer> starts = new ArrayList<>();
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) != starts.size() + 1) {
                return List.of();
            }
            starts.add(m.start(1));
        }
        return pieces(text, starts);
    }

    /** The target columns a fiscal year heads, left to right; a year merged over a column repeats only once. */
    private static List<Integer> yearColumns(Columns cols, int width) {
        List<Integer> out = new ArrayList<>();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int c = 1; c < Math.min(width, cols.year.length); c++) {
            boolean isResult = c < cols.result.length && cols.result[c];
            if (!isResult && cols.year[c] != null && seen.add(cols.year[c])) {
                out.add(c);
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
        if (DASHES.matcher(text.strip()).matches()) {
            return "NOT_REPORTED";
        }
        return number(text) != null ? "VALUE" : "TEXT";
    }

    /** The first number in a target or result cell ("ร้อยละ ๑๐๐" → 100, "ไม่น้อยกว่า ๓๐๐ เครือข่าย" → 300). */
    static BigDecimal number(String text) {
        if (text == null) {
            return null;
        }
        String arabic = ThaiNumbers.toArabicDigits(text);
        Matcher m = NUMBER.matcher(arabic);
        if (!m.find()) {
            return null;
        }
        // "1e30" is no count or percentage the form can mean: no number (the cell stays TEXT, as typed),
        // never the 1 before the e.
        if (EXPONENT.matcher(arabic).region(m.end(), arabic.length()).lookingAt()) {
            return null;
        }
        BigDecimal value = new BigDecimal(m.group().replace(",", ""));
        // A minus right before the digits is a sign, unless a number precedes it ("๑๐-๒๐" is a range).
        int before = m.start() - 1;
        if (before >= 0 && ThaiNumbers.isMinusSign(arabic.charAt(before))
                && !arabic.substring(0, before).stripTrailing().matches("(?s).*\\d")) {
            value = value.negate();
        }
        return value;
    }

    private static final Pattern EXPONENT = Pattern.compile("[eE][+-]?\\d");

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
        if (indicator != null && LEADING_ITEM.matcher(indicator).replaceFirst("").startsWith("ร้อยละ")) {
            return "ร้อยละ";
        }
        Matcher named = indicator == null ? null : NAMED_UNIT.matcher(indicator);
        if (named == null || !named.find()) {
            return null;
        }
        return named.group(1) != null ? named.group(1) : named.group(2);
    }

    /** An item number before an indicator's words: "๑) ", "2. ". */
    private static final Pattern LEADING_ITEM = Pattern.compile("^\\(?[0-9๐-๙]{1,2}\\s*[.)]\\s*");
    /** A unit the indicator names at its end: "… (เรื่อง)", "… (ร้อยละ)", "ทั้งโครงการ (มีระยะ ๓ ปี) ร้อยละ". */
    private static final Pattern NAMED_UNIT = Pattern.compile("(?:\\(\\s*([\\u0E01-\\u0E4E]+)\\s*\\)|\\s(ร้อยละ))\\s*$");
}
