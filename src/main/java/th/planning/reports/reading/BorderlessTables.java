package th.planning.reports.reading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import th.planning.reports.document.Block;
import th.planning.reports.document.Cell;
import th.planning.reports.document.FormVocabulary;
import th.planning.reports.document.Row;
import th.planning.reports.document.Table;
import th.planning.reports.reading.PdfReader.Cluster;
import th.planning.reports.reading.PdfReader.Line;

/**
 * The form's tables drawn without ruling lines, found from the text's column layout: a line whose parts,
 * separated by wide gaps, read as the form's table header (ตัวชี้วัด | ค่าเป้าหมาย …, กิจกรรม | ช่วงระยะเวลา …,
 * {@link FormVocabulary#isTableHeader}) opens a table; the x where each part of the header starts is a
 * column's left edge. A header line under it splits a part when two parts or more sit under it (cells under
 * a merged one), adds a column where a part sits under none, and is that cell's text wrapped where one part
 * alone, no wider, starts or centres as it does (else the body has begun). A header centred in its cells
 * starts right of the column's text: the table's left is then the first body line's, and a column's edge is
 * where body text starts after a gap between the header part before and this one, with no body line
 * running across the gutter. An x where text starts after a
 * wide gap in three body lines or more is a column of its own (a year column under an empty header). The
 * lines below are the table's while they sit inside it: until a section heading, a note, a new header, text
 * left of the first column, or a vertical gap wider than the table's line pitch. Each glyph goes to the column
 * whose left edge is the nearest at or before it; a line whose text runs on across a column's edge (with
 * a gap narrower than {@link #SPAN_GAP}, and than {@link #GUTTER} where the text starts right at the edge)
 * is one cell across the table (a kind label, a group, the project's name).
 * Lines are grouped into rows: a line opens a new row when a column has text again after a blank line in
 * that column (a cell's text has no holes); when its first column opens an item (a number, กิจกรรมที่,
 * เชิงปริมาณ; a bare number under a full line is a wrapped "งวดที่ ๑"); when no column's text goes on from
 * a full line above (its first word would not have fitted there) and the step from the line above is wider
 * than the body's tightest pitch (cell padding) or a value column has text where the row's had none or had
 * ended well short of the column's edge, or, with a value beside it, the first column's text before had
 * ended short enough for the line's first word (at most {@link #THAI_WORD} font sizes: Thai has no spaces)
 * to fit. Any other line continues the row.
 *
 * <p>A table that runs to the bottom of a page stays open: the next page's lines, from its top, are read
 * with the same columns until the table ends (under its header repeated too, unless this page's body
 * fits columns of its own better), and the page break's row is joined as ruled tables' are.
 * Only glyphs outside ruled grids are candidates: ruling lines win.
 */
final class BorderlessTables {

    /** A gap wider than this many font sizes between two glyphs of a line separates header cells. */
    static final float HEADER_GAP = 1.2f;
    /** Text running on across a column's edge with a gap narrower than this many font sizes spans it. */
    static final float SPAN_GAP = 0.5f;
    /** A vertical step larger than this many times the table's line pitch ends the table or opens a row. */
    static final float GAP = 1.3f;
    /** A first-column line ending further than this many font sizes from the column's right edge was not wrapped. */
    static final float WRAP_SLACK = 5f;
    /** The widest a Thai word that did not fit at a line's end is taken to be, in font sizes. */
    static final float THAI_WORD = 4.5f;
    /** A cell's text ends at least this many font sizes before the next column's text starts (cell padding). */
    static final float PADDING = 0.3f;

    private static final java.util.regex.Pattern BARE_NUMBER = java.util.regex.Pattern.compile("^\\p{Nd}+(\\s|$)");

    /** A gap narrower than this many font sizes is a space, not a gutter, even at a column's edge. */
    static final float GUTTER = 0.34f;

    /** Lines a column needs for its widest to show where its text wraps. */
    static final int EDGE_LINES = 5;

    /** A step this many font sizes wider than the body's tightest line pitch separates rows. */
    static final float ROW_GAP = 0.15f;

    /** The first section whose heading can follow one of the form's tables. */
    static final int FIRST_SECTION_AFTER_A_TABLE = 8;

    /** A table found on one page. */
    record Found(float top, float[] xs, Table table, boolean lastRowFull, boolean[] lastRowEndedAbove) {
    }

    /** The page's tables and the glyphs left as text. */
    record Result(List<Found> tables, List<Cluster> rest, float[] open) {
    }

    private BorderlessTables() {
    }

    /**
     * Finds the tables among a page's free glyphs. {@code open} is the column edges of a table that ran to
     * the bottom of the page before (null if none); the result's {@code open} is this page's.
     */
    static Result find(List<Cluster> clusters, float[] open) {
        List<List<Cluster>> lines = rawLines(clusters);
        float pageRight = 0; // a table's right is the text's, at most: where a centred header's last cell ends
        for (List<Cluster> line : lines) {
            pageRight = Math.max(pageRight, lineRight(line));
        }
        List<Found> tables = new ArrayList<>();
        List<Cluster> rest = new ArrayList<>();
        float[] stillOpen = null;
        int i = 0;
        if (open != null && !lines.isEmpty() && continues(lines.get(0), open)) {
            // the rest of a header broken over the page (cells under a merged one, first column empty)
            int h = 0;
            float[] xs = open;
            while (h < lines.size() && h < 3 && lines.get(h).get(0).x > xs[0] + 2 * size(lines.get(h))
                    && isHeaderRest(lines.get(h), xs)) {
                xs = merge(xs, starts(lines.get(h)));
                h++;
            }
            float pitch = pitchOf(lines.get(0));
            int end = body(lines, h, xs, pitch);
            xs = withBodyColumns(lines.subList(h, end), xs, List.of(), pageRight);
            tables.add(build(lines.subList(0, end), xs, h, pitch));
            if (end == lines.size()) {
                stillOpen = xs;
            }
            i = end;
        }
        while (i < lines.size()) {
            List<Cluster> line = lines.get(i);
            float[] xs = header(line);
            if (xs == null) {
                rest.addAll(line);
                i++;
                continue;
            }
            List<float[]> extents = parts(line); // one per column, parallel to xs
            int h = i + 1;
            float em = size(line);
            while (h < lines.size() && h < i + 4 && lines.get(h).get(0).x > xs[0] + 2 * em
                    && lines.get(h).get(0).y - lines.get(h - 1).get(0).y < 2.5f * em) {
                List<float[]> under = underHeader(extents, parts(lines.get(h)), em);
                if (under == null) {
                    break;
                }
                extents = under;
                h++;
            }
            xs = new float[extents.size()];
            for (int k = 0; k < xs.length; k++) {
                xs[k] = extents.get(k)[0];
            }
            float pitch = h > i + 1 ? lines.get(i + 1).get(0).y - line.get(0).y : pitchOf(line);
            if (h < lines.size() && xs.length > 1) {
                // a header centred in its cells starts right of the column's text: the first body line shows the table's left
                float x = lines.get(h).get(0).x;
                if (x < xs[0] - 0.5f * em && x >= xs[0] - (xs[1] - xs[0]) && !endsTable(text(lines.get(h)))
                        && !FormVocabulary.isNote(text(lines.get(h)))) {
                    xs[0] = x;
                }
            }
            int end = body(lines, h, xs, pitch);
            xs = withBodyColumns(lines.subList(h, end), xs, extents, pageRight);
            if (i == 0 && open != null && (sameStarts(xs, open) || xs.length <= open.length
                    && support(open, lines.subList(h, end)) >= support(xs, lines.subList(h, end)))) {
                // the header repeated at the page's top over the table the page before ran on: its columns
                xs = open;
            }
            tables.add(build(lines.subList(i, end), xs, h - i, pitch));
            stillOpen = end == lines.size() ? xs : null;
            i = end;
        }
        return new Result(tables, rest, stillOpen);
    }

    /**
     * Whether a line at the table's left is the heading after it: §๘ on (a table is in §๗, §๘ or §๑๑; an
     * item "๒) ฐานข้อมูลของหน่วยงาน…" reads like §๒'s heading).
     */
    private static boolean endsTable(String text) {
        return FormVocabulary.headingSection(text) >= FIRST_SECTION_AFTER_A_TABLE;
    }

    /** Lines of a table's body that show a column its header did not (a year column with an empty header). */
    static final int BODY_COLUMN_LINES = 3;

    /**
     * The header's columns and any column the body shows. A column's text starts at one x, after a gap, in
     * lines of the body, and no body line's text runs across the gutter just left of it (a few lines
     * across the table aside: a kind label, a group). Such an x left of a header cell's text and right of
     * the header cell before it is that column's edge (a header centred in its cell starts further right);
     * one away from every known edge, in {@link #BODY_COLUMN_LINES} lines or more, is a column of its own
     * (a year column under an empty header).
     */
    private static float[] withBodyColumns(List<List<Cluster>> body, float[] xs, List<float[]> headerParts, float right) {
        List<float[]> seen = new ArrayList<>(); // {x, count}
        for (List<Cluster> line : body) {
            Cluster prev = null;
            for (Cluster c : line) {
                if (c.blank()) {
                    continue;
                }
                // a line's first glyph right of the table's left starts a column too (the first one empty)
                float gap = prev == null ? c.x - xs[0] : c.x - prev.end();
                float em = prev == null ? c.fontSize : Math.min(prev.fontSize, c.fontSize);
                if (gap > PADDING * em) {
                    float[] at = null;
                    for (float[] k : seen) {
                        if (Math.abs(k[0] - c.x) <= RuledGrids.TOLERANCE) {
                            at = k;
                            break;
                        }
                    }
                    if (at == null) {
                        at = new float[] {c.x, 0, 0};
                        seen.add(at);
                    }
                    at[1]++;
                    if (gap > HEADER_GAP * em) {
                        at[2]++;
                    }
                }
                prev = c;
            }
        }
        seen.removeIf(k -> k[0] <= xs[0] + RuledGrids.TOLERANCE || crossings(body, k[0]) > Math.max(1, body.size() / 10));
        seen.sort(Comparator.comparingDouble(k -> k[0]));
        float[] out = xs.clone();
        for (int k = 1; k < out.length; k++) {
            // a header centred in its cell starts right of the cell's text: the edge is where the body's text
            // starts between the header cell before and this one, in the most lines after a wide gap
            if (k >= headerParts.size() || Math.abs(headerParts.get(k)[0] - xs[k]) > RuledGrids.TOLERANCE) {
                continue;
            }
            float left = Math.max(out[k - 1], headerParts.get(k - 1)[1]);
            float[] best = null;
            float[] at = null;
            for (float[] c : seen) {
                if (Math.abs(c[0] - xs[k]) <= RuledGrids.TOLERANCE) {
                    at = c;
                } else if (c[0] > left && c[0] < xs[k] - 3 * RuledGrids.TOLERANCE
                        && (best == null || c[2] > best[2] || c[2] == best[2] && c[1] >= best[1])) {
                    best = c;
                }
            }
            if (at != null && best != null && (at[1] >= 2 || best[1] < 2)) {
                best = null; // body text starting where the header's does: a header set left, as the body
            }
            if (best != null) {
                out[k] = best[0];
            }
        }
        for (float[] c : seen) {
            if (c[2] >= BODY_COLUMN_LINES && !sameStarts(new float[] {c[0]}, out)) {
                out = merge(out, new float[] {c[0]});
            }
        }
        return out;
    }

    /** How many times a body line's text starts at one of the edges right of the first: how well they fit the body. */
    private static int support(float[] xs, List<List<Cluster>> body) {
        int n = 0;
        for (List<Cluster> line : body) {
            for (Cluster c : line) {
                for (int k = 1; k < xs.length; k++) {
                    if (!c.blank() && Math.abs(c.x - xs[k]) <= RuledGrids.TOLERANCE) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    /** How many lines have text running across the gutter just left of x. */
    private static int crossings(List<List<Cluster>> body, float x) {
        int n = 0;
        for (List<Cluster> line : body) {
            for (Cluster c : line) {
                if (!c.blank() && c.x < x - RuledGrids.TOLERANCE && c.end() > x - RuledGrids.TOLERANCE) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /** The line's parts (text separated by gaps wider than {@link #HEADER_GAP} font sizes), each {start, end}. */
    private static List<float[]> parts(List<Cluster> line) {
        List<float[]> out = new ArrayList<>();
        Cluster prev = null;
        for (Cluster c : line) {
            if (c.blank()) {
                continue;
            }
            if (prev == null || c.x - prev.end() > HEADER_GAP * Math.min(prev.fontSize, c.fontSize)) {
                out.add(new float[] {c.x, c.end()});
            }
            out.get(out.size() - 1)[1] = c.end();
            prev = c;
        }
        return out;
    }

    /**
     * The header's columns after a header line under it: a part under no column's text is a column of its
     * own (a cell under an empty one); two parts or more under one column's text split it (the cells under
     * a merged one); one part alone under a column's text is that cell's text wrapped (centred text) when it
     * starts or centres where that text does and is no wider. Null when the line is no header's: a body
     * line under a header cell (wider, or set otherwise).
     */
    private static List<float[]> underHeader(List<float[]> columns, List<float[]> parts, float em) {
        List<float[]> out = new ArrayList<>();
        for (float[] col : columns) {
            List<float[]> under = new ArrayList<>();
            for (float[] p : parts) {
                if (p[0] < col[1] && p[1] > col[0]) {
                    under.add(p);
                }
            }
            if (under.size() == 1) {
                float[] p = under.get(0);
                boolean sameStart = Math.abs(p[0] - col[0]) <= RuledGrids.TOLERANCE;
                boolean sameMiddle = Math.abs(p[0] + p[1] - col[0] - col[1]) <= 2 * em;
                if (!(sameStart || sameMiddle) || p[1] - p[0] > col[1] - col[0] + em) {
                    return null;
                }
            }
            out.addAll(under.size() >= 2 ? under : List.of(col));
        }
        for (float[] p : parts) {
            if (!overlaps(p, columns)) {
                out.add(p);
            }
        }
        out.sort(Comparator.comparingDouble(p -> p[0]));
        return out;
    }

    private static boolean overlaps(float[] part, List<float[]> extents) {
        for (float[] e : extents) {
            if (part[0] < e[1] && part[1] > e[0]) {
                return true;
            }
        }
        return false;
    }

    /** Whether a line under a header brings columns of its own (a merged header cell's parts). */
    private static boolean isHeaderRest(List<Cluster> line, float[] xs) {
        String t = text(line);
        return !sameStarts(starts(line), xs) || t.contains("ปี") && hasDigit(t);
    }

    private static float pitchOf(List<Cluster> line) {
        return 1.9f * size(line);
    }

    /** Whether a page's first line can be the rest of a table with these columns. */
    private static boolean continues(List<Cluster> line, float[] xs) {
        String text = text(line);
        return line.get(0).x >= xs[0] - 2 && !endsTable(text) && !FormVocabulary.isNote(text)
                && header(line) == null;
    }

    /** The index after the table's last body line, from {@code from}. */
    private static int body(List<List<Cluster>> lines, int from, float[] xs, float pitch) {
        int end = from;
        float minPitch = pitch;
        while (end < lines.size()) {
            List<Cluster> line = lines.get(end);
            String text = text(line);
            float em = size(line);
            boolean atLeft = xs.length < 2 || line.get(0).x < xs[1] - RuledGrids.TOLERANCE;
            if (line.get(0).x < xs[0] - 0.5f * em || header(line) != null
                    || atLeft && (endsTable(text) || FormVocabulary.isNote(text))) {
                break;
            }
            if (end > from) {
                float step = line.get(0).y - lines.get(end - 1).get(0).y;
                if (step > GAP * minPitch) {
                    break;
                }
                minPitch = Math.min(minPitch, step);
            } else if (end > 0 && line.get(0).y - lines.get(end - 1).get(0).y > GAP * minPitch + em) {
                break;
            }
            end++;
        }
        return end;
    }

    /** The column edges of a header line, or null when the line is not a table header. */
    static float[] header(List<Cluster> line) {
        List<List<Cluster>> parts = new ArrayList<>();
        Cluster prev = null;
        for (Cluster c : line) {
            if (c.blank()) {
                continue;
            }
            if (prev == null || c.x - prev.end() > HEADER_GAP * Math.min(prev.fontSize, c.fontSize)) {
                parts.add(new ArrayList<>());
            }
            parts.get(parts.size() - 1).add(c);
            prev = c;
        }
        if (parts.size() < 2) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        float[] xs = new float[parts.size()];
        for (int k = 0; k < parts.size(); k++) {
            cells.add(text(parts.get(k)));
            xs[k] = parts.get(k).get(0).x;
        }
        return FormVocabulary.isTableHeader(cells) ? xs : null;
    }

    private static float[] starts(List<Cluster> line) {
        List<Float> out = new ArrayList<>();
        Cluster prev = null;
        for (Cluster c : line) {
            if (c.blank()) {
                continue;
            }
            if (prev == null || c.x - prev.end() > HEADER_GAP * Math.min(prev.fontSize, c.fontSize)) {
                out.add(c.x);
            }
            prev = c;
        }
        float[] xs = new float[out.size()];
        for (int k = 0; k < xs.length; k++) {
            xs[k] = out.get(k);
        }
        return xs;
    }

    private static float[] merge(float[] a, float[] b) {
        List<Float> all = new ArrayList<>();
        for (float x : a) {
            all.add(x);
        }
        for (float x : b) {
            boolean near = false;
            for (float y : a) {
                near |= Math.abs(x - y) <= 3 * RuledGrids.TOLERANCE;
            }
            if (!near) {
                all.add(x);
            }
        }
        all.sort(Comparator.naturalOrder());
        float[] xs = new float[all.size()];
        for (int k = 0; k < xs.length; k++) {
            xs[k] = all.get(k);
        }
        return xs;
    }

    /** One table's lines ({@code headerLines} of them its header) read into rows and cells. */
    private static Found build(List<List<Cluster>> lines, float[] xs, int headerLines, float pitch) {
        int n = xs.length;
        float right = 0;
        for (List<Cluster> line : lines) {
            for (Cluster c : line) {
                if (!c.blank()) {
                    right = Math.max(right, c.end());
                }
            }
        }
        // rows: each a list of lines; each line its clusters by column, or one span
        float[] first = lines.isEmpty() ? new float[0] : starts(lines.get(0));
        List<RowDraft> rows = new ArrayList<>();
        RowDraft row = null;
        // where each column's text wraps: its widest body line, where it has lines enough to show it
        // (cell margins are not seen), else just short of the next column's text
        float[] edge = new float[n];
        int[] seen = new int[n];
        for (int li = headerLines; li < lines.size(); li++) {
            List<List<Cluster>> cs = columns(lines.get(li), xs);
            for (int k = 0; cs != null && k < n; k++) {
                if (!allBlank(cs.get(k))) {
                    edge[k] = Math.max(edge[k], lineRight(cs.get(k)));
                    seen[k]++;
                }
            }
        }
        for (int k = 0; k < n; k++) {
            float em = lines.isEmpty() ? 12 : size(lines.get(0));
            float limit = xs(xs, k + 1, right) - PADDING * em;
            edge[k] = seen[k] >= EDGE_LINES ? Math.min(limit, edge[k] + 0.1f * em) : limit;
        }
        float prevY = Float.NaN;
        // the body's tightest line pitch: a wider step is space between rows (cell padding) or paragraphs
        float minStep = Float.MAX_VALUE;
        for (int li = headerLines + 1; li < lines.size(); li++) {
            float st = lines.get(li).get(0).y - lines.get(li - 1).get(0).y;
            if (st > 0.5f * size(lines.get(li))) {
                minStep = Math.min(minStep, st);
            }
        }
        for (int li = 0; li < lines.size(); li++) {
            List<Cluster> line = lines.get(li);
            float em = size(line);
            List<List<Cluster>> cols = columns(line, xs);
            boolean span = cols == null;
            boolean inHeader = li < headerLines;
            boolean newRow;
            if (row == null || (li == headerLines && headerLines > 0)) {
                newRow = true;
            } else if (inHeader) {
                // a header line of its own (a year, or cells under a merged one) is a header row of its own
                newRow = hasDigit(text(line)) || !sameStarts(starts(line), first);
            } else {
                float step = line.get(0).y - prevY;
                String firstText = span ? text(line) : text(cols.get(0));
                if (step > GAP * pitch) {
                    newRow = true;
                } else if (span || row.span) {
                    // a spanning row goes on in lines of its first column that open no item
                    boolean firstOnly = span || othersBlank(cols);
                    newRow = !(row.span && firstOnly && !opensItem(firstText));
                } else {
                    boolean fresh = false;
                    boolean wrapped = false;
                    for (int k = 0; k < n; k++) {
                        if (allBlank(cols.get(k))) {
                            continue;
                        }
                        // a cell's text runs on without a blank line: text again after one is the next row's
                        fresh |= row.hasText[k] && !row.onPrev[k];
                        // a line whose first word would not have fitted at the end of the one above continues it
                        wrapped |= row.onPrev[k] && row.lastRight[k] + PADDING * em
                                + Math.min(firstWord(cols.get(k)), THAI_WORD * em) > edge[k];
                    }
                    // a bare number ("๑ และเบิกจ่าย)") under a full line is a wrapped "งวดที่ ๑", not an item ("๒.", "๑)")
                    boolean firstWrapped = BARE_NUMBER.matcher(firstText).find() && row.onPrev[0] && row.lastRight[0]
                            + PADDING * em + firstWord(cols.get(0)) > edge[0];
                    boolean others = false;
                    boolean newCell = false;
                    for (int k = 1; k < n; k++) {
                        if (!allBlank(cols.get(k))) {
                            others = true;
                            // a cell's text starts on its row's first line: text where the row had none opens a row
                            newCell |= !row.hasText[k];
                        }
                    }
                    // the first column's line above had room for this line's whole first word (to its first
                    // space, however long), and a value beside it: that text had ended, a new row
                    boolean firstEnded = others && !allBlank(cols.get(0)) && row.onPrev[0]
                            && row.lastRight[0] + PADDING * em + firstWord(cols.get(0)) < edge[0];
                    newRow = fresh || newCell || firstEnded || opensItem(firstText) && !firstWrapped
                            || !wrapped && step > minStep + ROW_GAP * em;
                    for (int k = 1; k < n && !newRow && !wrapped; k++) {
                        if (!allBlank(cols.get(k))) {
                            // a cell's text goes on only where it wrapped
                            newRow = row.lastRight[k] < xs(xs, k + 1, right) - WRAP_SLACK * em;
                        }
                    }
                    if (!newRow && !wrapped && others && !allBlank(cols.get(0))) {
                        // Thai has no spaces: a first "word" may be a phrase, so no more than a few font sizes count
                        newRow = row.hasText[0] && row.lastRight[0]
                                + Math.min(firstWord(cols.get(0)), THAI_WORD * em) < xs[1] - PADDING * em;
                    }
                }
            }
            if (newRow) {
                row = new RowDraft(n, span);
                rows.add(row);
            }
            if (row.span) {
                row.cols.get(0).addAll(line);
            } else if (span) {
                // a spanning line under a row of cells: its text goes to the first column
                row.cols.get(0).addAll(line);
            } else {
                for (int k = 0; k < n; k++) {
                    row.cols.get(k).addAll(cols.get(k));
                }
            }
            row.lastLineRight = lineRight(line);
            if (!span && !row.span) {
                for (int k = 0; k < n; k++) {
                    row.onPrev[k] = !allBlank(cols.get(k));
                    if (!allBlank(cols.get(k))) {
                        row.hasText[k] = true;
                        row.lastRight[k] = lineRight(cols.get(k));
                    }
                }
            }
            row.bottom = line.get(0).y;
            prevY = line.get(0).y;
        }
        List<Row> out = new ArrayList<>();
        boolean full = false;
        boolean[] ended = new boolean[n];
        for (int r = 0; r < rows.size(); r++) {
            RowDraft d = rows.get(r);
            List<Cell> cells = new ArrayList<>();
            int count = d.span ? 1 : n;
            boolean allFull = true;
            boolean anyText = false;
            for (int k = 0; k < count; k++) {
                List<Line> cellLines = PdfReader.buildLines(d.cols.get(k));
                List<Block> paragraphs = new ArrayList<>();
                PdfReader.ParagraphJoiner joiner = new PdfReader.ParagraphJoiner(paragraphs);
                joiner.page(new ArrayList<>(cellLines));
                joiner.flush();
                cells.add(new Cell(paragraphs, d.span ? n : 1, 1, null));
                if (r == rows.size() - 1 && !cellLines.isEmpty()) {
                    Line last = cellLines.get(cellLines.size() - 1);
                    float cellEdge = d.span || k + 1 >= n ? right : xs[k + 1];
                    anyText = true;
                    allFull &= last.x1 >= cellEdge - 4 * last.fontSize;
                    if (!d.span) {
                        ended[k] = last.y < d.bottom - 1.5f * last.fontSize;
                    }
                }
            }
            if (r == rows.size() - 1) {
                full = anyText && allFull;
            }
            out.add(new Row(cells));
        }
        float top = lines.get(0).get(0).y - size(lines.get(0));
        return new Found(top, xs, new Table(out), full, ended);
    }

    /** The line's glyphs by column, or null when its text runs on across a column's edge. */
    private static List<List<Cluster>> columns(List<Cluster> line, float[] xs) {
        List<List<Cluster>> cols = new ArrayList<>();
        for (int k = 0; k < xs.length; k++) {
            cols.add(new ArrayList<>());
        }
        Cluster prev = null;
        int prevCol = -1;
        for (Cluster c : line) {
            int col = 0;
            for (int k = xs.length - 1; k >= 0; k--) {
                if (c.x >= xs[k] - RuledGrids.TOLERANCE) {
                    col = k;
                    break;
                }
            }
            if (!c.blank()) {
                // text starting right at a column's edge starts its cell, however narrow the gutter (cell padding)
                float gap = prev == null ? 0 : c.x - prev.end();
                float em = prev == null ? 0 : Math.min(prev.fontSize, c.fontSize);
                if (prev != null && col != prevCol && gap < SPAN_GAP * em
                        && (Math.abs(c.x - xs[col]) > RuledGrids.TOLERANCE || gap < GUTTER * em)) {
                    return null;
                }
                if (prev != null && col < prevCol) {
                    col = prevCol;
                }
                prev = c;
                prevCol = col;
            }
            cols.get(col).add(c);
        }
        return cols;
    }

    private static float xs(float[] xs, int k, float right) {
        return k < xs.length ? xs[k] : right;
    }

    /** The width of the first word of a cell's line: to its first space (a Thai phrase may be long). */
    private static float firstWord(List<Cluster> cs) {
        Cluster start = null;
        Cluster prev = null;
        for (Cluster c : cs) {
            if (c.blank()) {
                if (start != null) {
                    break;
                }
                continue;
            }
            if (prev != null && c.x - prev.end() > PdfReader.SPACE_GAP * c.fontSize) {
                break;
            }
            if (start == null) {
                start = c;
            }
            prev = c;
        }
        return start == null ? 0 : prev.end() - start.x;
    }

    /**
     * Whether a first column's line opens an item ({@link PdfReader#opensItem}), but not where a wrapped
     * name goes on with the word กิจกรรม ("กิจกรรมที่ ๑ กำหนดแผนงานและ" / "กิจกรรมเพื่อขับเคลื่อน…").
     */
    static boolean opensItem(String text) {
        return PdfReader.opensItem(text) && !(text.startsWith("กิจกรรม") && !text.startsWith("กิจกรรมที่"));
    }

    private static boolean othersBlank(List<List<Cluster>> cols) {
        for (int k = 1; k < cols.size(); k++) {
            if (!allBlank(cols.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allBlank(List<Cluster> cs) {
        for (Cluster c : cs) {
            if (!c.blank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasDigit(String s) {
        return s.chars().anyMatch(Character::isDigit);
    }

    private static boolean sameStarts(float[] some, float[] of) {
        for (float x : some) {
            boolean near = false;
            for (float y : of) {
                near |= Math.abs(x - y) <= 3 * RuledGrids.TOLERANCE;
            }
            if (!near) {
                return false;
            }
        }
        return true;
    }

    private static float lineRight(List<Cluster> line) {
        float r = 0;
        for (Cluster c : line) {
            if (!c.blank()) {
                r = Math.max(r, c.end());
            }
        }
        return r;
    }

    private static final class RowDraft {
        final boolean span;
        final List<List<Cluster>> cols = new ArrayList<>();
        float lastLineRight;
        final boolean[] hasText;
        /** Whether each column had text on the row's last line so far. */
        final boolean[] onPrev;
        final float[] lastRight;
        float bottom;

        RowDraft(int n, boolean span) {
            this.span = span;
            this.hasText = new boolean[n];
            this.onPrev = new boolean[n];
            this.lastRight = new float[n];
            for (int k = 0; k < n; k++) {
                cols.add(new ArrayList<>());
            }
        }
    }

    /** The clusters by baseline, each line left to right, as {@link PdfReader#buildLines} groups them. */
    static List<List<Cluster>> rawLines(List<Cluster> clusters) {
        List<List<Cluster>> out = new ArrayList<>();
        List<Cluster> byY = new ArrayList<>(clusters);
        byY.sort(Comparator.comparingDouble(c -> c.y));
        List<Cluster> line = new ArrayList<>();
        float lineY = 0;
        float lineSize = 0;
        for (Cluster c : byY) {
            if (!line.isEmpty() && c.y - lineY > PdfReader.LINE_TOLERANCE * Math.min(lineSize, c.fontSize)) {
                add(line, out);
                line = new ArrayList<>();
            }
            if (line.isEmpty()) {
                lineY = c.y;
                lineSize = c.fontSize;
            }
            line.add(c);
        }
        add(line, out);
        return out;
    }

    private static void add(List<Cluster> line, List<List<Cluster>> out) {
        List<Cluster> sorted = new ArrayList<>(line);
        sorted.sort(Comparator.comparingDouble(c -> c.x));
        while (!sorted.isEmpty() && sorted.get(0).blank()) {
            sorted.remove(0);
        }
        if (!sorted.isEmpty()) {
            out.add(sorted); // a line of spaces only makes no text: dropped
        }
    }

    private static float size(List<Cluster> line) {
        float s = 0;
        for (Cluster c : line) {
            s = Math.max(s, c.fontSize);
        }
        return s <= 0 ? 12 : s;
    }

    private static String text(List<Cluster> line) {
        List<Line> built = PdfReader.buildLines(line);
        StringBuilder sb = new StringBuilder();
        for (Line l : built) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(l.text);
        }
        return sb.toString();
    }
}
