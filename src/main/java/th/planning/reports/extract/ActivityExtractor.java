package th.planning.reports.extract;

import th.planning.reports.document.Where;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.planning.reports.document.Block;
import th.planning.reports.document.FormVocabulary;
import th.planning.reports.document.Table;
import th.planning.reports.thai.DateRange;
import th.planning.reports.thai.ThaiDates;
import th.planning.reports.thai.ThaiNumbers;

/**
 * Activity tables: section ๘ (activity → planned period) and ๑๑.๒ (activity → results, by quarter).
 * The list of activities is ๘'s schedule (๑๑.๒'s rows where ๘ has no table); each ๑๑.๒ activity joins
 * the schedule's by item number first ("๒.", "กิจกรรมที่ ๒"), then by name similarity (a typo such as
 * สติ / สถิติ, a word added or a space moved still joins), never by position alone. A ๑๑.๒ activity that
 * joins none is kept after the schedule's, without a period, so nothing is dropped.
 *
 * <p>Which rows are activities: the rows numbered at the table's top level. Where any row says
 * "กิจกรรมที่ N", those rows are the activities; else the numbering style of the first numbered row
 * ("๑." or "๑)"). A row without that numbering is a heading when it comes before the first activity or
 * has no period/result and is followed by an activity (the project's name, "กิจกรรมที่ใช้งบประมาณ"), and
 * is dropped; else it is a step of the activity above ("๑)" under "กิจกรรมที่ ๑", "ปี พ.ศ. ๒๕๖๖"). Where
 * the numbering restarts under a new heading ("กิจกรรมที่ไม่ใช้งบประมาณ" ๑. ๒., "กิจกรรมที่ใช้งบประมาณ"
 * ๑. ๒. …), the headings are the activities and the numbered rows their steps. A group is one activity
 * (the declared count counts groups); its steps keep their names and periods, and its period is its
 * own or else the span of its steps'. The same row repeated (retyped after a page break) is one row.
 */
final class ActivityExtractor {

    private static final Pattern QUARTER_MARK = Pattern.compile(
            "(?=ไตรมาส)(?<!ใน\\s?)(?<!ของ\\s?)(?<!สิ้น\\s?)ไตรมาส(?:ที่)?\\s*([1-4])(?![0-9/])"); // lookahead: fast skip
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_COLON = Pattern.compile("^[:：]\\s*");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(?:กิจกรรมที่\\s*)?(\\d{1,2})\\s*[.)]?");
    private static final Pattern ACTIVITY_NUMBER = Pattern.compile("^กิจกรรมที่\\s*\\d");
    private static final Pattern DOT_NUMBER = Pattern.compile("^\\d{1,2}\\s*\\.(?!\\s*\\d)");
    private static final Pattern PAREN_NUMBER = Pattern.compile("^\\(?\\d{1,2}\\)");
    /** Least similarity of two names with the same item number to join (guards a renumbered list). */
    private static final double SAME_NUMBER_SIMILARITY = 0.3;
    /** Least similarity of two names to join without a number. */
    private static final double SIMILARITY = 0.6;
    private static final Pattern DECLARED = Pattern.compile("กิจกรรมทั้งหมด\\s*(?:จำนวน)?\\s*(\\d+)\\s*กิจกรรม");

    private ActivityExtractor() {
    }

    /** A table row with its activity text and the other cell. */
    record Entry(String activity, String other, Where where) {

        Entry(String activity, String other) {
            this(activity, other, null);
        }
    }

    /** "มีกิจกรรมทั้งหมด จำนวน ๒ กิจกรรม" in the section's lines, or null. */
    static Integer declaredCount(List<String> keys) {
        for (String key : keys) {
            Matcher m = DECLARED.matcher(key);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return null;
    }

    static List<Activity> extract(List<Block> plan, List<Block> results) {
        List<Item> planned = items(entries(plan), false);
        List<Item> done = items(entries(results), true);
        if (planned.isEmpty()) {
            planned = done;
        }
        Item[] resultOf = new Item[planned.size()];
        List<Item> unjoined = new ArrayList<>();
        if (planned != done) {
            for (Item d : done) {
                int p = join(d, planned, resultOf);
                if (p < 0) {
                    unjoined.add(d);
                } else {
                    resultOf[p] = d;
                }
            }
        } else {
            for (int i = 0; i < done.size(); i++) {
                resultOf[i] = done.get(i);
            }
        }
        List<Activity> out = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            Item p = planned.get(i);
            out.add(activity(out.size() + 1, p, planned == done ? null : p, resultOf[i]));
        }
        for (Item d : unjoined) {
            out.add(activity(out.size() + 1, d, null, d));
        }
        return out;
    }

    private static Activity activity(int seq, Item named, Item plan, Item done) {
        List<Activity.Step> steps = new ArrayList<>();
        LocalDate start = null;
        LocalDate end = null;
        String periodText = null;
        if (plan != null) {
            for (Entry s : plan.steps()) {
                DateRange r = ThaiDates.parseRange(s.other());
                steps.add(new Activity.Step(s.activity(), blankToNull(s.other()), r == null ? null : r.start(),
                        r == null ? null : r.end()));
                if (r != null) {
                    start = start == null || r.start().isBefore(start) ? r.start() : start;
                    end = end == null || r.end().isAfter(end) ? r.end() : end;
                }
            }
            DateRange own = ThaiDates.parseRange(plan.row().other());
            if (own != null) { // a group's own period, where it has one, wins over its steps' span
                periodText = plan.row().other();
                start = own.start();
                end = own.end();
            }
        }
        String result = done == null ? null : blankToNull(done.resultText());
        String[] q = byQuarter(result);
        return new Activity(seq, named.row().activity(), periodText, start, end, result, q[1], q[2], q[3], q[4], steps,
                named.row().where());
    }

    /** The index of the schedule item a ๑๑.๒ item joins, not yet taken; -1 when none. */
    private static int join(Item done, List<Item> planned, Item[] taken) {
        String name = done.row().activity();
        Integer n = leadingNumber(name);
        if (n != null) {
            for (int i = 0; i < planned.size(); i++) {
                if (taken[i] == null && n.equals(leadingNumber(planned.get(i).row().activity()))
                        && similarity(name, planned.get(i).row().activity()) >= SAME_NUMBER_SIMILARITY) {
                    return i;
                }
            }
        }
        int best = -1;
        double bestScore = SIMILARITY;
        for (int i = 0; i < planned.size(); i++) {
            double score = similarity(name, planned.get(i).row().activity());
            if (taken[i] == null && score >= bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * Dice coefficient of the two names' character pairs, numbering, markup and spaces aside: 1 for the
     * same text, about 0.9 for สติ / สถิติ in a long name, under 0.3 for two different steps of a form.
     */
    static double similarity(String a, String b) {
        List<String> x = pairs(nameKey(a));
        List<String> y = new ArrayList<>(pairs(nameKey(b)));
        if (x.isEmpty() || y.isEmpty()) {
            return x.isEmpty() && y.isEmpty() ? 1 : 0;
        }
        int total = x.size() + y.size();
        int common = 0;
        for (String p : x) {
            if (y.remove(p)) {
                common++;
            }
        }
        return 2.0 * common / total;
    }

    private static List<String> pairs(String s) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }

    private static String nameKey(String s) {
        return squeeze(LEADING_NUMBER.matcher(ThaiNumbers.toArabicDigits(s).strip()).replaceFirst(""));
    }

    /** Body rows: a row with an empty first cell continues the previous one (a cell split by a page break). */
    private static List<Entry> entries(List<Block> blocks) {
        List<Entry> out = new ArrayList<>();
        for (Block block : blocks) {
            if (!(block instanceof Table table)) {
                continue;
            }
            List<String[]> grid = TableGrid.of(table);
            for (int r = 0; r < grid.size(); r++) {
                String[] row = grid.get(r);
                Where where = table.rows().get(r).where();
                String first = TableGrid.oneLine(row[0]);
                if (FormVocabulary.isNote(first)) {
                    continue;
                }
                StringBuilder other = new StringBuilder();
                for (int c = 1; c < row.length; c++) {
                    if (!row[c].isBlank()) {
                        other.append(other.length() > 0 ? "\n" : "").append(row[c]);
                    }
                }
                if (FormVocabulary.isActivityHeader(first, other.toString())) {
                    continue; // header, also when repeated after a page break
                }
                if (first.isEmpty()) {
                    if (!out.isEmpty() && other.length() > 0) {
                        Entry last = out.remove(out.size() - 1);
                        out.add(new Entry(last.activity(), join(last.other(), other.toString()), last.where()));
                    }
                    continue;
                }
                out.add(new Entry(first, other.toString(), where));
            }
        }
        return out;
    }

    /** An activity row with the rows under it: its steps (section ๘) or the parts of its result (๑๑.๒). */
    record Item(Entry row, List<Entry> steps) {

        /** The row's own result and its steps' (name and result), as one text. */
        String resultText() {
            String text = row.other();
            for (Entry s : steps) {
                text = join(text, join(s.activity(), s.other()));
            }
            return text;
        }
    }

    /**
     * The activities among a table's rows, steps under them (see the class comment). {@code results}:
     * a ๑๑.๒ table, whose rows without a number are activities only when they carry a result; a ๘ table's
     * only when they carry a period.
     */
    static List<Item> items(List<Entry> rows, boolean results) {
        Pattern style = null;
        for (Entry e : rows) {
            if (ACTIVITY_NUMBER.matcher(digits(e.activity())).find()) {
                style = ACTIVITY_NUMBER;
                break;
            }
        }
        for (int i = 0; style == null && i < rows.size(); i++) {
            String key = digits(rows.get(i).activity());
            style = DOT_NUMBER.matcher(key).find() ? DOT_NUMBER : PAREN_NUMBER.matcher(key).find() ? PAREN_NUMBER : null;
        }
        List<Item> out = new ArrayList<>();
        if (style == null) {
            for (Entry e : rows) {
                if (results ? !e.other().isBlank() : ThaiDates.parseRange(e.other()) != null) {
                    out.add(new Item(e, new ArrayList<>()));
                }
            }
            return out;
        }
        if (restartsUnderHeadings(rows, style)) {
            return groupsUnderHeadings(rows, style);
        }
        for (int i = 0; i < rows.size(); i++) {
            Entry e = rows.get(i);
            if (style.matcher(digits(e.activity())).find()) {
                Item last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (last != null && squeeze(last.row().activity()).equals(squeeze(e.activity()))) {
                    // retyped after a page break: the same activity, its steps go on under it
                    out.set(out.size() - 1, new Item(new Entry(last.row().activity(), join(last.row().other(), e.other()), last.row().where()),
                            last.steps()));
                } else if (!results && last != null && last.steps().isEmpty() && e.other().isBlank()
                        && ThaiDates.parseRange(last.row().other()) != null
                        && (i + 1 == rows.size() || style.matcher(digits(rows.get(i + 1).activity())).find())) {
                    // a numbered schedule row with no period and no steps: the rest of the name above, cut
                    // off into a row of its own ("๖. (งานงวดที่ ๔ และเบิกจ่าย)" under "๕. … การฝึกอบรม")
                    String rest = LEADING_NUMBER.matcher(digits(e.activity())).replaceFirst("").strip();
                    out.set(out.size() - 1, new Item(new Entry(last.row().activity() + " " + e.activity().substring(
                            e.activity().length() - rest.length()), last.row().other(), last.row().where()), last.steps()));
                } else {
                    out.add(new Item(e, new ArrayList<>()));
                }
                continue;
            }
            boolean headingOfNext = e.other().isBlank()
                    && (i + 1 == rows.size() || style.matcher(digits(rows.get(i + 1).activity())).find());
            if (out.isEmpty() || headingOfNext) {
                continue;
            }
            out.get(out.size() - 1).steps().add(e);
        }
        return out;
    }

    /** True when the top-level numbering starts again at 1 right under a row without a number or content. */
    private static boolean restartsUnderHeadings(List<Entry> rows, Pattern style) {
        boolean seenItem = false;
        for (int i = 0; i < rows.size(); i++) {
            String key = digits(rows.get(i).activity());
            if (!style.matcher(key).find()) {
                continue;
            }
            if (seenItem && Integer.valueOf(1).equals(leadingNumber(key)) && i > 0
                    && isHeading(rows.get(i - 1), style)) {
                return true;
            }
            seenItem = true;
        }
        return false;
    }

    private static boolean isHeading(Entry e, Pattern style) {
        return e.other().isBlank() && !style.matcher(digits(e.activity())).find();
    }

    /**
     * Each heading directly above a run of numbered rows is an activity, the numbered rows its steps; an
     * unnumbered row with a period or result is an activity; other rows are headings of nothing.
     */
    private static List<Item> groupsUnderHeadings(List<Entry> rows, Pattern style) {
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Entry e = rows.get(i);
            boolean heading = isHeading(e, style) && i + 1 < rows.size()
                    && style.matcher(digits(rows.get(i + 1).activity())).find();
            boolean numbered = style.matcher(digits(e.activity())).find();
            if (heading || !numbered && !e.other().isBlank()) {
                // an unnumbered row with its own period or result beside the groups is an activity of its own
                out.add(new Item(e, new ArrayList<>()));
            } else if (!out.isEmpty() && numbered) {
                out.get(out.size() - 1).steps().add(e);
            }
        }
        return out;
    }

    private static String digits(String s) {
        return ThaiNumbers.toArabicDigits(s);
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "\n" + b;
    }

    private static String squeeze(String s) {
        return SPACES.matcher(ThaiNumbers.toArabicDigits(s)).replaceAll("");
    }

    private static Integer leadingNumber(String s) {
        Matcher m = LEADING_NUMBER.matcher(ThaiNumbers.toArabicDigits(s));
        return m.find() ? Integer.parseInt(m.group(1)) : null;
    }

    /**
     * Splits "ไตรมาสที่ ๓ … ไตรมาสที่ ๔ …" into its quarters (index 1..4); text before the first marker
     * is not assigned to a quarter. A quarter named twice keeps both parts. "ในไตรมาสที่ ๑" inside a
     * sentence is a mention, not a heading, so it does not split.
     */
    static String[] byQuarter(String text) {
        String[] q = new String[5];
        if (text == null) {
            return q;
        }
        String key = ThaiNumbers.toArabicDigits(text); // same length: digits map one to one
        Matcher m = QUARTER_MARK.matcher(key);
        List<int[]> marks = new ArrayList<>();
        while (m.find()) {
            marks.add(new int[] {m.start(), m.end(), Integer.parseInt(m.group(1))});
        }
        for (int i = 0; i < marks.size(); i++) {
            int[] mk = marks.get(i);
            int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : text.length();
            String part = text.substring(mk[1], end).strip();
            part = LEADING_COLON.matcher(part).replaceFirst("");
            int n = mk[2];
            q[n] = q[n] == null ? part : q[n] + "\n" + part;
        }
        return q;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
