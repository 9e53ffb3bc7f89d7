package th.planning.reports.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.planning.reports.document.Block;
import th.planning.reports.document.Table;
import th.planning.reports.thai.DateRange;
import th.planning.reports.thai.ThaiDates;
import th.planning.reports.thai.ThaiNumbers;

/**
 * Activity tables: section ๘ (activity → planned period) and ๑๑.๒ (activity → results, by quarter).
 * The list of activities is ๑๑.๒'s, since its rows are what the declared count counts; each takes its
 * period from the section-๘ row with the same text, else the same leading number.
 *
 * <p>Which rows of ๑๑.๒ are activities: the rows numbered at the table's top level. Where any row
 * says "กิจกรรมที่ N", those rows are the activities; else the numbering style of the first numbered
 * row ("๑." or "๑)"). A row without that numbering is a heading when it comes before the first
 * activity or has no result and is followed by an activity (the project's name, "กิจกรรมที่ใช้งบประมาณ"),
 * and is dropped; else it is a sub-step of the activity above ("๑)" under "กิจกรรมที่ ๑", "ปี พ.ศ. ๒๕๖๖",
 * "๑.๑)"), and its text and result are added to that activity's result. The same activity row
 * repeated (retyped after a page break) is one activity. A table with no numbered row has one
 * activity per row with a result; rows without one are headings.
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
    private static final Pattern DECLARED = Pattern.compile("กิจกรรมทั้งหมด\\s*(?:จำนวน)?\\s*(\\d+)\\s*กิจกรรม");

    private ActivityExtractor() {
    }

    /** A table row with its activity text and the other cell. */
    private record Entry(String activity, String other) {
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
        List<Entry> planned = new ArrayList<>();
        for (Entry e : entries(plan, false)) {
            if (ThaiDates.parseRange(e.other()) != null) { // rows without a period are headings (the project)
                planned.add(e);
            }
        }
        List<Entry> done = topLevel(entries(results, true));
        List<Activity> out = new ArrayList<>();
        List<Entry> list = done.isEmpty() ? planned : done;
        for (Entry e : list) {
            Entry p = done.isEmpty() ? e : match(e.activity(), planned);
            String periodText = p == null ? null : p.other();
            DateRange range = periodText == null ? null : ThaiDates.parseRange(periodText);
            String result = done.isEmpty() ? null : blankToNull(e.other());
            String[] q = byQuarter(result);
            out.add(new Activity(out.size() + 1, e.activity(), periodText,
                    range == null ? null : range.start(), range == null ? null : range.end(),
                    result, q[1], q[2], q[3], q[4]));
        }
        return out;
    }

    /** Body rows: a row with an empty first cell continues the previous one (a cell split by a page break). */
    private static List<Entry> entries(List<Block> blocks, boolean keepEmpty) {
        List<Entry> out = new ArrayList<>();
        for (Block block : blocks) {
            if (!(block instanceof Table table)) {
                continue;
            }
            for (String[] row : TableGrid.of(table)) {
                String first = TableGrid.oneLine(row[0]);
                if (KpiExtractor.isNote(first)) {
                    continue;
                }
                StringBuilder other = new StringBuilder();
                for (int c = 1; c < row.length; c++) {
                    if (!row[c].isBlank()) {
                        other.append(other.length() > 0 ? "\n" : "").append(row[c]);
                    }
                }
                if (first.startsWith("กิจกรรม") && (other.toString().startsWith("ช่วงระยะเวลา")
                        || other.toString().startsWith("ผลการดำเนิน"))) {
                    continue; // header, also when repeated after a page break
                }
                if (first.isEmpty()) {
                    if (!out.isEmpty() && other.length() > 0) {
                        Entry last = out.remove(out.size() - 1);
                        out.add(new Entry(last.activity(), join(last.other(), other.toString())));
                    }
                    continue;
                }
                if (other.length() == 0 && !keepEmpty) {
                    out.add(new Entry(first, ""));
                    continue;
                }
                out.add(new Entry(first, other.toString()));
            }
        }
        return out;
    }

    /** The activities among a ๑๑.๒ table's rows, sub-steps folded into them (see the class comment). */
    static List<Entry> topLevel(List<Entry> rows) {
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
        List<Entry> out = new ArrayList<>();
        if (style == null) {
            for (Entry e : rows) {
                if (!e.other().isBlank()) {
                    out.add(e);
                }
            }
            return out;
        }
        for (int i = 0; i < rows.size(); i++) {
            Entry e = rows.get(i);
            if (style.matcher(digits(e.activity())).find()) {
                Entry last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (last != null && squeeze(last.activity()).equals(squeeze(e.activity()))) {
                    out.set(out.size() - 1, new Entry(last.activity(), join(last.other(), e.other())));
                } else {
                    out.add(e);
                }
                continue;
            }
            boolean headingOfNext = e.other().isBlank()
                    && (i + 1 == rows.size() || style.matcher(digits(rows.get(i + 1).activity())).find());
            if (out.isEmpty() || headingOfNext) {
                continue;
            }
            Entry last = out.remove(out.size() - 1);
            out.add(new Entry(last.activity(), join(last.other(), join(e.activity(), e.other()))));
        }
        return out;
    }

    private static String digits(String s) {
        return ThaiNumbers.toArabicDigits(s);
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "\n" + b;
    }

    private static Entry match(String activity, List<Entry> planned) {
        String key = squeeze(activity);
        for (Entry p : planned) {
            if (squeeze(p.activity()).equals(key)) {
                return p;
            }
        }
        Integer n = leadingNumber(activity);
        if (n != null) {
            for (Entry p : planned) {
                if (n.equals(leadingNumber(p.activity()))) {
                    return p;
                }
            }
        }
        return null;
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
