package th.planning.reports.thai;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads money amounts and percentages as typed on the report form: Thai or Arabic digits (mixed), thousands
 * separators, satang, "บาท" glued on, values inside dotted blanks, a dash for "nothing". The result always says what
 * was seen, so a blank or a typo never turns into a silent zero.
 *
 * <p>A number is never changed into another: a minus sign ("-", U+2212) directly before the digits, or an amount
 * in accounting parentheses ("(๑๘,๐๘๕,๕๐๐) บาท"), is read as the negative value it says, with a problem naming
 * it (validation raises a finding); exponent notation ("1E+30") and a number with more digits than its warehouse
 * column holds ({@link Decimals}) are MALFORMED.
 */
public final class Amounts {
    private static final String BAHT = "บาท";
    private static final String PERCENT_WORD = "ร้อยละ";
    /** Satang: two places at most; a third would be a typo or foreign grouping, not something to round away. */
    private static final int AMOUNT_MAX_FRACTION = 2;
    private static final int PERCENT_MAX_FRACTION = 4;
    private static final Pattern PARENTHESISED_NUMBER =
            Pattern.compile("\\([ .\u00A0]*[0-9][0-9,]*(?:\\.[0-9]+)?[ .\u00A0]*\\)");

    private Amounts() {
    }

    /**
     * The first money amount in a fragment such as "จำนวน ๙,๓๖๕,๘๐๐ บาท (เก้าล้าน...)". When the fragment names
     * บาท, the number directly before it is the amount (so a leading item number like "๙.๓" is not taken). Text in
     * parentheses is the amount in words and is never read as the amount.
     */
    public static ParsedNumber parseAmount(String text) {
        if (isEmpty(text)) {
            return ParsedNumber.absent();
        }
        String s = stripZeroWidth(text);
        String a = accountingParentheses(ThaiNumbers.toArabicDigits(s));
        int end = wordsStart(a);
        ParsedNumber millions = inMillions(s, a, end);
        if (millions != null) {
            return millions;
        }
        int baht = a.indexOf(BAHT);
        if (baht >= 0 && baht < end) {
            int start = baht;
            while (start > 0 && isFieldChar(a.charAt(start - 1))) {
                start--;
            }
            if (start < baht) {
                return readField(s, a, start, baht, AMOUNT_MAX_FRACTION, Decimals.MONEY);
            }
            if (firstDigit(a, 0, baht) < 0) {
                return new ParsedNumber(ValueStatus.BLANK, null, s.substring(0, baht + BAHT.length()).strip(),
                        "nothing before บาท");
            }
            // Digits exist earlier but not next to บาท ("๑๐ ล้าน บาท"?): fall through to the first number.
        }
        return readField(s, a, 0, end, AMOUNT_MAX_FRACTION, Decimals.MONEY);
    }

    /**
     * "(๑๘,๐๘๕,๕๐๐) บาท": a number alone in parentheses, with nothing but filler between it and บาท (or the end)
     * and no number before it, is an accountant's negative. The parentheses become a minus sign and a space, so
     * positions stay aligned with the original text. Words in parentheses, or digits repeating an amount just
     * typed ("๙,๓๖๕,๘๐๐ (๙,๓๖๕,๘๐๐)"), are left alone.
     */
    private static String accountingParentheses(String a) {
        if (a.indexOf('(') < 0) {
            return a;       // most fields: no regex to run
        }
        Matcher m = PARENTHESISED_NUMBER.matcher(a);
        while (m.find()) {
            int after = m.end();
            while (after < a.length() && isFiller(a.charAt(after))) {
                after++;
            }
            int before = m.start();
            while (before > 0 && isFiller(a.charAt(before - 1))) {
                before--;
            }
            boolean closesField = after == a.length() || a.startsWith(BAHT, after);
            boolean afterNumber = before > 0 && isNumberChar(a.charAt(before - 1));
            if (closesField && !afterNumber) {
                char[] c = a.toCharArray();
                c[m.start()] = '-';
                c[m.end() - 1] = ' ';
                return new String(c);
            }
        }
        return a;
    }

    /**
     * "๒.๕ ล้านบาท", "9.3658 ล้าน": an amount stated in millions of baht (budget documents often do), or null
     * when the number before the first ล้าน is not one.
     */
    private static ParsedNumber inMillions(String s, String a, int end) {
        int m = a.indexOf("ล้าน");
        if (m < 0 || m >= end) {
            return null;
        }
        int stop = m;
        while (stop > 0 && a.charAt(stop - 1) == ' ') {
            stop--;
        }
        int start = stop;
        while (start > 0 && isFieldChar(a.charAt(start - 1)) && a.charAt(start - 1) != ' ') {
            start--;
        }
        if (start == stop || firstDigit(a, start, stop) < 0) {
            return null;
        }
        ParsedNumber n = readField(s, a, start, stop, 6, Decimals.MONEY);
        if (n.status() != ValueStatus.VALUE) {
            return n;
        }
        BigDecimal baht = n.value().movePointRight(6);
        if (baht.stripTrailingZeros().scale() > AMOUNT_MAX_FRACTION) {
            return new ParsedNumber(ValueStatus.MALFORMED, null, n.evidence(), "millions with a fraction of a satang");
        }
        if (!Decimals.MONEY.fits(baht)) {
            return new ParsedNumber(ValueStatus.MALFORMED, null, n.evidence() + " ล้าน", tooLarge(Decimals.MONEY));
        }
        return new ParsedNumber(ValueStatus.VALUE, baht.setScale(2), n.evidence() + " ล้าน", n.problem());
    }

    /**
     * A percentage: "ร้อยละ.....๓๕.....ของเป้าหมาย", "ร้อยละ ๓๕", "๓๕%", ".....๗๙.๗๕.....", "๗๕.๐๐". The number
     * after ร้อยละ, else the number before %, else the first number.
     */
    public static ParsedNumber parsePercent(String text) {
        if (isEmpty(text)) {
            return ParsedNumber.absent();
        }
        String s = stripZeroWidth(text);
        String a = ThaiNumbers.toArabicDigits(s);
        int word = a.indexOf(PERCENT_WORD);
        if (word >= 0) {
            int start = word + PERCENT_WORD.length();
            int end = start;
            while (end < a.length() && isFieldChar(a.charAt(end))) {
                end++;
            }
            if (end == start) {
                return new ParsedNumber(ValueStatus.BLANK, null, s.substring(word).strip(), "nothing after ร้อยละ");
            }
            return readField(s, a, start, end, PERCENT_MAX_FRACTION, Decimals.PERCENT);
        }
        int pct = a.indexOf('%');
        if (pct >= 0) {
            int start = pct;
            while (start > 0 && isFieldChar(a.charAt(start - 1))) {
                start--;
            }
            if (start < pct) {
                return readField(s, a, start, pct, PERCENT_MAX_FRACTION, Decimals.PERCENT);
            }
        }
        return readField(s, a, 0, a.length(), PERCENT_MAX_FRACTION, Decimals.PERCENT);
    }

    /**
     * Where the amount's words in parentheses start: the first '(' right after a field or after บาท. A parenthesis
     * that opens before any amount ("(๒,๒๘๑ รายการ)") is ordinary text.
     */
    private static int wordsStart(String a) {
        for (int p = a.indexOf('('); p >= 0; p = a.indexOf('(', p + 1)) {
            int i = p;
            while (i > 0 && (a.charAt(i - 1) == ' ' || a.charAt(i - 1) == '\u00A0')) {
                i--;
            }
            if (i > 0 && (isFieldChar(a.charAt(i - 1)) || a.startsWith(BAHT, i - BAHT.length()))) {
                return p;
            }
        }
        return a.length();
    }

    /**
     * Classifies a[from,to): the first digit run found is the number; without digits a dash means NIL and anything
     * else BLANK. {@code s} is the same text with its original digits, for the evidence.
     */
    private static ParsedNumber readField(String s, String a, int from, int to, int maxFraction, Decimals column) {
        int d = firstDigit(a, from, to);
        if (d < 0) {
            String region = s.substring(from, to).strip();
            if (containsDash(a, from, to)) {
                return new ParsedNumber(ValueStatus.NIL, BigDecimal.ZERO.setScale(2), region, null);
            }
            if (region.isEmpty() || isOnlyFiller(a, from, to)) {
                return new ParsedNumber(ValueStatus.BLANK, null, region, null);
            }
            return new ParsedNumber(ValueStatus.BLANK, null, region, "no number in the text");
        }
        int ts = d;
        while (ts > from && isNumberChar(a.charAt(ts - 1))) {
            ts--;
        }
        int te = d;
        while (te < to && isNumberChar(a.charAt(te))) {
            te++;
        }
        // Dots next to the number belong to the dotted blank, not to the number.
        while (a.charAt(ts) == '.' || a.charAt(ts) == ',') {
            ts++;
        }
        while (a.charAt(te - 1) == '.' || a.charAt(te - 1) == ',') {
            te--;
        }
        int exponent = exponentAround(a, ts, te);
        if (exponent >= 0) {
            // "1E+30" is no way to write baht; reading either part ("1" or "30") would be a guess.
            return malformed(s.substring(Math.min(exponent, ts), Math.max(exponent, te)).strip(), "exponent notation");
        }
        boolean negative = ts - 1 >= from && ThaiNumbers.isMinusSign(a.charAt(ts - 1))
                && (ts - 1 == 0 || !isAsciiDigit(a.charAt(ts - 2)));
        int evidenceFrom = negative ? ts - 1 : ts;
        int evidenceTo = te;
        if (negative && s.charAt(ts - 1) == '(') {
            evidenceTo = s.indexOf(')', te) + 1;
        }
        String evidence = s.substring(evidenceFrom, evidenceTo);
        int more = firstDigit(a, te, to);
        if (more >= 0 && onlySpacesBetween(a, te, more)) {
            // "๙ ๓๖๕ ๘๐๐": a number broken by spaces; reading either part would be a guess.
            return new ParsedNumber(ValueStatus.MALFORMED, null, s.substring(ts, to).strip(),
                    "digits separated by spaces");
        }
        return toNumber(a.substring(ts, te), evidence, maxFraction, column,
                negative ? (s.charAt(ts - 1) == '(' ? "negative (in parentheses)" : "negative (minus sign)") : null);
    }

    /**
     * Where exponent notation around the digits a[ts,te) ends or starts ("1e30", "1E+30": the digits may be
     * either side of the E), or -1 when there is none.
     */
    private static int exponentAround(String a, int ts, int te) {
        if (te + 1 < a.length() && (a.charAt(te) == 'e' || a.charAt(te) == 'E')) {
            int i = te + 1;
            if (a.charAt(i) == '+' || a.charAt(i) == '-' || a.charAt(i) == '\u2212') {
                i++;
            }
            if (i < a.length() && a.charAt(i) >= '0' && a.charAt(i) <= '9') {
                while (i < a.length() && a.charAt(i) >= '0' && a.charAt(i) <= '9') {
                    i++;
                }
                return i;
            }
        }
        int j = ts - 1;
        if (j >= 0 && (a.charAt(j) == '+' || a.charAt(j) == '-' || a.charAt(j) == '\u2212')) {
            j--;
        }
        if (j >= 1 && (a.charAt(j) == 'e' || a.charAt(j) == 'E') && isNumberChar(a.charAt(j - 1))) {
            while (j > 0 && isNumberChar(a.charAt(j - 1))) {
                j--;
            }
            return j;
        }
        return -1;
    }

    /** The problem of a number with more digits than its warehouse column holds. */
    private static String tooLarge(Decimals column) {
        return "more than " + column.integerDigits() + " digits before the decimal point (the warehouse's "
                + column.sqlType() + ")";
    }

    private static ParsedNumber toNumber(String token, String evidence, int maxFraction, Decimals column,
                                         String sign) {
        int dot = token.indexOf('.');
        if (dot >= 0 && token.indexOf('.', dot + 1) >= 0) {
            return malformed(evidence, "more than one decimal point");
        }
        String intPart = dot < 0 ? token : token.substring(0, dot);
        String frac = dot < 0 ? "" : token.substring(dot + 1);
        if (intPart.isEmpty()) {
            return malformed(evidence, "no digits before the decimal point");
        }
        if (frac.indexOf(',') >= 0) {
            return malformed(evidence, "thousands separator after the decimal point");
        }
        if (frac.length() > maxFraction) {
            return malformed(evidence, "more than " + maxFraction + " decimal places");
        }
        if (intPart.indexOf(',') >= 0 && !groupedCorrectly(intPart)) {
            return malformed(evidence, "bad thousands grouping");
        }
        BigDecimal v = new BigDecimal(token.replace(",", ""));
        if (!column.fits(v)) {
            return malformed(evidence, tooLarge(column));
        }
        v = sign == null ? v : v.negate();
        return new ParsedNumber(ValueStatus.VALUE, v.setScale(Math.max(2, v.scale())), evidence, sign);
    }

    /** 1–3 digits, then groups of exactly 3. */
    private static boolean groupedCorrectly(String intPart) {
        String[] groups = intPart.split(",", -1);
        if (groups[0].isEmpty() || groups[0].length() > 3) {
            return false;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return false;
            }
        }
        return true;
    }

    private static ParsedNumber malformed(String evidence, String problem) {
        return new ParsedNumber(ValueStatus.MALFORMED, null, evidence, problem);
    }

    private static boolean isEmpty(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !isZeroWidth(c) && c != '\u00A0') {
                return false;
            }
        }
        return true;
    }

    static boolean isZeroWidth(char c) {
        return (c >= '\u200B' && c <= '\u200D') || c == '\uFEFF' || c == '\u00AD';
    }

    private static String stripZeroWidth(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isZeroWidth(c)) {
                if (b == null) {
                    b = new StringBuilder(s.length()).append(s, 0, i);
                }
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    private static int firstDigit(String a, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = a.charAt(i);
            if (c >= '0' && c <= '9') {
                return i;
            }
        }
        return -1;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNumberChar(char c) {
        return (c >= '0' && c <= '9') || c == ',' || c == '.';
    }

    private static boolean isFiller(char c) {
        return c == ' ' || c == '\t' || c == '.' || c == '_' || c == '\u2026' || c == '\u00A0' || c == ':';
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2212';
    }

    /** Characters that can make up a field: the number, its blank, a dash for nil. */
    private static boolean isFieldChar(char c) {
        return isNumberChar(c) || isFiller(c) || isDash(c);
    }

    private static boolean containsDash(String a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isDash(a.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOnlyFiller(String a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isFiller(a.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean onlySpacesBetween(String a, int from, int to) {
        if (from == to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = a.charAt(i);
            if (c != ' ' && c != '\u00A0') {
                return false;
            }
        }
        return true;
    }
}
