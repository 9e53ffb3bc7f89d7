package th.planning.reports.thai;

import java.lang.reflect.Method;
import java.text.StringCharacterIterator;

/**
 * Repairs marks that slid past the next consonant ("ตวัชวีดั" for "ตัวชีวัด"), which orthography alone cannot
 * tell from real text. ICU4J ships the Thai word list its break iterator uses but exposes it only internally
 * (com.ibm.icu.impl.breakiter.DictionaryData), so it is reached by reflection; if that ever fails, no repair is
 * made and the text is left alone.
 */
final class ThaiDictionary {
    private static final Object MATCHER;
    private static final Method MATCHES;

    static {
        Object matcher = null;
        Method matches = null;
        try {
            Class<?> data = Class.forName("com.ibm.icu.impl.breakiter.DictionaryData");
            Method load = data.getDeclaredMethod("loadDictionaryFor", String.class);
            load.setAccessible(true);
            matcher = load.invoke(null, "Thai");
            Class<?> type = Class.forName("com.ibm.icu.impl.breakiter.DictionaryMatcher");
            matches = type.getDeclaredMethod("matches", java.text.CharacterIterator.class, int.class, int[].class,
                    int[].class, int.class);
            matches.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            matcher = null;
            matches = null;
        }
        MATCHER = matcher;
        MATCHES = matches;
    }

    private ThaiDictionary() {
    }

    static boolean available() {
        return MATCHER != null;
    }

    /** ั must be followed by a consonant (after an optional tone); anything else means a mark slid. */
    static boolean hasSlidMarks(String s) {
        for (int i = s.indexOf(ThaiChars.MAI_HAN_AKAT); i >= 0; i = s.indexOf(ThaiChars.MAI_HAN_AKAT, i + 1)) {
            int j = i + 1;
            if (j < s.length() && ThaiChars.isTone(s.charAt(j))) {
                j++;
            }
            if (j >= s.length() || !ThaiChars.isConsonant(s.charAt(j))) {
                return true;
            }
        }
        return false;
    }

    /** Shifts marks back one consonant in each Thai run that needs it, where the dictionary reads the result whole. */
    static String repairSlidMarks(String s) {
        if (!available()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (!isThai(s.charAt(i))) {
                out.append(s.charAt(i++));
                continue;
            }
            int j = i;
            while (j < s.length() && isThai(s.charAt(j))) {
                j++;
            }
            String run = s.substring(i, j);
            String fixed = run;
            if (hasSlidMarks(run) && !fullyWords(run)) {
                String candidate = shiftMarksBack(run);
                if (candidate != null && fullyWords(candidate)) {
                    fixed = candidate;
                }
            }
            out.append(fixed);
            i = j;
        }
        return out.toString();
    }

    private static boolean isThai(char c) {
        return c >= '\u0E01' && c <= '\u0E4E';
    }

    /** Each consonant's marks go to the consonant before it; null when the first consonant carries marks. */
    static String shiftMarksBack(String run) {
        char[] out = new char[run.length()];
        int o = 0;
        int lastConsonantEnd = -1; // index in out just after the previous consonant
        int i = 0;
        while (i < run.length()) {
            char c = run.charAt(i);
            if (ThaiChars.isConsonant(c)) {
                int j = i + 1;
                while (j < run.length() && ThaiChars.isCombining(run.charAt(j))) {
                    j++;
                }
                if (j > i + 1) {
                    if (lastConsonantEnd < 0) {
                        return null;
                    }
                    int len = j - i - 1;
                    System.arraycopy(out, lastConsonantEnd, out, lastConsonantEnd + len, o - lastConsonantEnd);
                    run.getChars(i + 1, j, out, lastConsonantEnd);
                    o += len;
                }
                out[o++] = c;
                lastConsonantEnd = o;
                i = j;
            } else {
                out[o++] = c;
                i++;
            }
        }
        return new String(out, 0, o);
    }

    /** True when the run splits completely into dictionary words. */
    static boolean fullyWords(String run) {
        int n = run.length();
        boolean[] reach = new boolean[n + 1];
        reach[0] = true;
        int[] lengths = new int[64];
        int[] count = new int[1];
        try {
            for (int i = 0; i < n; i++) {
                if (!reach[i]) {
                    continue;
                }
                StringCharacterIterator it = new StringCharacterIterator(run, i, n, i);
                MATCHES.invoke(MATCHER, it, n - i, lengths, count, lengths.length);
                for (int k = 0; k < count[0]; k++) {
                    if (i + lengths[k] <= n) {
                        reach[i + lengths[k]] = true;
                    }
                }
            }
        } catch (ReflectiveOperationException e) {
            return false;
        }
        return reach[n];
    }
}
