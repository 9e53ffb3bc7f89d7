package th.planning.reports.thai;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Thai amounts in words ("เก้าล้านสามแสนหกหมื่นห้าพันแปดร้อยบาทถ้วน"), both directions. Written by hand because
 * ICU4J's Thai spell-out parser either stops at the first word of unspaced text or (lenient) silently misreads
 * ("หนึ่งร้อยเอ็ด" as 100). The parser is strict: text it cannot read completely is reported, never half-read.
 */
public final class BahtText {
    private static final String BAHT = "บาท";
    private static final String EVEN = "ถ้วน";
    private static final String SATANG = "สตางค์";
    private static final String MILLION = "ล้าน";
    private static final String ET = "เอ็ด";
    private static final String YI = "ยี่";

    private static final String[] DIGITS = {"ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"};
    /** Index = power of ten within a group below a million; 0 (units) has no word. */
    private static final String[] PLACES = {"", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน"};
    private static final BigInteger MILLION_VALUE = BigInteger.valueOf(1_000_000);

    private enum Kind { DIGIT, PLACE, YI, ET, MILLION, BAHT, EVEN, SATANG }

    private record Token(Kind kind, int value, int start, int end) {
    }

    private BahtText() {
    }

    /** Thai amount in words -> value; see {@link BahtTextResult} for incomplete text. */
    public static BahtTextResult parse(String words) {
        if (words == null) {
            return new BahtTextResult(null, false, 0, "no words");
        }
        return new Parser(words).run();
    }

    /** 9365800 -> "เก้าล้านสามแสนหกหมื่นห้าพันแปดร้อยบาทถ้วน"; satang as "...บาทแปดสิบหกสตางค์". */
    public static String format(BigDecimal amount) {
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("negative amount: " + amount);
        }
        // Fractions of a satang cannot be written in words; refuse rather than round money.
        BigDecimal a = amount.setScale(2, RoundingMode.UNNECESSARY);
        BigInteger baht = a.toBigInteger();
        int satang = a.subtract(new BigDecimal(baht)).movePointRight(2).intValueExact();
        StringBuilder b = new StringBuilder();
        if (baht.signum() == 0 && satang == 0) {
            return DIGITS[0] + BAHT + EVEN;
        }
        if (baht.signum() > 0) {
            appendNumber(b, baht);
            b.append(BAHT);
            if (satang == 0) {
                return b.append(EVEN).toString();
            }
        }
        appendGroup(b, satang);
        return b.append(SATANG).toString();
    }

    private static void appendNumber(StringBuilder b, BigInteger n) {
        BigInteger[] qr = n.divideAndRemainder(MILLION_VALUE);
        if (qr[0].signum() > 0) {
            // "ล้าน" is written even for an all-zero group so that higher groups keep their scale (ล้านล้าน).
            appendNumber(b, qr[0]);
            b.append(MILLION);
        }
        appendGroup(b, qr[1].intValue());
    }

    private static void appendGroup(StringBuilder b, int g) {
        for (int p = 5; p >= 1; p--) {
            int d = g / pow10(p) % 10;
            if (d == 0) {
                continue;
            }
            if (p == 1 && d == 2) {
                b.append(YI);
            } else if (p != 1 || d != 1) {
                b.append(DIGITS[d]);
            }
            b.append(PLACES[p]);
        }
        int units = g % 10;
        if (units != 0) {
            b.append(units == 1 && g % 100 > 10 ? ET : DIGITS[units]);
        }
    }

    private static int pow10(int p) {
        int r = 1;
        for (int i = 0; i < p; i++) {
            r *= 10;
        }
        return r;
    }

    /**
     * Finds the amount in words in a form line such as "จำนวน ๙,๓๖๕,๘๐๐ บาท (เก้าล้าน...บาทถ้วน)", also without the
     * opening parenthesis or as a line of its own ("(แก้ล้าน...บาทถ้วน)"). Typos are kept: the caller parses and
     * sees them. Returns null when the line holds no amount in words.
     */
    public static String findWords(String line) {
        if (line == null) {
            return null;
        }
        for (int open = line.indexOf('('); open >= 0; open = line.indexOf('(', open + 1)) {
            int close = line.indexOf(')', open + 1);
            String inner = line.substring(open + 1, close < 0 ? line.length() : close).strip();
            if (looksLikeWords(inner)) {
                return inner;
            }
        }
        // Opening parenthesis missing: the words follow "<digits> บาท" directly.
        int after = afterDigitsAndBaht(line);
        if (after >= 0) {
            String rest = stripClose(line.substring(after).strip());
            if (looksLikeWords(rest)) {
                return rest;
            }
        }
        String whole = stripClose(line.strip());
        if (looksLikeWords(whole) && startsWithNumberWord(whole)) {
            return whole;
        }
        return null;
    }

    private static String stripClose(String s) {
        return s.endsWith(")") ? s.substring(0, s.length() - 1).strip() : s;
    }

    /** No digits, at least one number word, and a baht word: typos elsewhere are allowed on purpose. */
    private static boolean looksLikeWords(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (ThaiNumbers.isDigit(c) || c == '(' || c == ')') {
                return false;
            }
        }
        if (!(s.contains(BAHT) || s.contains(EVEN) || s.contains(SATANG))) {
            return false;
        }
        for (String w : NUMBER_WORDS) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] NUMBER_WORDS = {"หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า",
        "ศูนย์", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน", "ล้าน", "เอ็ด", "ยี่"};

    private static boolean startsWithNumberWord(String s) {
        for (String w : NUMBER_WORDS) {
            if (s.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /** Index just after the first "<digits> บาท" (spaces allowed before บาท), or -1. */
    private static int afterDigitsAndBaht(String line) {
        int from = 0;
        for (int b = line.indexOf(BAHT); b >= 0; b = line.indexOf(BAHT, from)) {
            int i = b;
            while (i > 0 && line.charAt(i - 1) == ' ') {
                i--;
            }
            if (i > 0 && ThaiNumbers.isDigit(line.charAt(i - 1))) {
                return b + BAHT.length();
            }
            from = b + 1;
        }
        return -1;
    }

    /** One strict left-to-right reading. Spaces, zero-width characters and outer parentheses are ignored. */
    private static final class Parser {
        private final String text;
        private int pos;
        private Token lookahead;

        Parser(String text) {
            this.text = text;
        }

        BahtTextResult run() {
            skipIgnorable();
            if (pos < text.length() && text.charAt(pos) == '(') {
                pos++;
            }
            Token first = peek();
            if (first == null) {
                return fail(pos, atEnd() ? "no words" : "not a number word");
            }
            BigInteger baht = null;
            int satang = 0;
            boolean satangOnly = false;

            NumberRead n = readNumber(true);
            if (n.error != null) {
                return n.error;
            }
            Token t = peek();
            if (t == null && !atEnd()) {
                return fail(pos, "not a number word");
            }
            if (t == null) {
                return fail(pos, "ends without บาท");
            }
            if (t.kind == Kind.BAHT) {
                next();
                baht = n.value;
                Token u = peek();
                if (u == null) {
                    if (!atEnd()) {
                        return fail(pos, "not a number word after บาท");
                    }
                } else if (u.kind == Kind.EVEN) {
                    next();
                } else {
                    int satangStart = u.start;
                    NumberRead s = readNumber(false);
                    if (s.error != null) {
                        return s.error;
                    }
                    Token v = peek();
                    if (v == null || v.kind != Kind.SATANG) {
                        return fail(v == null ? pos : v.start, "expected สตางค์ after the satang");
                    }
                    next();
                    if (s.value.compareTo(BigInteger.valueOf(99)) > 0 || s.hadMillion) {
                        return fail(satangStart, "satang above 99");
                    }
                    satang = s.value.intValue();
                }
            } else if (t.kind == Kind.EVEN) {
                // "…พันถ้วน" or "…ถ้วนบาท": บาท missing or after ถ้วน; the amount is still unambiguous.
                next();
                baht = n.value;
                Token u = peek();
                if (u != null && u.kind == Kind.BAHT) {
                    next();
                }
            } else if (t.kind == Kind.SATANG) {
                next();
                if (n.value.compareTo(BigInteger.valueOf(99)) > 0 || n.hadMillion) {
                    return fail(t.start, "satang above 99");
                }
                satangOnly = true;
                satang = n.value.intValue();
                baht = BigInteger.ZERO;
            } else {
                return fail(t.start, "unexpected '" + text.substring(t.start, t.end) + "'");
            }
            skipIgnorable();
            if (pos < text.length() && text.charAt(pos) == ')') {
                pos++;
                skipIgnorable();
            }
            if (!atEnd()) {
                Token extra = peek();
                return fail(pos, extra == null ? "text after the amount"
                        : "'" + text.substring(extra.start, extra.end) + "' after the amount");
            }
            if (satangOnly && satang == 0) {
                return fail(0, "zero satang");
            }
            BigDecimal value = new BigDecimal(baht).add(BigDecimal.valueOf(satang, 2)).setScale(2);
            return new BahtTextResult(value, true, text.length(), null);
        }

        private record NumberRead(BigInteger value, boolean hadMillion, BahtTextResult error) {
        }

        /** A number: groups below a million joined by ล้าน, "(number) ล้าน (group)". */
        private NumberRead readNumber(boolean allowMillion) {
            BigInteger acc = BigInteger.ZERO;
            boolean any = false;
            boolean hadMillion = false;
            int group = 0;
            int lastPlace = 6; // nothing read yet in this group
            int pending = -1;   // a digit waiting for its place word
            boolean pendingYi = false;
            int pendingAt = -1;
            boolean zero = false;
            Token previous = null;
            while (true) {
                Token t = peek();
                if (t == null) {
                    break;
                }
                if (t.kind == Kind.BAHT && previous != null && previous.kind == Kind.MILLION && allowMillion) {
                    // A stray บาท after ล้าน ("ยี่สิบล้านบาทหนึ่งแสนบาทถ้วน") is skipped when more digits follow.
                    // Only when another บาท follows: "สิบล้านบาทห้าสิบสตางค์" is 10,000,000.50, not a stray.
                    Token after = peekAfter(t);
                    if (after != null && (after.kind == Kind.DIGIT || after.kind == Kind.PLACE
                            || after.kind == Kind.YI) && text.indexOf(BAHT, t.end) >= 0) {
                        next();
                        continue;
                    }
                }
                if (t.kind == Kind.DIGIT) {
                    if (zero || pending >= 0 || (t.value == 0 && (any || group > 0 || lastPlace < 6))) {
                        return error(t.start, "'" + DIGITS[t.value] + "' cannot follow here");
                    }
                    if (t.value == 0) {
                        zero = true;
                    } else {
                        pending = t.value;
                        pendingYi = false;
                        pendingAt = t.start;
                    }
                } else if (t.kind == Kind.YI) {
                    if (zero || pending >= 0) {
                        return error(t.start, "'ยี่' cannot follow here");
                    }
                    pending = 2;
                    pendingYi = true;
                    pendingAt = t.start;
                } else if (t.kind == Kind.PLACE) {
                    int p = t.value;
                    if (zero) {
                        return error(t.start, "place after ศูนย์");
                    }
                    if (p >= lastPlace) {
                        return error(t.start, "'" + PLACES[p] + "' out of order");
                    }
                    int d;
                    if (pending < 0) {
                        if (p != 1) {
                            return error(t.start, "'" + PLACES[p] + "' without a digit");
                        }
                        d = 1;
                    } else if (p == 1 && pending == 1) {
                        return error(pendingAt, "หนึ่งสิบ: ten is written สิบ");
                    } else if (p == 1 && pending == 2 && !pendingYi) {
                        return error(pendingAt, "สองสิบ: twenty is written ยี่สิบ");
                    } else if (pendingYi && p != 1) {
                        return error(t.start, "ยี่ before '" + PLACES[p] + "'");
                    } else {
                        d = pending;
                    }
                    group += d * pow10(p);
                    lastPlace = p;
                    pending = -1;
                } else if (t.kind == Kind.ET) {
                    if (zero || pending >= 0 || lastPlace == 0 || (!any && group == 0 && acc.signum() == 0)) {
                        return error(t.start, "'เอ็ด' cannot stand here");
                    }
                    group += 1;
                    lastPlace = 0;
                } else if (t.kind == Kind.MILLION && allowMillion) {
                    if (zero) {
                        return error(t.start, "ล้าน after ศูนย์");
                    }
                    if (pending >= 0) {
                        if (pendingYi) {
                            return error(pendingAt, "ยี่ without สิบ");
                        }
                        group += pending;
                        pending = -1;
                    }
                    if (group == 0 && acc.signum() == 0) {
                        return error(t.start, "ล้าน without a number");
                    }
                    acc = acc.add(BigInteger.valueOf(group)).multiply(MILLION_VALUE);
                    group = 0;
                    lastPlace = 6;
                    hadMillion = true;
                    any = true;
                } else {
                    break;
                }
                previous = t;
                next();
            }
            if (pending >= 0) {
                if (pendingYi) {
                    return error(pendingAt, "ยี่ without สิบ");
                }
                if (lastPlace == 0) {
                    return error(pendingAt, "two unit digits");
                }
                group += pending;
            } else if (previous == null) {
                Token t = peek();
                return error(t == null ? pos : t.start, t == null ? "no number" : "no number before '"
                        + text.substring(t.start, t.end) + "'");
            }
            return new NumberRead(acc.add(BigInteger.valueOf(group)), hadMillion, null);
        }

        private NumberRead error(int at, String problem) {
            return new NumberRead(null, false, fail(at, problem));
        }

        private BahtTextResult fail(int at, String problem) {
            int end = Math.min(text.length(), at + 12);
            String where = at < text.length() ? " at '" + text.substring(at, end) + (end < text.length() ? "…" : "")
                    + "'" : "";
            return new BahtTextResult(null, false, at, problem + where);
        }

        private boolean atEnd() {
            skipIgnorable();
            return pos >= text.length();
        }

        private void skipIgnorable() {
            while (pos < text.length() && isIgnorable(text.charAt(pos))) {
                pos++;
            }
        }

        private Token peek() {
            if (lookahead == null) {
                skipIgnorable();
                lookahead = tokenAt(pos);
            }
            return lookahead;
        }

        private Token peekAfter(Token t) {
            int p = t.end;
            while (p < text.length() && isIgnorable(text.charAt(p))) {
                p++;
            }
            return tokenAt(p);
        }

        private void next() {
            pos = lookahead.end;
            lookahead = null;
        }

        private Token tokenAt(int p) {
            if (p >= text.length()) {
                return null;
            }
            for (int d = 0; d < DIGITS.length; d++) {
                int e = wordEnd(DIGITS[d], p);
                if (e >= 0) {
                    return new Token(Kind.DIGIT, d, p, e);
                }
            }
            for (int i = 1; i < PLACES.length; i++) {
                int e = wordEnd(PLACES[i], p);
                if (e >= 0) {
                    return new Token(Kind.PLACE, i, p, e);
                }
            }
            Object[][] others = {{MILLION, Kind.MILLION, 6}, {YI, Kind.YI, 2}, {ET, Kind.ET, 1}, {BAHT, Kind.BAHT, 0},
                {EVEN, Kind.EVEN, 0}, {SATANG, Kind.SATANG, 0}};
            for (Object[] o : others) {
                int e = wordEnd((String) o[0], p);
                if (e >= 0) {
                    return new Token((Kind) o[1], (int) o[2], p, e);
                }
            }
            return null;
        }

        /**
         * Where {@code word} ends when the text at {@code p} spells it, tone marks (่ ้ ๊ ๋) set aside on
         * both sides, or -1. A scan read by OCR loses or swaps tone marks ("หมืน", "สีแสน"), and no two
         * number words differ by tone marks alone, so this reads them without guessing.
         */
        private int wordEnd(String word, int p) {
            int i = p;
            int j = 0;
            while (j < word.length()) {
                if (isToneMark(word.charAt(j))) {
                    j++;
                    continue;
                }
                while (i < text.length() && isToneMark(text.charAt(i))) {
                    i++;
                }
                if (i >= text.length() || text.charAt(i) != word.charAt(j)) {
                    return -1;
                }
                i++;
                j++;
            }
            while (i < text.length() && isToneMark(text.charAt(i))) {
                i++;
            }
            return i;
        }

        private static boolean isToneMark(char c) {
            return c >= '\u0E48' && c <= '\u0E4B';
        }

        private static boolean isIgnorable(char c) {
            return Character.isWhitespace(c) || c == '\u00A0' || Amounts.isZeroWidth(c);
        }
    }
}
