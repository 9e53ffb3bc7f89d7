package th.planning.reports.thai;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Thai dates as typed on the form: Buddhist-Era years (2567, ๒๕๖๗, two-digit ๖๗), month names and abbreviations
 * with or without dots ("ก.ค. ๖๗", "กค"), and day or month ranges. Month names come from the JDK's th-TH locale
 * data and dates are built with {@link ThaiBuddhistChronology}; the text is normalized first because the JDK's
 * parser does not accept missing dots, two-digit years, Thai digits mixed in, or ranges.
 */
public final class ThaiDates {
    private static final int BE_OFFSET = 543;
    /**
     * The Buddhist-Era years a report's fiscal year can be: BE 2500–2700 (CE 1957–2157). The fixed form is from
     * the 2560s; a wider band leaves room for old projects and decades of use, while ๓๐๐๐ or ๒๐๒๔-as-BE are
     * typing errors. Fixed, not relative to today, so a file reads the same whenever it is read.
     */
    public static final int FIRST_PLAUSIBLE_YEAR_BE = 2500;
    public static final int LAST_PLAUSIBLE_YEAR_BE = 2700;
    private static final java.util.regex.Pattern ERA_YEAR = java.util.regex.Pattern.compile("พ\\.\\s*ศ\\.\\s*(\\d+)");
    /** Full names, then abbreviations with dots, then without; index 0 = January. */
    private static final String[] FULL = new String[12];
    private static final String[] ABBR = new String[12];
    private static final String[] ABBR_PLAIN = new String[12];

    static {
        Locale th = Locale.forLanguageTag("th-TH");
        DateTimeFormatter full = DateTimeFormatter.ofPattern("MMMM", th);
        DateTimeFormatter abbr = DateTimeFormatter.ofPattern("MMM", th);
        for (int m = 1; m <= 12; m++) {
            LocalDate d = LocalDate.of(2024, m, 1);
            FULL[m - 1] = full.format(d);
            ABBR[m - 1] = abbr.format(d);
            ABBR_PLAIN[m - 1] = ABBR[m - 1].replace(".", "");
        }
    }

    private ThaiDates() {
    }

    private enum Kind { NUM, MONTH, DASH }

    /** A token, with where it stands in the text ({@code start} inclusive, {@code end} exclusive). */
    private record Token(Kind kind, int value, int digits, int start, int end) {
    }

    /** A side of a range as written: any of day, month, year may be missing (null). */
    private record Partial(Integer day, Integer month, Integer yearBe) {
        boolean isEmpty() {
            return day == null && month == null && yearBe == null;
        }
    }

    /** "๒๖ ก.ค. ๖๗", "๑ ตุลาคม ๒๕๖๖", "31 มี.ค. 2567" -> ISO date; null when no complete day-month-year is found. */
    public static LocalDate parseDate(String text) {
        List<Token> tokens = tokenize(text);
        for (int i = 0; i + 2 < tokens.size(); i++) {
            Token d = tokens.get(i);
            Token m = tokens.get(i + 1);
            Token y = tokens.get(i + 2);
            if (d.kind == Kind.NUM && m.kind == Kind.MONTH && y.kind == Kind.NUM && isYear(y)) {
                return date(yearBe(y), m.value, d.value);
            }
        }
        return null;
    }

    /**
     * "๒๖ ก.ค. - ๒๔ ต.ค. ๒๕๖๗", "กุมภาพันธ์ - พฤษภาคม ๒๕๖๗", "ตุลาคม ๒๕๖๖ - มีนาคม ๒๕๖๘",
     * "๑ เมษายน – สิ้นสุดวันที่ ๓๐ กันยายน ๒๕๖๗". A month without a day means the whole month. A missing year is
     * taken from the other end (the start a year earlier when its month comes after the end's: "ตุลาคม - มีนาคม
     * ๒๕๖๗"). A single date or month is a range too. Null when the text holds no date.
     */
    public static DateRange parseRange(String text) {
        List<Token> tokens = tokenize(text);
        int dash = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).kind == Kind.DASH) {
                dash = i;
                break;
            }
        }
        Partial left = partial(tokens.subList(0, dash < 0 ? tokens.size() : dash));
        Partial right = dash < 0 ? null : partial(tokens.subList(dash + 1, tokens.size()));
        if (left == null || left.isEmpty()) {
            return null;
        }
        if (right == null || right.isEmpty()) {
            if (left.month == null || left.yearBe == null) {
                return null;
            }
            LocalDate start = date(left.yearBe, left.month, left.day == null ? 1 : left.day);
            if (start == null) {
                return null;
            }
            if (right != null) {
                return new DateRange(start, null); // "๑ ตุลาคม ๒๕๖๖ -": open end
            }
            LocalDate end = left.day == null ? start.withDayOfMonth(start.lengthOfMonth()) : start;
            return new DateRange(start, end);
        }
        Integer leftMonth = left.month != null ? left.month : right.month;
        Integer rightMonth = right.month != null ? right.month : leftMonth;
        if (leftMonth == null || rightMonth == null) {
            return null;
        }
        Integer leftYear = left.yearBe;
        Integer rightYear = right.yearBe;
        if (leftYear == null && rightYear == null) {
            return null;
        }
        if (leftYear == null) {
            leftYear = leftMonth > rightMonth ? rightYear - 1 : rightYear;
        } else if (rightYear == null) {
            rightYear = rightMonth < leftMonth ? leftYear + 1 : leftYear;
        }
        LocalDate start = date(leftYear, leftMonth, left.day == null ? 1 : left.day);
        LocalDate endMonthStart = date(rightYear, rightMonth, 1);
        if (start == null || endMonthStart == null) {
            return null;
        }
        LocalDate end = right.day == null ? endMonthStart.withDayOfMonth(endMonthStart.lengthOfMonth())
                : date(rightYear, rightMonth, right.day);
        return end == null ? null : new DateRange(start, end);
    }

    /** "พ.ศ. ๒๕๖๗" -> 2567; also "๖๗" -> 2567 and a Christian-era "2024" -> 2567. Null when there is no year. */
    public static Integer parseBuddhistYear(String text) {
        if (text == null) {
            return null;
        }
        String s = ThaiNumbers.toArabicDigits(text);
        int from = s.indexOf("พ.ศ.");
        for (int pass = 0; pass < 2; pass++) {
            int i = pass == 0 && from >= 0 ? from : 0;
            while (i < s.length()) {
                if (isAsciiDigit(s.charAt(i))) {
                    int j = i;
                    while (j < s.length() && isAsciiDigit(s.charAt(j))) {
                        j++;
                    }
                    // "พ.ศ.๒๕๖๘" typed without a space: that dot ends the era, it is not a decimal point.
                    boolean afterEra = i >= 4 && s.startsWith("พ.ศ.", i - 4);
                    boolean partOfNumber = (i > 0 && !afterEra && (s.charAt(i - 1) == '.' || s.charAt(i - 1) == ','))
                            || (j < s.length() && (s.charAt(j) == ',' || (s.charAt(j) == '.' && j + 1 < s.length()
                            && isAsciiDigit(s.charAt(j + 1)))));
                    Token t = new Token(Kind.NUM, parse(s.substring(i, j)), j - i, i, j);
                    if (!partOfNumber && isYear(t)) {
                        return yearBe(t);
                    }
                    i = j;
                } else {
                    i++;
                }
            }
            if (from < 0) {
                break;
            }
        }
        return null;
    }

    /** True when a fiscal year (BE) lies in {@link #FIRST_PLAUSIBLE_YEAR_BE}–{@link #LAST_PLAUSIBLE_YEAR_BE}. */
    public static boolean plausibleFiscalYear(int yearBe) {
        return yearBe >= FIRST_PLAUSIBLE_YEAR_BE && yearBe <= LAST_PLAUSIBLE_YEAR_BE;
    }

    /**
     * The dates and years in a text that cannot be what they say, as typed: a day its month does not have
     * ("๓๒ กรกฎาคม", "๓๐ กุมภาพันธ์", "๒๙ กุมภาพันธ์ ๒๕๖๖"), or a year after พ.ศ. or a month that is no year
     * (outside BE 2400–2700 and CE 1900–2199: "พ.ศ. ๓๐๐๐", "ตุลาคม ๓๐๐๐"). The parsers above read such text
     * as no date at all; this says so, so that the text is reported rather than silently passed over.
     */
    public static List<String> impossibleDates(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String s = ThaiNumbers.toArabicDigits(text);
        java.util.regex.Matcher era = ERA_YEAR.matcher(s);
        while (s.indexOf('ศ') >= 0 && era.find()) {
            String digits = era.group(1);
            if (digits.length() >= 3 && !isYear(new Token(Kind.NUM, parse(digits), digits.length(), 0, 0))) {
                out.add(text.substring(era.start(), era.end()));
            }
        }
        List<Token> tokens = tokenize(text);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind != Kind.MONTH) {
                continue;
            }
            Token before = i > 0 ? tokens.get(i - 1) : null;
            Token after = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            boolean dayBefore = before != null && before.kind == Kind.NUM && before.digits <= 2
                    && s.substring(before.end, t.start).isBlank()
                    // "ระบบราชการ ๔.๐ เมษายน": the end of a decimal number is no day
                    && !(before.start >= 2 && (s.charAt(before.start - 1) == '.' || s.charAt(before.start - 1) == ',')
                    && isAsciiDigit(s.charAt(before.start - 2)));
            boolean yearAfter = after != null && after.kind == Kind.NUM && after.digits >= 3
                    && s.substring(t.end, after.start).replace("พ.ศ.", "").isBlank();
            if (yearAfter && !isYear(after)) {
                out.add(text.substring(dayBefore ? before.start : t.start, after.end));
                continue;
            }
            if (dayBefore) {
                int max = yearAfter ? java.time.YearMonth.of(yearBe(after) - BE_OFFSET, t.value).lengthOfMonth()
                        : java.time.Month.of(t.value).maxLength();
                if (before.value < 1 || before.value > max) {
                    out.add(text.substring(before.start, yearAfter ? after.end : t.end));
                }
            }
        }
        return out;
    }

    private static int parse(String digits) {
        return Integer.parseInt(digits.substring(0, Math.min(digits.length(), 9)));
    }

    private static Partial partial(List<Token> tokens) {
        Integer day = null;
        Integer month = null;
        Integer year = null;
        for (Token t : tokens) {
            if (t.kind == Kind.MONTH && month == null) {
                month = t.value;
            } else if (t.kind == Kind.NUM) {
                if (month == null && day == null && t.digits <= 2 && t.value >= 1 && t.value <= 31) {
                    day = t.value;
                } else if (month != null && year == null && isYear(t)) {
                    year = yearBe(t);
                }
            }
        }
        return new Partial(day, month, year);
    }

    /** Two digits, or four that make a plausible BE (2400–2700) or CE (1900–2199) year: "กค ๐๔๐๒" is no date. */
    private static boolean isYear(Token t) {
        return t.digits == 2 || (t.digits == 4 && ((t.value >= 2400 && t.value <= 2700)
                || (t.value >= 1900 && t.value <= 2199)));
    }

    /** Two digits are BE 25xx (the form's "๖๗"); four digits from 2400 are BE, from 1900 to 2199 CE. */
    private static int yearBe(Token t) {
        if (t.digits == 2) {
            return 2500 + t.value;
        }
        return t.value < 2400 && t.value >= 1900 ? t.value + BE_OFFSET : t.value;
    }

    private static LocalDate date(int yearBe, int month, int day) {
        try {
            return LocalDate.from(ThaiBuddhistChronology.INSTANCE.date(yearBe, month, day));
        } catch (DateTimeException e) {
            return null; // "๓๑ มิถุนายน": no such day; never shift to a neighbour
        }
    }

    private static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String s = ThaiNumbers.toArabicDigits(text);
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (isAsciiDigit(c)) {
                int j = i;
                while (j < n && isAsciiDigit(s.charAt(j))) {
                    j++;
                }
                // a slash date or a decimal ("๓/๖๗", "๔.๒") is not a day or year here
                out.add(new Token(Kind.NUM, parse(s.substring(i, j)), j - i, i, j));
                i = j;
                continue;
            }
            if (c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2212') {
                out.add(new Token(Kind.DASH, 0, 0, i, i + 1));
                i++;
                continue;
            }
            if (s.startsWith("ถึง", i)) {
                out.add(new Token(Kind.DASH, 0, 0, i, i + 3));
                i += 3;
                continue;
            }
            if (s.startsWith("พ.ศ.", i)) {
                i += 4;
                continue;
            }
            boolean wordStart = i == 0 || !isThaiLetter(s.charAt(i - 1));
            int[] month = wordStart ? matchMonth(s, i) : null;
            if (month != null) {
                out.add(new Token(Kind.MONTH, month[0], 0, i, month[1]));
                i = month[1];
                continue;
            }
            i++;
        }
        return out;
    }

    /** {month 1..12, end index} when a month name or abbreviation starts at i and ends at a word boundary. */
    private static int[] matchMonth(String s, int i) {
        for (int m = 0; m < 12; m++) {
            if (s.startsWith(FULL[m], i)) {
                return new int[] {m + 1, i + FULL[m].length()};
            }
        }
        for (int m = 0; m < 12; m++) {
            int end = matchAbbreviation(s, i, ABBR[m]);
            if (end > 0) {
                return new int[] {m + 1, end};
            }
        }
        return null;
    }

    /** "ก.ค." also as "ก.ค", "กค." or "กค"; without the final dot it must end the word ("กค" in "กคณ" is not July). */
    private static int matchAbbreviation(String s, int i, String abbr) {
        int p = i;
        int k = 0;
        while (k < abbr.length()) {
            char a = abbr.charAt(k);
            if (a == '.') {
                if (p < s.length() && s.charAt(p) == '.') {
                    p++;
                }
                k++;
                continue;
            }
            if (p >= s.length() || s.charAt(p) != a) {
                return -1;
            }
            p++;
            k++;
        }
        boolean endsWithDot = s.charAt(p - 1) == '.';
        if (!endsWithDot && p < s.length() && isThaiLetter(s.charAt(p))) {
            return -1;
        }
        return p;
    }

    private static boolean isThaiLetter(char c) {
        return c >= '\u0E01' && c <= '\u0E4E' && !(c >= '\u0E50' && c <= '\u0E59');
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
