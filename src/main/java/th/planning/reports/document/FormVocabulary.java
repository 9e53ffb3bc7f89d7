package th.planning.reports.document;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of the fixed form (แบบรายงานผลการดำเนินงาน) that say where its parts are: each section's
 * label words, the header words of its indicator and activity tables, the note that may follow a table,
 * and the row labels of the indicator tables that are not indicators (kinds, weights, totals).
 *
 * <p>It lives beside the document model because two packages need it and neither may depend on the
 * other: the extractor finds the sections by these words, and the spreadsheet reader must know where a
 * table starts and ends when a workbook has no blank rows or borders to say so (a heading typed as
 * label | value in two cells looks like a table row otherwise). A new wording is one edit here.
 */
public final class FormVocabulary {

    /** The form's numbered sections, ๑–๑๔. */
    public static final int SECTIONS = 14;

    /** The words of a line of section ๓'s period checklist: "☑ ณ สิ้นไตรมาส ๔ (…)". */
    public static final String QUARTER_END = "สิ้นไตรมาส";

    /**
     * Whether {@code text} contains {@code word} when tone marks (่ ้ ๊ ๋) are set aside on both sides:
     * a scan read by OCR often has the wrong tone mark or none ("สิ่นไตรมาส"), and no two words of the
     * form's vocabulary differ by their tone marks alone.
     */
    public static boolean containsIgnoringToneMarks(String text, String word) {
        return text.contains(word) || withoutToneMarks(text).contains(withoutToneMarks(word));
    }

    private static String withoutToneMarks(String s) {
        return s.replaceAll("[\u0E48-\u0E4B]", "");
    }

    /** A form word restored by {@link #restoreMarks} has at least this many letters without its marks. */
    static final int RESTORE_MIN_LETTERS = 5;

    /**
     * Words of the form that a scan's OCR spells without some of their marks ("ตัวชวัด", "กิจกรรมที ๑",
     * "ผลทิได้"), beyond the lists below: the checklist's and the budget and progress lines' wording.
     */
    private static final List<String> MORE_FORM_WORDS = List.of("สิ้นไตรมาส", "ไตรมาสที่", "ได้รับจัดสรร", "งบประมาณ",
            "สัญญาจ้าง", "เบิกจ่ายแล้ว", "มีความก้าวหน้า", "คิดเป็นร้อยละ", "ของเป้าหมาย", "ทั้งโครงการ", "ผลที่ได้",
            "ตัวชี้วัด", "กิจกรรมที่", "ดำเนินการ", "ดำเนินงาน", "ปีงบประมาณ", "พื้นที่ดำเนินการ", "ผลสัมฤทธิ์",
            "ประโยชน์ที่ได้รับ", "ปัญหาอุปสรรค", "ข้อเสนอแนะ", "วัตถุประสงค์", "เป้าหมาย", "ผลผลิต");

    /** The words {@link #restoreMarks} puts back, longest letter sequence first, each with its letters. */
    private static volatile List<String[]> restorable;

    /**
     * {@code text} with each of the form's own words that it holds with missing or wrong marks spelt as
     * the form spells it: "ตัวชวัด" → "ตัวชี้วัด", "กิจกรรมที ๑" → "กิจกรรมที่ ๑". For text read by OCR,
     * which reads the letters on the line well and the small marks above and below them badly, so the
     * header and row words the extractor looks for are found. Only words of at least
     * {@link #RESTORE_MIN_LETTERS} letters (marks aside) are restored: no two words of the form, nor a
     * form word and a common word, share five or more letters in a row and differ only by marks.
     */
    public static String restoreMarks(String text) {
        List<String[]> words = restorable();
        StringBuilder letterChars = new StringBuilder(text.length());
        int[] at = new int[text.length() + 1]; // index in text of each letter
        for (int i = 0; i < text.length(); i++) {
            if (!isMark(text.charAt(i))) {
                at[letterChars.length()] = i;
                letterChars.append(text.charAt(i));
            }
        }
        String letters = letterChars.toString();
        at[letters.length()] = text.length();
        StringBuilder out = null;
        int copied = 0;
        for (int pos = 0; pos < letters.length(); pos++) {
            for (String[] w : words) {
                if (letters.startsWith(w[1], pos)) {
                    int from = at[pos];
                    int to = at[pos + w[1].length()];
                    if (!text.startsWith(w[0], from) || from + w[0].length() != to) {
                        out = out == null ? new StringBuilder(text.length() + 8) : out;
                        out.append(text, copied, from).append(w[0]);
                        copied = to;
                    }
                    pos += w[1].length() - 1;
                    break;
                }
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** A mark above or below a Thai letter (vowels ั ิ ี ึ ื ุ ู ฺ ็, tone marks, ์ ํ ๎): what OCR drops or swaps. */
    private static boolean isMark(int c) {
        return c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E3A') || (c >= '\u0E47' && c <= '\u0E4E');
    }

    private static List<String[]> restorable() {
        List<String[]> r = restorable;
        if (r == null) {
            java.util.Set<String> all = new java.util.LinkedHashSet<>(MORE_FORM_WORDS);
            LABEL_WORDS.forEach(all::addAll);
            all.addAll(TABLE_FIRST_HEADER);
            all.addAll(TABLE_OTHER_HEADER);
            all.addAll(ACTIVITY_OTHER_HEADER);
            all.addAll(NOTE_WORDS);
            all.addAll(KINDS);
            all.addAll(WEIGHT);
            all.addAll(TARGET_PREFIXES);
            r = all.stream()
                    .map(w -> new String[] {w, w.chars().filter(c -> !isMark(c))
                            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()})
                    .filter(w -> w[1].length() >= RESTORE_MIN_LETTERS && !w[0].equals(w[1]) && !w[1].contains(" "))
                    .sorted(java.util.Comparator.comparingInt((String[] w) -> w[1].length()).reversed())
                    .toList();
            restorable = r;
        }
        return r;
    }

    /** Words that every spelling of a section's label contains, by section number (index 0 unused). */
    private static final List<List<String>> LABEL_WORDS = List.of(
            List.of(),
            List.of("ชื่อ", "แผนงาน"),
            List.of("หน่วยงาน"),
            List.of("ขับเคลื่อน", "งบประมาณใด", "แผนงาน"),
            List.of("วัตถุประสงค์"),
            List.of("เป้าหมาย", "ผลผลิต"),
            List.of("สาระสำคัญ", "สรุป"),
            List.of("ตัวชี้วัด"),
            List.of("ระยะเวลา"),
            List.of("งบประมาณ"),
            List.of("พื้นที่"),
            List.of("ผลการดำเนินงาน", "สรุปผล"),
            List.of("ประโยชน์"),
            List.of("ปัญหา", "อุปสรรค"),
            List.of("ความก้าวหน้า"));

    /** How the first header cell of an indicator (๗, ๑๑.๑) or activity (๘, ๑๑.๒) table begins. */
    private static final List<String> TABLE_FIRST_HEADER = List.of("ตัวชี้วัด", "กิจกรรม");
    /** A first cell that begins like a header but is a row: "กิจกรรมที่ ๑ …". */
    private static final List<String> NOT_A_HEADER = List.of("กิจกรรมที่");
    /** Words one of the other header cells contains. */
    private static final List<String> TABLE_OTHER_HEADER = List.of(
            "ค่าเป้าหมาย", "เป้าหมาย", "ปี พ.ศ", "ผลที่ได้", "ผลการดำเนิน", "ช่วงระยะเวลา", "ระยะเวลา");
    /** How the first header cell of an activity table (๘, ๑๑.๒) begins. */
    private static final String ACTIVITY_FIRST_HEADER = "กิจกรรม";
    /** How the other header cell of an activity table begins: ๘'s period column, ๑๑.๒'s result column. */
    private static final List<String> ACTIVITY_OTHER_HEADER = List.of("ช่วงระยะเวลา", "ผลการดำเนิน");
    /** A note or remark under a table, not one of its rows. */
    private static final List<String> NOTE_WORDS = List.of("หมายเหตุ", "ข้อสังเกต");

    private static final String DIGIT = "[0-9๐-๙]";
    /** Markdown and bullets a typed heading may start with ("**๑๒.", "## ๘."). */
    private static final Pattern LEADING_MARKUP = Pattern.compile("^[\\s#*•\\-]+");
    /** "๙. โครงการใช้งบประมาณ": a section number not followed by a sub-number. */
    private static final Pattern SECTION = Pattern.compile("^(" + DIGIT + "{1,2})\\s*[.)](?!\\s*" + DIGIT + ")\\s*(.*)$",
            Pattern.DOTALL);
    /** "๑๑.๒ รายละเอียด…", "๘.๑ ปี ๒๕๖๗ …" but not a step "๑.๒) …". */
    private static final Pattern SUBSECTION = Pattern.compile(
            "^(" + DIGIT + "{1,2})\\s*\\.\\s*" + DIGIT + "{1,2}(?!" + DIGIT + ")(?!\\s*\\))");
    /** Sub-sections that can follow a table: ๘.๑ … ๑๔.๒ (an activity's step is numbered ๑.๑, ๒.๓, …). */
    private static final int FIRST_SUBSECTION_AFTER_A_TABLE = 7;

    private FormVocabulary() {
    }

    /** The words one of which every spelling of section {@code section}'s label contains. */
    public static List<String> labelWords(int section) {
        return LABEL_WORDS.get(section);
    }

    /**
     * True for a header row of an indicator or activity table: its first cell begins with ตัวชี้วัด or
     * กิจกรรม (not กิจกรรมที่ …) and another cell carries a header word (ค่าเป้าหมาย, ช่วงระยะเวลา, …).
     */
    public static boolean isTableHeader(List<String> cells) {
        if (cells.size() < 2) {
            return false;
        }
        String first = strip(cells.get(0));
        if (!startsWithAny(first, TABLE_FIRST_HEADER) || startsWithAny(first, NOT_A_HEADER)) {
            return false;
        }
        for (String cell : cells.subList(1, cells.size())) {
            for (String w : TABLE_OTHER_HEADER) {
                if (cell.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The section a heading starts: 9 for "๙. โครงการใช้งบประมาณ …" (a section number and one of that
     * section's label words), 11 for a sub-section that can follow a table ("๘.๑ ปี ๒๕๖๗ …",
     * "๑๑.๒ …"); -1 for any other text.
     */
    public static int headingSection(String text) {
        String s = strip(text);
        Matcher sub = SUBSECTION.matcher(s);
        if (sub.find()) {
            int n = number(sub.group(1));
            return n >= FIRST_SUBSECTION_AFTER_A_TABLE && n <= SECTIONS ? n : -1;
        }
        Matcher sec = SECTION.matcher(s);
        if (!sec.find()) {
            return -1;
        }
        int n = number(sec.group(1));
        if (n < 1 || n > SECTIONS) {
            return -1;
        }
        for (String w : LABEL_WORDS.get(n)) {
            if (sec.group(2).contains(w)) {
                return n;
            }
        }
        return -1;
    }

    /**
     * True for an activity table's header row, also where it is repeated after a page break: a first cell
     * "กิจกรรม" (not "กิจกรรมที่ …") and the other cells beginning with a period or result header word.
     */
    public static boolean isActivityHeader(String first, String others) {
        String f = strip(first);
        return f.startsWith(ACTIVITY_FIRST_HEADER) && !startsWithAny(f, NOT_A_HEADER)
                && startsWithAny(strip(others), ACTIVITY_OTHER_HEADER);
    }

    /** True for a note under a table ("หมายเหตุ : …"). */
    public static boolean isNote(String line) {
        return startsWithAny(strip(line), NOTE_WORDS);
    }

    private static String strip(String s) {
        return LEADING_MARKUP.matcher(s).replaceFirst("").strip();
    }

    private static int number(String digits) {
        int n = 0;
        for (int i = 0; i < digits.length(); i++) {
            n = n * 10 + Character.digit(digits.charAt(i), 10);
        }
        return n;
    }

    private static boolean startsWithAny(String s, List<String> prefixes) {
        for (String p : prefixes) {
            if (s.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    // ---- Indicator table rows (§๗ / §๑๑.๑): what is not an indicator, and how packed targets begin ----

    /** Kind labels, as a row's prefix ("เชิงปริมาณ : …") or a row of their own. */
    public static final List<String> KINDS = List.of("เชิงปริมาณ", "เชิงคุณภาพ");

    /**
     * A project-weight row: the project's share of the whole per year ("ทั้งโครงการ (มีระยะ ๓ ปี) ร้อยละ |
     * ๓๐ | ๕๐ | ๒๐"), not an indicator.
     */
    public static final List<String> WEIGHT = List.of("ทั้งโครงการ", "ค่าน้ำหนัก", "น้ำหนักของโครงการ", "น้ำหนักโครงการ");

    /** A total row under the indicators ("รวม", "รวมทั้งสิ้น"): the first cell is only this. */
    public static final List<String> TOTAL = List.of("รวม", "รวมทั้งสิ้น", "รวมทั้งหมด");

    /**
     * What a label row puts in the target column beside a kind label ("เชิงปริมาณ : | จำนวน"): a column's
     * unit heading, not a target.
     */
    public static final List<String> LABEL_CELLS = List.of("จำนวน", "หน่วยนับ", "หน่วย", "ร้อยละ", "ระดับ");

    /**
     * Words that begin a target in a cell packing several ("ร้อยละ ๘๖ ร้อยละ ๗๖", "๑๐ เล่ม ครั้งละ ๑๐ เล่ม"):
     * between two numbers, the words from one of these on go with the next number, those before it are
     * the unit of the previous one.
     */
    public static final List<String> TARGET_PREFIXES = List.of("ร้อยละ", "จำนวน", "อย่างน้อย", "ไม่น้อยกว่า", "ไม่ต่ำกว่า",
            "ไม่เกิน", "ครั้งละ", "ระดับ", "มากกว่า", "น้อยกว่า");

    public static final Pattern KIND = Pattern.compile("^(" + String.join("|", KINDS) + ")\\s*[:：]?\\s*");

    public static boolean isWeight(String first) {
        return WEIGHT.stream().anyMatch(first::startsWith);
    }

    public static boolean isTotal(String first) {
        String s = first.replaceAll("[\\s:：]+", "");
        return TOTAL.contains(s);
    }

    public static boolean isLabelCell(String cell) {
        String s = cell.replaceAll("[\\s:：()]+", "");
        return s.isEmpty() || LABEL_CELLS.contains(s);
    }

    // ---- The agency summary workbook (สรุปผลการดำเนินงานโครงการ … ณ สิ้นไตรมาส n): not the form, a
    // document of its own kind, one row per project. Recognised by its header words, whatever the column
    // order and however many header rows; the words of a column are its header cells top to bottom.

    /** A column of the agency summary's project table. */
    public enum SummaryColumn { NUMBER, NAME, ALLOCATED, CONTRACTED, DISBURSED, PROGRESS }

    /** The title line of an agency summary ("สรุปผลการดำเนินงานโครงการ …"). */
    public static final List<String> SUMMARY_TITLE = List.of("สรุปผลการดำเนินงาน", "สรุปผลการเบิกจ่าย");
    /** The line naming the agency under the title ("หน่วยงาน สำนักงาน…"), or the word before it in the title. */
    public static final List<String> SUMMARY_AGENCY_LABEL = List.of("หน่วยงาน", "ส่วนราชการ");
    private static final List<String> SUMMARY_NUMBER = List.of("ลำดับ", "ที่");
    private static final List<String> SUMMARY_NAME = List.of("ชื่อโครงการ", "โครงการ", "รายการ");
    private static final List<String> SUMMARY_ALLOCATED = List.of("ได้รับจัดสรร", "จัดสรร", "งบประมาณที่ได้รับ");
    private static final List<String> SUMMARY_CONTRACTED = List.of("ก่อหนี้", "ผูกพัน", "ลงนามสัญญา", "ทำสัญญา");
    private static final List<String> SUMMARY_DISBURSED = List.of("เบิกจ่าย");
    private static final List<String> SUMMARY_PROGRESS = List.of("ความก้าวหน้า", "ผลการดำเนินงาน");
    /** A column of rates computed from others ("ร้อยละการเบิกจ่าย"): not one of the figures. */
    private static final String SUMMARY_RATE = "ร้อยละ";

    /**
     * What a summary column holds, from its own header cell (the lowest one) and, when that says
     * nothing, from all its header cells together (a merged "งบประมาณ (บาท)" above "ได้รับจัดสรร").
     * Null for a column of none of the six kinds (a rate, a remark).
     */
    public static SummaryColumn summaryColumn(String own, String whole) {
        SummaryColumn c = summaryColumn(own);
        return c != null ? c : summaryColumn(whole);
    }

    private static SummaryColumn summaryColumn(String header) {
        String h = header.replaceAll("\\s+", "");
        if (h.isEmpty()) {
            return null;
        }
        if (SUMMARY_NUMBER.stream().anyMatch(w -> h.startsWith(w) && !h.startsWith("ที่ได้"))) {
            return SummaryColumn.NUMBER;
        }
        if (SUMMARY_ALLOCATED.stream().anyMatch(h::contains) && !h.startsWith(SUMMARY_RATE)) {
            return SummaryColumn.ALLOCATED;
        }
        if (SUMMARY_CONTRACTED.stream().anyMatch(h::contains) && !h.startsWith(SUMMARY_RATE)) {
            return SummaryColumn.CONTRACTED;
        }
        if (SUMMARY_DISBURSED.stream().anyMatch(h::contains) && !h.startsWith(SUMMARY_RATE)) {
            return SummaryColumn.DISBURSED;
        }
        if (SUMMARY_PROGRESS.stream().anyMatch(h::contains)) {
            return SummaryColumn.PROGRESS;
        }
        if (SUMMARY_NAME.stream().anyMatch(h::startsWith)) {
            return SummaryColumn.NAME;
        }
        return null;
    }

    /** A summary row that is the total of the rows above it ("รวม", "รวมทั้งสิ้น", "ยอดรวม"). */
    public static boolean isSummaryTotal(String cell) {
        String s = cell.replaceAll("[\\s:：]+", "");
        return isTotal(s) || s.equals("ยอดรวม") || s.startsWith("รวมทั้งสิ้น") || s.matches("รวม\\(?[0-9๐-๙]+โครงการ\\)?");
    }
}
