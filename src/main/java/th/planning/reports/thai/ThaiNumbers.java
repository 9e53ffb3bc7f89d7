package th.planning.reports.thai;

/** Thai numerals. Thai offices mix ๐–๙ and 0–9 freely, often inside one number. */
public final class ThaiNumbers {
    private ThaiNumbers() {
    }

    /** Thai digits -> Arabic; everything else unchanged. Returns the same instance when there is nothing to map. */
    public static String toArabicDigits(String s) {
        if (s == null) {
            return null;
        }
        int n = s.length();
        int i = 0;
        while (i < n && !isThaiDigit(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        char[] out = s.toCharArray();
        for (; i < n; i++) {
            if (isThaiDigit(out[i])) {
                out[i] = (char) ('0' + (out[i] - '\u0E50'));
            }
        }
        return new String(out);
    }

    /** Arabic digits -> Thai, for writing values back in the form's own style. */
    public static String toThaiDigits(String s) {
        if (s == null) {
            return null;
        }
        char[] out = s.toCharArray();
        for (int i = 0; i < out.length; i++) {
            if (out[i] >= '0' && out[i] <= '9') {
                out[i] = (char) ('\u0E50' + (out[i] - '0'));
            }
        }
        return new String(out);
    }

    public static boolean isThaiDigit(char c) {
        return c >= '\u0E50' && c <= '\u0E59';
    }

    /**
     * A minus sign as typed before a number: the ASCII hyphen-minus, the Unicode minus (U+2212, what Word's
     * autocorrect and PDFs give), or the small and full-width forms. Dashes (– —) are ranges and blanks, not signs.
     */
    public static boolean isMinusSign(char c) {
        return c == '-' || c == '\u2212' || c == '\uFE63' || c == '\uFF0D';
    }

    /** Thai or Arabic digit. */
    public static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || isThaiDigit(c);
    }
}
