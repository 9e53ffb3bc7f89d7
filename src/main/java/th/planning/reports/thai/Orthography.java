package th.planning.reports.thai;

/** Counts what cannot be correct Thai text, to measure extraction damage before and after canonicalization. */
public final class Orthography {
    private Orthography() {
    }

    /**
     * One per: combining mark with no base; second above-vowel or second tone on one base (a doubled mark counts);
     * mark after สระอำ; U+FFFD; Private Use Area character.
     */
    public static int countViolations(String s) {
        if (s == null) {
            return 0;
        }
        int count = 0;
        boolean inCluster = false; // a consonant (or ฤ/ฦ etc.) has been seen and only marks followed
        int above = 0;
        int tones = 0;
        boolean afterAm = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ThaiChars.REPLACEMENT || ThaiChars.isPua(c)) {
                count++;
                inCluster = false;
                afterAm = false;
                continue;
            }
            if (ThaiChars.isCombining(c)) {
                if (afterAm) {
                    count++;
                } else if (!inCluster) {
                    count++;
                } else if (ThaiChars.isAboveVowel(c) && ++above > 1) {
                    count++;
                } else if (ThaiChars.isTone(c) && ++tones > 1) {
                    count++;
                }
                continue;
            }
            if (c == ThaiChars.SARA_AM && (afterAm || !inCluster)) {
                count++; // อำ doubled or with no consonant
            }
            afterAm = c == ThaiChars.SARA_AM;
            inCluster = ThaiChars.isConsonant(c) || c == '\u0E24' || c == '\u0E26';
            above = 0;
            tones = 0;
        }
        return count;
    }
}
