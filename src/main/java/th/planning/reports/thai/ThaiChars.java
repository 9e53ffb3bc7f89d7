package th.planning.reports.thai;

/** Classes of Thai characters, as orthography sees them. */
final class ThaiChars {
    static final char SARA_AA = '\u0E32';
    static final char SARA_AM = '\u0E33';
    static final char NIKHAHIT = '\u0E4D';
    static final char MAI_HAN_AKAT = '\u0E31';
    static final char REPLACEMENT = '\uFFFD';

    private ThaiChars() {
    }

    static boolean isConsonant(char c) {
        return c >= '\u0E01' && c <= '\u0E2E';
    }

    /** Above vowels (ั ิ ี ึ ื ็). */
    static boolean isAboveVowel(char c) {
        return c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E37') || c == '\u0E47';
    }

    static boolean isBelowVowel(char c) {
        return c >= '\u0E38' && c <= '\u0E3A';
    }

    static boolean isTone(char c) {
        return c >= '\u0E48' && c <= '\u0E4B';
    }

    /** Marks that sit on a base: vowels above/below, tones, ์, ํ, ๎. */
    static boolean isCombining(char c) {
        return isAboveVowel(c) || isBelowVowel(c) || (c >= '\u0E48' && c <= '\u0E4E');
    }

    static boolean isPua(char c) {
        return c >= '\uE000' && c <= '\uF8FF';
    }

    static boolean isZeroWidth(char c) {
        return (c >= '\u200B' && c <= '\u200D') || c == '\uFEFF' || c == '\u00AD';
    }

    /** Canonical order of marks on one base: vowel above/below, then tone, then ์/๎, then ํ (which goes into ำ). */
    static int order(char c) {
        if (isAboveVowel(c) || isBelowVowel(c)) {
            return 0;
        }
        if (isTone(c)) {
            return 1;
        }
        if (c == NIKHAHIT) {
            return 3;
        }
        return 2;
    }

    /**
     * Windows Thai PUA glyph variants U+F700–U+F71A (shifted or descender-less forms), as named in the TLWG fonts'
     * post tables (uni0E10.descless, uni0E34.left, …). Apple's U+F884–U+F89E block has the same 27 forms in the same
     * order.
     */
    private static final char[] PUA = {
        '\u0E10', '\u0E34', '\u0E35', '\u0E36', '\u0E37', '\u0E48', '\u0E49', '\u0E4A', '\u0E4B', '\u0E4C',
        '\u0E48', '\u0E49', '\u0E4A', '\u0E4B', '\u0E4C', '\u0E0D', '\u0E31', '\u0E4D', '\u0E47', '\u0E48',
        '\u0E49', '\u0E4A', '\u0E4B', '\u0E4C', '\u0E38', '\u0E39', '\u0E3A'};

    /** The real character for a Thai PUA glyph variant, or 0. */
    static char fromPua(char c) {
        if (c >= '\uF700' && c <= '\uF71A') {
            return PUA[c - '\uF700'];
        }
        if (c >= '\uF884' && c <= '\uF89E') {
            return PUA[c - '\uF884'];
        }
        return 0;
    }
}
