package th.planning.reports.thai;

import java.text.Normalizer;

import static th.planning.reports.thai.ThaiChars.NIKHAHIT;
import static th.planning.reports.thai.ThaiChars.REPLACEMENT;
import static th.planning.reports.thai.ThaiChars.SARA_AA;
import static th.planning.reports.thai.ThaiChars.SARA_AM;

/**
 * Canonical Thai for text out of PDFs and Word. Runs on every line of every file, so a line that needs nothing is
 * recognised by one char loop and returned as is; repairs work on one consonant cluster at a time without regex.
 */
public final class ThaiText {
    private ThaiText() {
    }

    public static String canonicalize(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        String r = needsRepair(s) ? repair(s) : s;
        if (ThaiDictionary.hasSlidMarks(r)) {
            r = ThaiDictionary.repairSlidMarks(r);
        }
        return Normalizer.isNormalized(r, Normalizer.Form.NFC) ? r : Normalizer.normalize(r, Normalizer.Form.NFC);
    }

    /** Cheap check for anything {@link #repair} would change. */
    static boolean needsRepair(String s) {
        char prev = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '\u0E00') {
                if (c == '\u00AD') {
                    return true;
                }
                prev = c;
                continue;
            }
            if (c > '\u0E7F') {
                if (c == REPLACEMENT || ThaiChars.isZeroWidth(c) || ThaiChars.fromPua(c) != 0) {
                    return true;
                }
                prev = c;
                continue;
            }
            if (c == NIKHAHIT || (c == '\u0E40' && prev == '\u0E40')) {
                return true;
            }
            if (c == SARA_AM) {
                if (prev == SARA_AM) {
                    return true;
                }
            } else if (ThaiChars.isCombining(c)) {
                if (prev == c || prev == SARA_AM || !(ThaiChars.isConsonant(prev) || ThaiChars.isCombining(prev))) {
                    return true; // doubled, after อำ, or with no base
                }
                if (ThaiChars.isCombining(prev) && ThaiChars.order(prev) > ThaiChars.order(c)) {
                    return true;
                }
                if (prev == SARA_AA && ThaiChars.isTone(c)) {
                    return true;
                }
            } else if (c == SARA_AA && prev == SARA_AM) {
                return true;
            }
            prev = c;
        }
        return false;
    }

    /** Rebuilds each cluster: base, vowel mark, tone, other marks, then อำ; drops doubles and stray U+FFFD. */
    static String repair(String in) {
        StringBuilder out = new StringBuilder(in.length());
        int n = in.length();
        int i = 0;
        while (i < n) {
            char c = mapChar(in.charAt(i));
            if (c == 0) {
                i++;
                continue;
            }
            if (c == '\u0E40' && i + 1 < n && mapChar(in.charAt(i + 1)) == '\u0E40') {
                out.append('\u0E41'); // เเ typed for แ
                i += 2;
                continue;
            }
            if (!ThaiChars.isConsonant(c)) {
                out.append(c);
                i++;
                continue;
            }
            i = cluster(in, i, out);
        }
        return out.toString();
    }

    private static boolean isLeadingVowel(char c) {
        return c >= '\u0E40' && c <= '\u0E44';
    }

    /** PUA glyph variants to real characters; 0 for characters to drop (zero-width). */
    private static char mapChar(char c) {
        if (ThaiChars.isZeroWidth(c)) {
            return 0;
        }
        char p = ThaiChars.fromPua(c);
        return p != 0 ? p : c;
    }

    private static int cluster(String in, int start, StringBuilder out) {
        int n = in.length();
        char base = mapChar(in.charAt(start));
        char vowel = 0;
        char tone = 0;
        char other = 0;
        boolean am = false;
        boolean aa = false;
        boolean nikhahit = false;
        boolean replacement = false;
        char trailing = 0; // a leading vowel that the marks slid past
        StringBuilder extra = null; // second different vowel or tone: kept, and counted as violations
        int i = start + 1;
        while (i < n) {
            char c = mapChar(in.charAt(i));
            if (c == 0) {
                i++;
                continue;
            }
            if (ThaiChars.isAboveVowel(c) || ThaiChars.isBelowVowel(c)) {
                if (vowel == 0) {
                    vowel = c;
                } else if (vowel != c) {
                    extra = (extra == null ? new StringBuilder() : extra).append(c);
                }
            } else if (ThaiChars.isTone(c)) {
                if (tone == 0) {
                    tone = c;
                } else if (tone != c) {
                    extra = (extra == null ? new StringBuilder() : extra).append(c);
                }
            } else if (c == NIKHAHIT) {
                nikhahit = true;
            } else if (c == '\u0E4C' || c == '\u0E4E') {
                other = c;
            } else if (c == SARA_AM) {
                am = true;
            } else if (c == REPLACEMENT) {
                replacement = true;
            } else if (c == SARA_AA && !am && i + 1 < n && mapChar(in.charAt(i + 1)) == NIKHAHIT) {
                am = true; // า + ํ: อำ with its parts swapped
                i++;
            } else if ((c == ' ' || isLeadingVowel(c)) && i + 1 < n && ThaiChars.isCombining(mapChar(in.charAt(i + 1)))
                    && (trailing == 0 || c == ' ')) {
                // A mark after a space or a leading vowel has no base there: PDF extraction drew it after the
                // next glyph; it belongs to this consonant. A leading vowel is put back after the cluster.
                if (c != ' ') {
                    trailing = c;
                }
            } else if (c == SARA_AA && !aa && !am) {
                // า is part of this cluster only when a mark that belongs before it follows ("ลา้น"),
                // it completes นิคหิต into อำ, or the glyph before it was lost (ส + U+FFFD + า = สำ).
                int j = i + 1;
                while (j < n && mapChar(in.charAt(j)) == 0) {
                    j++;
                }
                char next = j < n ? mapChar(in.charAt(j)) : 0;
                if (nikhahit || (replacement && vowel == 0)) {
                    am = true;
                    nikhahit = false;
                    replacement = false;
                } else if (ThaiChars.isTone(next) && tone == 0) {
                    aa = true;
                } else {
                    break;
                }
            } else if (c == SARA_AA && am) {
                // "ำา": the อา half of อำ drawn twice
            } else {
                break;
            }
            i++;
        }
        int baseAt = out.length();
        int prevBase = baseAt - 1;
        while (prevBase >= 0 && ThaiChars.isCombining(out.charAt(prevBase))) {
            prevBase--;
        }
        if (extra != null && extra.length() == 1 && prevBase >= 0 && ThaiChars.isConsonant(out.charAt(prevBase))) {
            // Two vowels or two tones here and none of that kind on the consonant before: one of them was drawn
            // over that consonant and extracted after this one (Acrobat: "มตัิ" for "มัติ", "ูป่้" for "ู้ป่").
            char m = extra.charAt(0);
            boolean isTone = ThaiChars.isTone(m);
            boolean free = true;
            for (int k = prevBase + 1; k < baseAt; k++) {
                char x = out.charAt(k);
                free &= isTone ? !ThaiChars.isTone(x) && ThaiChars.order(x) == 0
                        : !(ThaiChars.isAboveVowel(x) || ThaiChars.isBelowVowel(x));
            }
            if (free) {
                if (isTone) {
                    out.insert(baseAt, m);
                } else {
                    out.insert(prevBase + 1, vowel);
                    vowel = m;
                }
                baseAt++;
                extra = null;
            }
        }
        out.append(base);
        if (vowel != 0) {
            out.append(vowel);
        }
        if (tone != 0) {
            out.append(tone);
        }
        if (other != 0) {
            out.append(other);
        }
        if (extra != null) {
            out.append(extra);
        }
        if (nikhahit && !am) {
            out.append(NIKHAHIT);
        }
        if (am) {
            out.append(SARA_AM);
        }
        if (aa) {
            out.append(SARA_AA);
        }
        if (replacement && !am && vowel == 0 && tone == 0 && other == 0) {
            out.append(REPLACEMENT); // a lost glyph we cannot name stays visible
        }
        if (trailing != 0) {
            out.append(trailing);
        }
        return i;
    }
}
