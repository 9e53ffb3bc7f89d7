package th.planning.reports.extract;

import th.planning.reports.document.Where;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.planning.reports.document.Document;
import th.planning.reports.document.FormVocabulary;
import th.planning.reports.thai.Amounts;
import th.planning.reports.thai.ParsedNumber;
import th.planning.reports.thai.ThaiDates;
import th.planning.reports.thai.ValueStatus;

/**
 * Reads the report form out of a document. Sections are found in the form's order: a line that
 * starts with the section's number (Thai or Arabic digits) and carries one of the words its label
 * always has. Each field is then read inside its section only, so a number in a note or a list
 * elsewhere can never be taken for it.
 */
public final class FormExtractor {

    private static final int SECTIONS = FormVocabulary.SECTIONS;

    private static final Pattern NAME_LABEL =
            Pattern.compile("^ชื่อ\\s*(?:แผนงาน\\s*/?\\s*)?(?:โครงการ)?\\s*[:：]?\\s*");
    private static final Pattern AGENCY_LABEL = Pattern.compile("^ชื่อ\\s*หน่วยงาน\\s*[:：]?\\s*");
    private static final Pattern AREA_LABEL =
            Pattern.compile("^พื้นที่\\s*(?:ดำเนินการ|ดำเนินงาน)?\\s*(?:\\(\\s*จังหวัด\\s*\\))?\\s*[:：]?\\s*");
    private static final Pattern QUARTER = Pattern.compile("ไตรมาส(?:ที่)?\\s*(\\d)");
    private static final String TICKED = "☑☒■✓✔⊠▣✗✘◼▪●⬛◉✅";
    private static final String UNTICKED = "☐□○◻❏⬜◯";

    private FormExtractor() {
    }

    public static ReportRecord extract(Document document) throws NotThisFormException {
        FormLines lines = new FormLines(document);
        int[] start = findSections(lines);
        int found = 0;
        for (int s = 1; s <= SECTIONS; s++) {
            found += start[s] >= 0 ? 1 : 0;
        }
        if (start[9] < 0 || found < 4) {
            throw new NotThisFormException("not a performance report form (แบบรายงานผลการดำเนินงาน): found "
                    + found + " of its 14 numbered sections" + (start[9] < 0 ? ", and no section ๙ (งบประมาณ)" : ""));
        }

        Range s1 = range(start, 1, lines);
        Range s3 = range(start, 3, lines);
        Range s9 = range(start, 9, lines);
        Range s14 = range(start, 14, lines);

        List<TextField> impossibleDates = impossibleDates(lines, start);
        Integer fiscalYear = fiscalYear(lines, start, impossibleDates);
        Range s11 = range(start, 11, lines);
        Range s111 = subsection(lines, s11, 11, 1);
        Range s112 = subsection(lines, s11, 11, 2);
        KpiExtractor.Plan plan = KpiExtractor.plan(blocks(document, lines, range(start, 7, lines)), fiscalYear);
        List<Kpi> kpis = KpiExtractor.extract(blocks(document, lines, s111), "11.1", fiscalYear);
        if (kpis.isEmpty()) {
            kpis = plan.kpis();
        }
        List<Activity> activities = ActivityExtractor.extract(
                blocks(document, lines, range(start, 8, lines)), blocks(document, lines, s112));
        List<String> s112Keys = new ArrayList<>();
        for (int i = s112.from(); i < s112.to(); i++) {
            s112Keys.add(lines.key(i));
        }

        TextField area = labelledText(lines, range(start, 10, lines), AREA_LABEL, "10");
        BudgetSemantics semantics = BudgetSemantics.detect(texts(lines, s3), texts(lines, range(start, 8, lines)),
                texts(lines, s9), fiscalYear);
        java.util.Map<String, List<String>> prose = new java.util.LinkedHashMap<>();
        java.util.Map<String, List<String>> cells = new java.util.LinkedHashMap<>();
        for (int s = 3; s <= SECTIONS; s++) {
            if (s == 7 || s == 8 || s == 11) {
                // Indicator and activity tables: read cell by cell (a result cell may state money), not as prose.
                cells.put(String.valueOf(s), cellTexts(blocks(document, lines, range(start, s, lines))));
                continue;
            }
            Range r = range(start, s, lines);
            if (s == 9) {
                r = notes(lines, r);
            }
            prose.put(String.valueOf(s), paragraphTexts(document, lines, r));
        }
        List<MoneyMention> mentions = MoneyMentions.find(prose, cells, fiscalYear);

        return new ReportRecord(
                fiscalYear,
                tickedQuarter(lines, s3),
                labelledText(lines, s1, NAME_LABEL, "1"),
                labelledText(lines, range(start, 2, lines), AGENCY_LABEL, "2"),
                budgetPlan(lines, s3),
                projectValue(lines, s3),
                budgetLine(lines, s9, Budget.ALLOCATED),
                budgetLine(lines, s9, Budget.CONTRACTED),
                budgetLine(lines, s9, Budget.DISBURSED),
                area,
                progress(lines, s14, Progress.TOTAL),
                progress(lines, s14, Progress.YEAR),
                kpis,
                activities,
                ActivityExtractor.declaredCount(s112Keys),
                semantics,
                mentions,
                formText(document, lines, start, area),
                budgetYear(lines, s9),
                plan.targets(),
                impossibleDates);
    }

    /**
     * Every row of the indicator tables (§๗, then §๑๑.๑) with what it was read as, for {@code inspect}: the
     * reading {@link #extract} does, told row by row.
     */
    public static List<TableRowReading> indicatorTableRows(Document document) {
        FormLines lines = new FormLines(document);
        int[] start = findSections(lines);
        Integer fiscalYear = fiscalYear(lines, start, impossibleDates(lines, start));
        Range s111 = subsection(lines, range(start, 11, lines), 11, 1);
        List<TableRowReading> out = new ArrayList<>(
                KpiExtractor.rows(blocks(document, lines, range(start, 7, lines)), "7", fiscalYear));
        out.addAll(KpiExtractor.rows(blocks(document, lines, s111), "11.1", fiscalYear));
        return out;
    }

    /** The year section ๙'s heading says the budget is of; it can differ from the header's (carry-overs). */
    private static TextField budgetYear(FormLines lines, Range s9) {
        if (s9.isEmpty()) {
            return TextField.absent("9");
        }
        Integer year = ThaiDates.parseBuddhistYear(lines.text(s9.from()));
        return new TextField(year == null ? null : year.toString(), "9", lines.text(s9.from()));
    }

    /** The text of every line of a range, label line first; a list item keeps a "- " (see Passages). */
    private static List<String> texts(FormLines lines, Range r) {
        List<String> out = new ArrayList<>();
        for (int i = r.from(); i < r.to(); i++) {
            out.add((lines.bulleted(i) ? Passages.ITEM : "") + lines.text(i));
        }
        return out;
    }

    /**
     * The lines of a range that are prose: paragraphs, and table rows with one or two filled cells (a
     * spreadsheet puts every line of the form in a row, a note as "หมายเหตุ :" | text). A row of a wider
     * table (๙'s amount | บาท | words) is not a sentence.
     */
    private static List<String> paragraphTexts(Document document, FormLines lines, Range r) {
        List<String> out = new ArrayList<>();
        for (int i = r.from(); i < r.to(); i++) {
            if (!(document.blocks().get(lines.block(i)) instanceof th.planning.reports.document.Table t)
                    || singleCellRows(t).contains(lines.text(i))) {
                out.add((lines.bulleted(i) ? Passages.ITEM : "") + lines.text(i));
            }
        }
        return out;
    }

    /** The non-empty cells of a section's tables, row by row, each cell's lines joined into one line. */
    private static List<String> cellTexts(List<th.planning.reports.document.Block> blocks) {
        List<String> out = new ArrayList<>();
        for (th.planning.reports.document.Block b : blocks) {
            if (b instanceof th.planning.reports.document.Table t) {
                for (String[] row : TableGrid.of(t)) {
                    for (String cell : row) {
                        String text = TableGrid.oneLine(cell);
                        if (!text.isEmpty()) {
                            out.add(text);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static java.util.Set<String> singleCellRows(th.planning.reports.document.Table t) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (th.planning.reports.document.Row row : t.rows()) {
            String text = row.text();
            if (!text.isBlank() && text.split("\t").length <= 2) {
                out.add(FormLines.clean(text));
            }
        }
        return out;
    }

    /** Section ๙ from its first note ("หมายเหตุ") on: the lines after ๙.๑–๙.๓. */
    private static Range notes(FormLines lines, Range s9) {
        for (int i = s9.from() + 1; i < s9.to(); i++) {
            if (lines.text(i).startsWith("หมายเหตุ")) {
                return new Range(i, s9.to());
            }
        }
        return new Range(0, 0);
    }

    /**
     * The footer's phone label: "เบอร์โทรศัพท์", "เบอร์โทร", or a bare "โทรศัพท์" / "โทร." / "โทร" that a
     * number follows (so a unit whose name holds "โทร" is not cut). Matched on the line's key (Arabic digits).
     */
    private static final Pattern PHONE_LABEL = Pattern.compile(
            "(?:เบอร์\\s*โทร(?:ศัพท์)?|โทร(?:ศัพท์|\\s*\\.)?(?=\\s*[:：]?\\s*\\d))\\s*[:：]?\\s*");
    private static final Pattern DOTS = Pattern.compile("^\\.{3,}\\s*|\\s*\\.{3,}$");
    private static final Pattern YEARS = Pattern.compile("(\\d+)\\s*ปี");
    private static final Pattern MONTHS = Pattern.compile("(\\d+)\\s*เดือน");

    /** A prose section: its lines after the label, joined with newlines, dotted padding removed. */
    private static TextField prose(FormLines lines, int[] start, int section) {
        Range r = range(start, section, lines);
        if (r.isEmpty()) {
            return TextField.absent(String.valueOf(section));
        }
        StringBuilder value = new StringBuilder();
        for (int i = r.from() + 1; i < r.to(); i++) {
            String line = lines.text(i);
            String t = (line.contains("...") ? DOTS.matcher(line).replaceAll("") : line).strip(); // skips the regex
            if (!t.isEmpty() && !t.chars().allMatch(c -> c == '.' || c == '-')) {
                value.append(value.length() > 0 ? "\n" : "").append(t);
            }
        }
        String v = value.toString();
        return new TextField(v.isEmpty() ? null : v, String.valueOf(section), String.join("\n", texts(lines, r)));
    }

    private static FormText formText(Document document, FormLines lines, int[] start, TextField area) {
        // §๘ before its activity table: the label ("ทั้งโครงการ ๖ เดือน") and the period lines.
        Range s8 = range(start, 8, lines);
        TextField duration = TextField.absent("8");
        Integer months = null;
        if (!s8.isEmpty()) {
            StringBuilder d = new StringBuilder();
            String label = lines.withoutNumber(s8.from());
            int at = label.indexOf("ทั้งโครงการ");
            d.append(at >= 0 ? label.substring(at) : label);
            for (int i = s8.from() + 1; i < s8.to(); i++) {
                if (document.blocks().get(lines.block(i)) instanceof th.planning.reports.document.Table
                        || lines.text(i).startsWith("แผนระยะเวลาดำเนินงานแต่ละ")) {
                    break;
                }
                d.append('\n').append(lines.text(i));
            }
            duration = new TextField(d.toString().strip(), "8", d.toString().strip());
            String key = th.planning.reports.thai.ThaiNumbers.toArabicDigits(at >= 0 ? label.substring(at) : "");
            Matcher y = YEARS.matcher(key);
            Matcher m = MONTHS.matcher(key);
            boolean hasY = y.find();
            boolean hasM = m.find();
            if (hasY || hasM) {
                months = (hasY ? Integer.parseInt(y.group(1)) * 12 : 0) + (hasM ? Integer.parseInt(m.group(1)) : 0);
            }
        }
        TextField coordinator = TextField.absent("footer");
        TextField phone = TextField.absent("footer");
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.text(i);
            Matcher label = PHONE_LABEL.matcher(lines.key(i));
            if (!coordinator.present() && t.startsWith("ผู้ประสาน")) {
                // A PDF often sets the unit and the phone on one line: the phone starts at its label.
                boolean withPhone = label.find();
                String unit = withPhone ? t.substring(0, label.start()) : t;
                int by = unit.indexOf("โดย");
                String v = (by >= 0 ? unit.substring(by + "โดย".length()) : unit).strip();
                coordinator = new TextField(v.isEmpty() ? null : v, "footer", t);
                if (withPhone && !phone.present()) {
                    phone = phone(t, label.end());
                }
            } else if (!phone.present() && label.lookingAt()) {
                phone = phone(t, label.end());
            }
        }
        String areaText = area.present() ? area.value() : null;
        return new FormText(prose(lines, start, 4), prose(lines, start, 5), prose(lines, start, 6),
                prose(lines, start, 12), prose(lines, start, 13), Provinces.named(areaText),
                Provinces.nationwide(areaText), duration, months, coordinator, phone, Provinces.regions(areaText));
    }

    /** The text after a phone label, as typed ("๐ ๒๑๔๒ ๑๓๑๖ , ๐ ๒๑๔๑ ๗๓๑๑"). */
    private static TextField phone(String line, int valueFrom) {
        String v = line.substring(valueFrom).strip();
        return new TextField(v.isEmpty() ? null : v, "footer", line);
    }

    /** Lines of sub-section "section.number" inside its section, up to the next sub-section. */
    private static Range subsection(FormLines lines, Range r, int section, int number) {
        int from = -1;
        for (int i = r.from(); i < r.to(); i++) {
            int[] sub = lines.subsectionNumber(i);
            if (sub != null && sub[0] == section) {
                if (from >= 0) {
                    return new Range(from, i);
                }
                if (sub[1] == number) {
                    from = i;
                }
            }
        }
        return from < 0 ? new Range(0, 0) : new Range(from, r.to());
    }

    /**
     * The document blocks a range of lines came from, in order. A table is read whole, except where a
     * section starts inside it: a spreadsheet reader makes one table of the rows of a section's table and
     * the "label | value" row of the next section's heading ("๘. แผนระยะเวลาดำเนินงานทั้งโครงการ | ๑ ปี"),
     * and that row is not part of the section before.
     */
    private static List<th.planning.reports.document.Block> blocks(Document document, FormLines lines, Range r) {
        if (r.isEmpty()) {
            return List.of();
        }
        int first = lines.block(r.from());
        int last = lines.block(r.to() - 1);
        List<th.planning.reports.document.Block> out = new ArrayList<>(document.blocks().subList(first, last + 1));
        if (r.to() < lines.size() && lines.block(r.to()) == last
                && out.get(out.size() - 1) instanceof th.planning.reports.document.Table t) {
            out.set(out.size() - 1, rows(t, 0, lines.part(r.to())));
        }
        if (lines.part(r.from()) > 0 && out.get(0) instanceof th.planning.reports.document.Table t) {
            out.set(0, rows(t, lines.part(r.from()), Integer.MAX_VALUE));
        }
        return out;
    }

    /** The rows of a table from its non-blank row {@code from} (as Table.lines() counts) up to row {@code to}. */
    private static th.planning.reports.document.Table rows(th.planning.reports.document.Table t, int from, int to) {
        List<th.planning.reports.document.Row> kept = new ArrayList<>();
        int line = 0;
        for (th.planning.reports.document.Row row : t.rows()) {
            boolean blank = row.text().isBlank();
            if (!blank && line >= to) {
                break;
            }
            if (line >= from) {
                kept.add(row);
            }
            line += blank ? 0 : 1;
        }
        return new th.planning.reports.document.Table(kept);
    }

    /** Lines [from, to) of one section; empty when the section was not found. */
    record Range(int from, int to) {
        boolean isEmpty() {
            return from >= to;
        }
    }

    private static Range range(int[] start, int section, FormLines lines) {
        if (start[section] < 0) {
            return new Range(0, 0);
        }
        int end = lines.size();
        for (int next = section + 1; next <= SECTIONS; next++) {
            if (start[next] > start[section]) {
                end = start[next];
                break;
            }
        }
        return new Range(start[section], end);
    }

    /**
     * How a section's label begins when an office typed it without its number; only the sections the
     * headline fields live in, and only phrases that cannot start any other line of the form.
     */
    private static final String[][] UNNUMBERED_LABELS = {
        {}, {"ชื่อแผนงาน", "ชื่อโครงการ"}, {"ชื่อหน่วยงาน"}, {"แผนงาน/โครงการ เป็นการขับเคลื่อน", "เป็นการขับเคลื่อนภายใต้"},
        {"วัตถุประสงค์"}, {}, {}, {}, {}, {"โครงการใช้งบประมาณ"}, {"พื้นที่ดำเนินการ"}, {}, {}, {},
        {"ความก้าวหน้าของการดำเนิน"},
    };

    /**
     * A section number OCR could not read: one or two characters before its point ("ฒ. โครงการใช้งบประมาณ"
     * for ๙., as Tesseract reads a scanned ๙ now and then), or its digits with the point lost
     * ("๙ โครงการ…", "๙โครงการ…").
     */
    private static final Pattern UNREADABLE_NUMBER =
            Pattern.compile("^(?:[^\\s.]{1,2}\\s*[.)]|[0-9๐-๙]{1,2}(?=\\s|[\\u0E01-\\u0E4F]))\\s*");

    /** Index of each section's first line, searching in the form's order; -1 where not found. */
    static int[] findSections(FormLines lines) {
        int[] start = new int[SECTIONS + 1];
        java.util.Arrays.fill(start, -1);
        int from = 0;
        for (int s = 1; s <= SECTIONS; s++) {
            for (int i = from; i < lines.size(); i++) {
                if (lines.sectionNumber(i) == s && hasAny(lines.withoutNumber(i), FormVocabulary.labelWords(s))) {
                    start[s] = i;
                    from = i + 1;
                    break;
                }
            }
        }
        // A section typed without its number, or whose number OCR misread: its label between its neighbours.
        for (int s = 1; s <= SECTIONS; s++) {
            if (start[s] >= 0) {
                continue;
            }
            int lo = afterPreviousSection(start, s);
            int hi = lines.size();
            for (int n = s + 1; n <= SECTIONS; n++) {
                if (start[n] >= 0) {
                    hi = start[n];
                    break;
                }
            }
            for (int i = lo; i < hi; i++) {
                String text = lines.withoutNumber(i);
                Matcher unreadable = UNREADABLE_NUMBER.matcher(text);
                String label = unreadable.find() ? text.substring(unreadable.end()) : null;
                // typed without a number, or a number OCR could not read before one of the label's words
                if (startsWithAny(text, UNNUMBERED_LABELS[s]) || label != null
                        && (startsWithAny(label, UNNUMBERED_LABELS[s]) || hasAny(label, FormVocabulary.labelWords(s)))) {
                    start[s] = i;
                    break;
                }
            }
        }
        // A section found by a number OCR misread on a later line ("๙.ต…", the ๙.๓ line, for ๙.๓ read
        // "๙.ต"): the heading it has, unreadable number and all ("«. โครงการใช้งบประมาณ"), comes first.
        for (int s = 2; s <= SECTIONS; s++) {
            if (start[s] < 0 || UNNUMBERED_LABELS[s].length == 0) {
                continue;
            }
            int lo = afterPreviousSection(start, s);
            for (int i = lo; i < start[s]; i++) {
                Matcher unreadable = UNREADABLE_NUMBER.matcher(lines.withoutNumber(i));
                if (lines.sectionNumber(i) < 0 && unreadable.find()
                        && startsWithAny(lines.withoutNumber(i).substring(unreadable.end()), UNNUMBERED_LABELS[s])) {
                    start[s] = i;
                    break;
                }
            }
        }
        return start;
    }

    /** The line after the nearest section before {@code s} that was found; 0 when none was. */
    private static int afterPreviousSection(int[] start, int s) {
        for (int p = s - 1; p >= 1; p--) {
            if (start[p] >= 0) {
                return start[p] + 1;
            }
        }
        return 0;
    }

    private static boolean startsWithAny(String text, String[] prefixes) {
        for (String p : prefixes) {
            if (text.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAny(String text, List<String> words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The header's "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"; section ๙'s "ปี พ.ศ. ๒๕๖๗" when the header lacks it. A year
     * that cannot be a fiscal year ("พ.ศ. ๓๐๐๐", see {@link ThaiDates#plausibleFiscalYear}) gives null, never
     * another line's year: it is listed in {@code impossible} for a finding, and the period is resolved as
     * for a form without a year.
     */
    private static Integer fiscalYear(FormLines lines, int[] start, List<TextField> impossible) {
        int headerEnd = headerEnd(lines, start);
        for (int i = 0; i < headerEnd; i++) {
            if (lines.text(i).contains("ปีงบประมาณ")) {
                if (!ThaiDates.impossibleDates(lines.text(i)).isEmpty()) {
                    return null;        // already listed by impossibleDates(); the form's year is unreadable
                }
                Integer year = ThaiDates.parseBuddhistYear(lines.text(i));
                if (year != null) {
                    return plausibleYear(year, "header", lines.text(i), impossible);
                }
            }
        }
        if (start[9] < 0 || !ThaiDates.impossibleDates(lines.text(start[9])).isEmpty()) {
            return null;
        }
        Integer year = ThaiDates.parseBuddhistYear(lines.text(start[9]));
        return year == null ? null : plausibleYear(year, "9", lines.text(start[9]), impossible);
    }

    private static Integer plausibleYear(int year, String section, String line, List<TextField> impossible) {
        if (ThaiDates.plausibleFiscalYear(year)) {
            return year;
        }
        impossible.add(new TextField(String.valueOf(year), section, line));
        return null;
    }

    private static int headerEnd(FormLines lines, int[] start) {
        return start[1] >= 0 ? start[1] : Math.min(lines.size(), 10);
    }

    /**
     * Dates and years no calendar has ("๓๒ กรกฎาคม", "พ.ศ. ๓๐๐๐") where the form states its period: the
     * header, the quarter checklist of ๓, the schedule of ๘ and the heading of ๙. Each is the date as typed,
     * with its line as the source.
     */
    private static List<TextField> impossibleDates(FormLines lines, int[] start) {
        List<TextField> out = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        spans.add(new int[] {0, headerEnd(lines, start)});
        for (int section : new int[] {3, 8}) {
            Range r = range(start, section, lines);
            spans.add(new int[] {r.from(), r.to()});
        }
        if (start[9] >= 0) {
            spans.add(new int[] {start[9], start[9] + 1});
        }
        String[] names = {"header", "3", "8", "9"};
        for (int k = 0; k < spans.size(); k++) {
            for (int i = spans.get(k)[0]; i < spans.get(k)[1]; i++) {
                for (String date : ThaiDates.impossibleDates(lines.text(i))) {
                    TextField f = new TextField(date, names[k], lines.text(i));
                    if (!out.contains(f)) {     // a table row is also read as its cells' lines
                        out.add(f);
                    }
                }
            }
        }
        return out;
    }

    /** The quarter whose checklist box under section ๓ is ticked; null when none or several are. */
    private static Integer tickedQuarter(FormLines lines, Range s3) {
        List<Integer> ticked = new ArrayList<>();
        List<Integer> listed = new ArrayList<>();
        for (int i = s3.from(); i < s3.to(); i++) {
            String key = lines.key(i);
            Matcher m = QUARTER.matcher(key);
            if (!m.find() || !FormVocabulary.containsIgnoringToneMarks(key, FormVocabulary.QUARTER_END)) {
                continue;
            }
            int q = Integer.parseInt(m.group(1));
            listed.add(q);
            if (isTicked(key.substring(0, m.start()))) {
                ticked.add(q);
            }
        }
        if (ticked.size() == 1) {
            return ticked.get(0);
        }
        // A form that names only the one period it reports on, with no boxes at all.
        return ticked.isEmpty() && listed.size() == 1 ? listed.get(0) : null;
    }

    /** The text before "ณ สิ้นไตรมาส" holds a tick: a tick glyph, Wingdings' þ/ý/ü, or [x], (/) typed by hand. */
    private static boolean isTicked(String before) {
        String b = before.strip();
        if (b.isEmpty() || UNTICKED.indexOf(b.charAt(0)) >= 0) {
            return false;
        }
        if (containsAny(b, TICKED) || "þýü".indexOf(b.charAt(0)) >= 0) {
            return true;
        }
        String inner = b.replace(" ", "");
        return inner.matches("^[\\[(][xX/✓✔][\\])].*");
    }

    private static boolean containsAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Text after a label, joined with the section's continuation lines (a wrapped project name). */
    private static TextField labelledText(FormLines lines, Range r, Pattern label, String section) {
        if (r.isEmpty()) {
            return TextField.absent(section);
        }
        StringBuilder value = new StringBuilder();
        StringBuilder source = new StringBuilder();
        for (int i = r.from(); i < r.to(); i++) {
            String text = i == r.from() ? label.matcher(lines.withoutNumber(i)).replaceFirst("") : lines.text(i);
            source.append(source.length() > 0 ? "\n" : "").append(lines.text(i));
            if (!text.isBlank()) {
                appendWrapped(value, text.strip());
            }
        }
        String v = value.toString().strip();
        return new TextField(v.isEmpty() ? null : v, section, source.toString());
    }

    /**
     * Joins a continuation line. Thai is written without spaces between words, so a line that breaks
     * between two Thai letters (a PDF's wrapped line) joins without one; anything else gets one space.
     */
    static void appendWrapped(StringBuilder value, String next) {
        if (value.length() > 0 && !(isThai(value.charAt(value.length() - 1)) && isThai(next.charAt(0)))) {
            value.append(' ');
        }
        value.append(next);
    }

    private static boolean isThai(char c) {
        return c >= '\u0E01' && c <= '\u0E4E';
    }

    /** Section ๓'s content lines: the plan and the project value, without the period checklist. */
    private static List<Integer> planLines(FormLines lines, Range s3) {
        List<Integer> out = new ArrayList<>();
        for (int i = s3.from() + 1; i < s3.to(); i++) {
            if (!QUARTER.matcher(lines.key(i)).find()) {
                out.add(i);
            }
        }
        return out;
    }

    private static TextField budgetPlan(FormLines lines, Range s3) {
        if (s3.isEmpty()) {
            return TextField.absent("3");
        }
        String text = planText(lines, s3);
        int cut = text.indexOf("มูลค่าโครงการ");
        String plan = (cut >= 0 ? text.substring(0, cut) : text).strip();
        return new TextField(plan.isEmpty() ? null : plan, "3", text);
    }

    private static NumberField projectValue(FormLines lines, Range s3) {
        if (s3.isEmpty()) {
            return NumberField.absent("3");
        }
        String text = planText(lines, s3);
        int at = text.indexOf("มูลค่าโครงการ");
        if (at < 0) {
            return NumberField.absent("3");
        }
        return NumberField.amount(text.substring(at), "3", text);
    }

    private static String planText(FormLines lines, Range s3) {
        StringBuilder b = new StringBuilder();
        String label = lines.withoutNumber(s3.from());
        int q = label.indexOf("งบประมาณใด");
        if (q >= 0) {
            b.append(label.substring(q + "งบประมาณใด".length()).strip());
        }
        for (int i : planLines(lines, s3)) {
            b.append(b.length() > 0 ? " " : "").append(lines.text(i));
        }
        return b.toString().strip();
    }

    enum Budget {
        ALLOCATED("9.1", "จัดสรร"),
        CONTRACTED("9.2", "สัญญา", "ดำเนินการเอง"),
        DISBURSED("9.3", "เบิกจ่าย");

        final String section;
        final String[] words;

        Budget(String section, String... words) {
            this.section = section;
            this.words = words;
        }

        /** Which budget line a section-๙ label is: by its words, since its number is sometimes mistyped. */
        static Budget of(String label) {
            if (label.contains("เบิกจ่าย")) {
                return DISBURSED;
            }
            if (label.contains("สัญญา") || label.contains("ดำเนินการเอง")) {
                return CONTRACTED;
            }
            if (label.contains("จัดสรร")) {
                return ALLOCATED;
            }
            return null;
        }
    }

    /**
     * One of ๙.๑–๙.๓: the numbered line whose words say which it is, read together with the lines that
     * continue it (an amount or its words may be on the next line), up to the next numbered line or note.
     */
    private static NumberField budgetLine(FormLines lines, Range s9, Budget which) {
        int line = budgetLabel(lines, s9, which);
        if (line >= 0) {
            int i = line;
            String label = lines.withoutNumber(i);
            StringBuilder text = new StringBuilder(label);
            StringBuilder source = new StringBuilder(lines.text(i));
            for (int j = i + 1; j < s9.to() && continues(lines, j); j++) {
                text.append(' ').append(lines.text(j));
                source.append('\n').append(lines.text(j));
            }
            NumberField field = NumberField.amount(afterLabel(text.toString(), which), which.section, source.toString());
            if (field.value() == null) {
                // A label wrapped inside its cell puts "จำนวน" after the amount: read from the label words on.
                NumberField before = NumberField.amount(afterWords(text.toString(), which), which.section,
                        source.toString());
                if (before.status() == ValueStatus.VALUE) {
                    return before.at(lines.where(i));
                }
            }
            return field.at(lines.where(i));
        }
        return NumberField.absent(which.section);
    }

    /**
     * The line of one budget figure: a "๙.x" line whose words say which figure it is (its number is
     * sometimes mistyped), else an unnumbered line that starts like that label.
     */
    private static int budgetLabel(FormLines lines, Range s9, Budget which) {
        for (int i = s9.from() + 1; i < s9.to(); i++) {
            int[] sub = lines.subsectionNumber(i);
            if (sub != null && sub[0] == 9 && Budget.of(lines.withoutNumber(i)) == which) {
                return i;
            }
        }
        for (int i = s9.from() + 1; i < s9.to(); i++) {
            String text = withoutUnreadableNumber(lines.text(i));
            if (lines.subsectionNumber(i) == null && (text.startsWith("ได้รับ") || text.startsWith("งบประมาณ"))
                    && Budget.of(text) == which) {
                return i;
            }
        }
        return -1;
    }

    /** A sub-section number whose point OCR lost ("๙ ๒ งบประมาณ…") or whose digits it read as letters. */
    private static final Pattern UNREADABLE_SUBSECTION =
            Pattern.compile("^(?:[0-9๐-๙]{1,2}\\s+[0-9๐-๙]{1,2}|[^\\s.]{1,2}\\s*[.,]\\s*[^\\s.]{1,2})\\s+");

    /** A line's text without a leading sub-section number OCR misread; a line without one as it is. */
    private static String withoutUnreadableNumber(String text) {
        return UNREADABLE_SUBSECTION.matcher(text).replaceFirst("");
    }

    /** The part of a budget line after its label words, so no digit of the label is read as the amount. */
    private static String afterLabel(String text, Budget which) {
        int cut = text.indexOf("จำนวน");
        return cut >= 0 ? text.substring(cut) : afterWords(text, which);
    }

    private static String afterWords(String text, Budget which) {
        for (String w : which.words) {
            int at = text.indexOf(w);
            if (at >= 0) {
                return text.substring(at + w.length());
            }
        }
        return text;
    }

    private static boolean continues(FormLines lines, int j) {
        String text = lines.text(j);
        return lines.subsectionNumber(j) == null && lines.sectionNumber(j) < 0
                && !text.startsWith("หมายเหตุ") && !text.startsWith("ข้อสังเกต");
    }

    enum Progress {
        TOTAL("14.1", 1), YEAR("14.2", 2);

        final String section;
        final int number;

        Progress(String section, int number) {
            this.section = section;
            this.number = number;
        }
    }

    /** ๑๔.๑ (whole project) or ๑๔.๒ (this year): "คิดเป็นร้อยละ.....๓๕.....ของเป้าหมาย". */
    private static NumberField progress(FormLines lines, Range s14, Progress which) {
        int line = progressLabel(lines, s14, which);
        if (line >= 0) {
            int i = line;
            String text = lines.withoutNumber(i);
            if (!text.contains("ของเป้าหมาย") && i + 1 < s14.to() && lines.subsectionNumber(i + 1) == null
                    && lines.sectionNumber(i + 1) < 0) {
                text = text + " " + lines.text(i + 1);      // the value typed on the next line
            }
            int at = text.indexOf("ร้อยละ");
            String value = at >= 0 ? text.substring(at + "ร้อยละ".length()) : text;
            int of = value.indexOf("ของเป้าหมาย");
            if (of >= 0) {
                value = value.substring(0, of);
            }
            ParsedNumber pct = Amounts.parsePercent(value);
            if (pct.status() == ValueStatus.ABSENT) {
                pct = new ParsedNumber(ValueStatus.BLANK, null, value, null);
            }
            return new NumberField(pct, null, null, which.section, lines.text(i), lines.where(i));
        }
        return NumberField.absent(which.section);
    }

    /** "๑๔.๑ …" / "๑๔.๒ …", else an unnumbered "มีความก้าวหน้า …" line: the first for the whole project,
     *  the one that says "ในปี" for this year. */
    private static int progressLabel(FormLines lines, Range s14, Progress which) {
        for (int i = s14.from() + 1; i < s14.to(); i++) {
            int[] sub = lines.subsectionNumber(i);
            if (sub != null && sub[0] == 14 && sub[1] == which.number) {
                return i;
            }
        }
        for (int i = s14.from() + 1; i < s14.to(); i++) {
            String text = withoutUnreadableNumber(lines.text(i));
            if (lines.subsectionNumber(i) == null && text.startsWith("มีความก้าวหน้า")
                    && text.contains("ในปี") == (which == Progress.YEAR)) {
                return i;
            }
        }
        return -1;
    }
}
