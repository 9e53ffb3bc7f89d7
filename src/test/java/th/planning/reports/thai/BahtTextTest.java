package th.planning.reports.thai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BahtTextTest {

    private static void assertReads(String expected, String words) {
        BahtTextResult r = BahtText.parse(words);
        assertTrue(r.complete(), () -> words + " -> " + r);
        assertEquals(new BigDecimal(expected), r.value());
        assertNull(r.problem());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // words that occur in the seed, each with the value it says
            "เก้าล้านสามแสนหกหมื่นห้าพันแปดร้อยบาทถ้วน|9365800.00",
            "หกหมื่นห้าพันเจ็ดสิบเจ็ดบาทแปดสิบหกสตางค์|65077.86",
            "ยี่สิบล้านบาทหนึ่งแสนบาทถ้วน|20100000.00",
            "ยี่สิบล้านบาทสี่แสนห้าพันสองร้อยบาทถ้วน|20405200.00",
            "ยี่สิบล้านหนึ่งแสนบาทถ้วน|20100000.00",
            "สิบล้านบาทถ้วน|10000000.00",
            "สี่สิบเอ็ดล้านสามแสนสองหมื่นหนึ่งร้อยบาทถ้วน|41320100.00",
            "สองล้านสองแสนหกหมื่นเจ็ดพันเก้าร้อยสิบเอ็ดบาทถ้วน|2267911.00",
            "สามล้านสามแสนห้าหมื่นเจ็ดพันหกร้อยแปดสิบบาทสามสตางค์|3357680.03",
            "แปดล้านหนึ่งแสนห้าพันแปดร้อยสิบหกบาทสี่สิบหกสตางค์|8105816.46",
            "สิบแปดล้านแปดแสนหกหมื่นสามพันสองร้อยแปดสิบเจ็ดบาทสิบสี่สตางค์|18863287.14",
            "สองล้านสามแสนหกหมื่นสามร้อยห้าสิบบาทถ้วน|2360350.00",
            "หกแสนหกหมื่นบาทถ้วน|660000.00",
            "สามหมื่นบาทถ้วน|30000.00",
            "หนึ่งล้านเก้าหมื่นสามร้อยบาทถ้วน|1090300.00",
            "สี่ล้านเจ็ดหมื่นสองร้อยบาทถ้วน|4070200.00",
            // seed line 3811: ถ้วน without บาท still says one amount unambiguously
            "ยี่สิบเก้าล้านสองแสนแปดหมื่นสองพันถ้วน|29282000.00",
            // edge cases
            "หนึ่งร้อยเอ็ดบาทถ้วน|101.00",
            "หนึ่งร้อยหนึ่งบาทถ้วน|101.00",
            "สิบเอ็ดบาท|11.00",
            "ยี่สิบเอ็ดบาทยี่สิบเอ็ดสตางค์|21.21",
            "หนึ่งล้านเอ็ดบาทถ้วน|1000001.00",
            "หนึ่งล้านล้านบาทถ้วน|1000000000000.00",
            "สองล้านห้าแสนล้านบาทถ้วน|2500000000000.00",
            "เก้าล้านเก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้าล้านเก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้าบาทถ้วน|9999999999999.00",
            "หนึ่งล้านล้านล้านบาทถ้วน|1000000000000000000.00",
            "สิบล้านบาทห้าสิบสตางค์|10000000.50",
            "ห้าสิบสตางค์|0.50",
            "ศูนย์บาทถ้วน|0.00",
            "ศูนย์บาท|0.00",
            "หนึ่งพันถ้วนบาท|1000.00",
            "(เก้าล้านสามแสนหกหมื่นห้าพันแปดร้อยบาทถ้วน)|9365800.00",
            "  เก้าล้าน สามแสน\u200Bหกหมื่น ห้าพัน\u200Cแปดร้อย บาท ถ้วน |9365800.00",
            "\uFEFFสิบบาทถ้วน|10.00",
    })
    void readsAmountInWords(String words, String expected) {
        assertReads(expected, words);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // typos from the seed: each must stop at the index of the first unreadable word, and never produce a number
            "แก้ล้านสามแสนหกหมื่นห้าพันแปดร้อยบาทถ้วน|0",
            "หกหมื่นหกกร้อยเก้าสิบบาทถ้วน|9",
            "สืบสีลันเก้าแสนหกหมื่นแปดพันสี่ร้อยบาทถ้วน|0",
            "จัดสรรส่วนเกินกว่าพันสิบล้านบาทถ้วน|0",
            "สิบหกล้านสามแสนหนึ่งหมื่นหนึ่งพันหนึ่งร้อยห้าสิบบาทห้าสิบบาทห้าสิบบาทห้าสตางค์|57",
            "สามสิบเก้าล้านหกแสนแปดหมื่นสี่พันเจ็ดร้อยสามสิบบาทแปดสิบบาทแปดสตางค์|56",
            "สิบแปดล้านสามแสนเจ็ดพันเก้าร้อยสิบห้ายี่สิบเอ็ดสตางค์|37",
            // ill-formed numbers
            "ห้าพันหกหมื่นบาทถ้วน|8",
            "หนึ่งสิบบาท|0",
            "สองสิบบาท|0",
            "ห้าหกบาท|3",
            "เอ็ดบาท|0",
            "แสนบาท|0",
            "เก้าล้าน|8",
            "บาทถ้วน|0",
            "หนึ่งร้อยสตางค์|9",
            "ห้าบาทหกสิบ|11",
            "สิบบาทถ้วน ครับ|11",
            "-บาทถ้วน|0",
            "|0",
    })
    void stopsAtTyposInsteadOfGuessing(String words, int stoppedAt) {
        BahtTextResult r = BahtText.parse(words == null ? "" : words);
        assertFalse(r.complete(), r::toString);
        assertNull(r.value());
        assertEquals(stoppedAt, r.stoppedAt(), r::toString);
        assertTrue(r.problem() != null && !r.problem().isBlank());
    }

    @Test
    void readsWordsWhoseToneMarksOcrLostInScannedReports13And22() {
        // Tesseract reads หมื่น as "หมืน" on every scanned sample report; the words are the figure's check
        assertReads("377500.00", "สามแสนเจ็ดหมืนเจ็ดพันห้าร้อยบาทถ้วน");
        assertReads("6977600.00", "หกล้านเก้าแสนเจ็ดหมืนเจ็ดพันหกร้อยบาทถ้วน");
        assertReads("4400.00", "สีพันสีรอยบาทถวน"); // every tone mark gone
        // a wrong vowel or letter is still a typo, not a guess
        assertFalse(BahtText.parse("สามแสนเจ็ดหมินเจ็ดพันบาทถ้วน").complete());
    }

    @Test
    void saysWhyItStopped() {
        assertEquals("not a number word at 'แก้ล้านสามแส…'",
                BahtText.parse("แก้ล้านสามแสนหกหมื่นห้าพันแปดร้อยบาทถ้วน").problem());
        assertEquals("expected สตางค์ after the satang at 'บาทห้าสิบบาท…'",
                BahtText.parse("ห้าสิบบาทห้าสิบบาทห้าสิบบาทห้าสตางค์").problem());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "9365800|เก้าล้านสามแสนหกหมื่นห้าพันแปดร้อยบาทถ้วน",
            "65077.86|หกหมื่นห้าพันเจ็ดสิบเจ็ดบาทแปดสิบหกสตางค์",
            "0|ศูนย์บาทถ้วน",
            "0.01|หนึ่งสตางค์",
            "0.21|ยี่สิบเอ็ดสตางค์",
            "11|สิบเอ็ดบาทถ้วน",
            "21|ยี่สิบเอ็ดบาทถ้วน",
            "101|หนึ่งร้อยหนึ่งบาทถ้วน",
            "1000001|หนึ่งล้านหนึ่งบาทถ้วน",
            "20100000|ยี่สิบล้านหนึ่งแสนบาทถ้วน",
            "2000000000000|สองล้านล้านบาทถ้วน",
            "2500000000000|สองล้านห้าแสนล้านบาทถ้วน",
            "10000000.50|สิบล้านบาทห้าสิบสตางค์",
            "1000000000000000000|หนึ่งล้านล้านล้านบาทถ้วน",
    })
    void formatsAmountInWords(String amount, String words) {
        assertEquals(words, BahtText.format(new BigDecimal(amount)));
    }

    @Test
    void refusesToFormatFractionsOfASatangOrNegatives() {
        assertThrows(ArithmeticException.class, () -> BahtText.format(new BigDecimal("1.005")));
        assertThrows(IllegalArgumentException.class, () -> BahtText.format(new BigDecimal("-1")));
    }

    @Test
    void formatThenParseIsIdentityFor20000RandomAmountsUpTo10To13() {
        Random random = new Random(20240930L);
        BigDecimal limit = new BigDecimal("10000000000000");
        for (int i = 0; i < 20_000; i++) {
            // Mix magnitudes so that small amounts and zero groups (เอ็ด, ล้านล้าน, empty groups) are all drawn.
            int digits = 1 + random.nextInt(15);
            long cents = Math.floorMod(random.nextLong(), pow10(digits));
            BigDecimal amount = BigDecimal.valueOf(cents, 2);
            if (amount.compareTo(limit) > 0) {
                amount = amount.remainder(limit);
            }
            String words = BahtText.format(amount);
            BahtTextResult r = BahtText.parse(words);
            BigDecimal expected = amount.setScale(2);
            assertTrue(r.complete(), () -> expected + " -> " + words + " -> " + r);
            assertEquals(expected, r.value(), words);
        }
        for (String edge : new String[] {"0", "0.01", "1", "10", "11", "100", "101", "1000000", "1000001",
            "10000000000000", "10000000000000.00", "9999999999999.99", "1000000000000.01"}) {
            BigDecimal a = new BigDecimal(edge).setScale(2);
            assertEquals(a, BahtText.parse(BahtText.format(a)).value(), edge);
        }
    }

    private static long pow10(int n) {
        long r = 1;
        for (int i = 0; i < n; i++) {
            r *= 10;
        }
        return r;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "๙.๑ ได้รับจัดสรรงบประมาณ จำนวน ๙,๓๖๕,๘๐๐ บาท (เก้าล้านสามแสนหกหมื่นห้าพันแปดร้อยบาทถ้วน)|เก้าล้านสามแสนหกหมื่นห้าพันแปดร้อยบาทถ้วน",
            // seed line 3351: opening parenthesis missing
            "๙.๑ ได้รับจัดสรรงบประมาณ จำนวน ๒๐,๔๐๕,๒๐๐ บาท ยี่สิบล้านสี่แสนห้าพันสองร้อยบาทถ้วน)|ยี่สิบล้านสี่แสนห้าพันสองร้อยบาทถ้วน",
            // seed line 12: words on a line of their own, typo kept for the parser to report
            "(แก้ล้านสามแสนหกหมื่นห้าพันแปดร้อยบาทถ้วน)|แก้ล้านสามแสนหกหมื่นห้าพันแปดร้อยบาทถ้วน",
            "เก้าล้านสามแสนหกหมื่นห้าพันแปดร้อยบาทถ้วน|เก้าล้านสามแสนหกหมื่นห้าพันแปดร้อยบาทถ้วน",
            // seed line 1190: a parenthesis holding digits is not words
            "(ได้รับการจัดสรรงบประมาณเพิ่มในไตรมาสที่ ๓/๖๗ จำนวน ๙๕,๙๐๐ บาท) (เก้าหมื่นห้าพันเก้าร้อยบาทถ้วน)|เก้าหมื่นห้าพันเก้าร้อยบาทถ้วน",
            "จำนวน ๑๐,๐๐๐,๐๐๐.๐๐ บาท (สิบล้านบาทถ้วน|สิบล้านบาทถ้วน",
    })
    void findsWordsInFormLine(String line, String words) {
        assertEquals(words, BahtText.findWords(line));
    }

    @Test
    void findsNoWordsWhereThereAreNone() {
        // seed: a dash for nil and "(ไม่ใช้งบประมาณ)" are not amounts in words
        assertNull(BahtText.findWords("จำนวน.....-..... บาท (-บาทถ้วน)"));
        assertNull(BahtText.findWords("มูลค่าโครงการตามการจัดสรรงบประมาณ - บาท (ไม่ใช้งบประมาณ)"));
        assertNull(BahtText.findWords("(ได้รับการจัดสรรงบประมาณเพิ่มในไตรมาสที่ ๓/๖๗ จำนวน ๙๕,๙๐๐ บาท)"));
        assertNull(BahtText.findWords("๙.๓ งบประมาณซึ่งดำเนินการเบิกจ่ายแล้ว จำนวน.....บาท"));
        assertNull(BahtText.findWords(null));
    }
}
