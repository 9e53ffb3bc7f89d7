package th.planning.reports.thai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountsTest {

    private static void assertValue(String expected, ParsedNumber p) {
        assertEquals(ValueStatus.VALUE, p.status(), () -> "status of " + p);
        assertEquals(new BigDecimal(expected), p.value());
        assertNull(p.problem());
    }

    @Test
    void convertsThaiDigitsAndLeavesEverythingElse() {
        assertEquals("9,365,800 บาท", ThaiNumbers.toArabicDigits("๙,๓๖๕,๘๐๐ บาท"));
        assertEquals("ไตรมาส 3/67 จำนวน 95,900", ThaiNumbers.toArabicDigits("ไตรมาส ๓/๖๗ จำนวน ๙๕,๙๐๐"));
        assertEquals("0123456789", ThaiNumbers.toArabicDigits("๐๑๒๓๔๕๖๗๘๙"));
        assertEquals("๒๕๖๗", ThaiNumbers.toThaiDigits("2567"));
        assertNull(ThaiNumbers.toArabicDigits(null));
    }

    @Test
    void readsAmountBeforeWordsInParenthesesFromSeedReport1() {
        ParsedNumber p = Amounts.parseAmount("จำนวน ๙,๓๖๕,๘๐๐ บาท (เก้าล้านสามแสนหกหมื่นห้าพันแปดร้อยบาทถ้วน)");
        assertValue("9365800.00", p);
        assertEquals("๙,๓๖๕,๘๐๐", p.evidence());
    }

    @Test
    void readsAmountAfterItemNumberNotTheItemNumber() {
        // seed line 3495: the "๙.๓" item number must not be read as 9.3 baht
        assertValue("2366357.00",
                Amounts.parseAmount("- ๙.๓ งบประมาณซึ่งดำเนินการเบิกจ่ายแล้ว จำนวน ๒,๓๖๖,๓๕๗ บาท (สองล้านสามแสนหกหมื่นสามร้อยห้าสิบบาทถ้วน)"));
    }

    @ParameterizedTest(name = "seed amount {0}")
    @CsvSource(delimiter = '|', value = {
            // every digit spelling of a money amount in the seed (fy2567-annual-reports.txt)
            "จำนวน ๑๐,๐๐๐,๐๐๐.๐๐ บาท (สิบล้านบาทถ้วน)|10000000.00",
            "มูลค่าโครงการตามการจัดสรรงบประมาณ ๘,๑๓๖,๒๐๐บาท (แปดล้าน|8136200.00",
            "จำนวน ๒,๓๐๐,๐๐๐บาท|2300000.00",
            "จำนวน จำนวน ๕,๒๗๕,๑๐๐ บาท (ห้าล้านสองแสนเจ็ดหมื่นห้าพันหนึ่งร้อยบาทถ้วน)|5275100.00",
            "๖๕,๐๗๗.๘๖|65077.86",
            "จำนวน ๖๕,๐๗๗.๘๖ บาท (หกหมื่นห้าพันเจ็ดสิบเจ็ดบาทแปดสิบหกสตางค์)|65077.86",
            "จำนวน ๑๖,๓๑๑,๑๕๕.๕๐ บาท|16311155.50",
            "จำนวน ๓๙,๖๘๔,๗๓๔.๘๐ บาท|39684734.80",
            "ดำเนินการเบิกจ่าย ๓,๓๕๗,๖๘๐.๓๐ บาท|3357680.30",
            "จำนวน ๘,๑๐๕,๘๑๖.๔๖ บาท|8105816.46",
            "จำนวน ๑๘,๓๐๗,๙๑๕.๒๑ บาท|18307915.21",
            "จำนวน ๑๘,๘๖๓,๒๘๗.๑๔ บาท|18863287.14",
            "จำนวน ๑,๙๕๕,๐๒๔.๘๐ บาท|1955024.80",
            "ไตรมาสที่ ๓/๖๗ จำนวน ๙๕,๙๐๐ บาท)|95900.00",
            "จำนวน ๗๔๙,๔๐๐ บาท|749400.00",
            "จำนวน ๓๐,๐๐๐ บาท (สามหมื่นบาทถ้วน)|30000.00",
            "จำนวน ๔๑,๓๒๐,๑๐๐ บาท|41320100.00",
            "เติมเงิน ๑๐,๐๐๐ บาท ผ่าน Digital Wallet|10000.00",
            "(๒,๒๘๑ รายการ)|2281.00",
            "9,365,800 บาท|9365800.00",
            "๙,365,๘๐๐ บาท|9365800.00",
            "ลงทุน 1500 บาท|1500.00",
            "๑.๕ บาท|1.50",
            "จำนวน...๗,๗๙๒,๑๐๖...บาท|7792106.00",
    })
    void readsEverySeedAmountSpelling(String text, String expected) {
        assertValue(expected, Amounts.parseAmount(text));
    }

    @ParameterizedTest(name = "nil {0}")
    @CsvSource(delimiter = '|', value = {
            // seed: the disbursed amount left as a dash inside the dotted blank
            "จำนวน.....-..... บาท|.....-.....",
            "จำนวน.....-.....บาท|.....-.....",
            "จำนวน.....-..... บาท (-)|.....-.....",
            "จำนวน.....-..... บาท (- บาทถ้วน)|.....-.....",
            "มูลค่าโครงการตามการจัดสรรงบประมาณ - บาท (ไม่ใช้งบประมาณ)|-",
            "ใช้จ่ายในปีงบประมาณ พ.ศ. ๒๕๖๖ จำนวน - บาท|-",
            "-|-",
            "– บาท|–",
    })
    void readsDashAsNilZero(String text, String evidence) {
        ParsedNumber p = Amounts.parseAmount(text);
        assertEquals(ValueStatus.NIL, p.status());
        assertEquals(new BigDecimal("0.00"), p.value());
        assertEquals(evidence, p.evidence());
    }

    @ParameterizedTest(name = "blank {0}")
    @CsvSource(delimiter = '|', value = {
            // seed: "จำนวน.....บาท", also with words "(-บาทถ้วน)" after it: the words are not the amount
            "จำนวน.....บาท",
            "จำนวน.....บาท (-บาทถ้วน)",
            "จำนวน.....บาท(-บาทถ้วน)",
            ".....",
            "______",
            "จำนวน บาท",
    })
    void readsDotsAsBlankWithoutValue(String text) {
        ParsedNumber p = Amounts.parseAmount(text);
        assertEquals(ValueStatus.BLANK, p.status(), p::toString);
        assertNull(p.value());
    }

    @Test
    void flagsBadGroupingFromSeedReport26InsteadOfGuessing() {
        // seed: "เสนอราคาเป็นเงินทั้งสิ้น ๗,๗๐๐๐,๐๐๐ บาท" — 7,700,000 or 77,000,000? Never guess.
        ParsedNumber p = Amounts.parseAmount("เสนอราคาเป็นเงินทั้งสิ้น ๗,๗๐๐๐,๐๐๐ บาท</p>");
        assertEquals(ValueStatus.MALFORMED, p.status());
        assertNull(p.value());
        assertEquals("๗,๗๐๐๐,๐๐๐", p.evidence());
        assertEquals("bad thousands grouping", p.problem());
    }

    @ParameterizedTest(name = "malformed {0}")
    @CsvSource(delimiter = '|', value = {
            "๑,๒๓,๔๕๖ บาท|bad thousands grouping",
            "๑๒๓๔,๕๖๗ บาท|bad thousands grouping",
            "1.234.567 บาท|more than one decimal point",
            "1,234.567 บาท|more than 2 decimal places",
            "๙ ๓๖๕ ๘๐๐ บาท|digits separated by spaces",
    })
    void flagsMalformedNumbers(String text, String problem) {
        ParsedNumber p = Amounts.parseAmount(text);
        assertEquals(ValueStatus.MALFORMED, p.status());
        assertNull(p.value());
        assertEquals(problem, p.problem());
    }

    @Test
    void reportsAbsentForNoText() {
        assertEquals(ValueStatus.ABSENT, Amounts.parseAmount(null).status());
        assertEquals(ValueStatus.ABSENT, Amounts.parseAmount("  \u200B ").status());
        assertEquals(ValueStatus.ABSENT, Amounts.parsePercent("").status());
    }

    @Test
    void ignoresZeroWidthSpacesInsideAmount() {
        assertValue("9365800.00", Amounts.parseAmount("๙,๓๖๕\u200B,๘๐๐ บาท"));
    }

    @ParameterizedTest(name = "seed percent {0}")
    @CsvSource(delimiter = '|', value = {
            // every percentage spelling in the seed
            "คิดเป็นร้อยละ.....๓๕.....ของเป้าหมายทั้งโครงการ|35.00",
            "คิดเป็นร้อยละ.....๑๐๐.....ของเป้าหมายทั้งโครงการ|100.00",
            "คิดเป็นร้อยละ...๑๐๐...ของเป้าหมายทั้งโครงการ|100.00",
            "คิดเป็นร้อยละ...๑๕.....ของเป้าหมายทั้งโครงการ|15.00",
            "คิดเป็นร้อยละ.....๑๐๐.... ของเป้าหมายทั้งโครงการ|100.00",
            "คิดเป็นร้อยละ.....๗๙.๗๕.....ของเป้าหมายทั้งโครงการ|79.75",
            "คิดเป็นร้อยละ.....๗๕.๐๐.....ของเป้าหมายทั้งโครงการ|75.00",
            "คิดเป็นร้อยละ.....๑๑๑.....ของเป้าหมายทั้งโครงการ|111.00",
            "ร้อยละ ๓๕|35.00",
            "ร้อยละ ๑๐๐|100.00",
            "ร้อยละ ๑๐๐.๐๐|100.00",
            "ร้อยละ ๙๙.๕๕|99.55",
            "ร้อยละ ๘๙.๕๐ |89.50",
            "ร้อยละ ๘๗.๘๒  |87.82",
            "ร้อยละ ๒๘.๐๗ |28.07",
            "ร้อยละ ๑๐.๕๐ |10.50",
            "ร้อยละ 100.00|100.00",
            "ร้อยละ                      31.83 |31.83",
            "ร้อยละ๘๐ของเป้าหมาย|80.00",
            "๓๕%|35.00",
            "ไม่น้อยกว่า ๘๐ % ของรายการทั้งหมด|80.00",
            "ไม่น้อยกว่า ๘๐% และรายงานผล|80.00",
            "๗.๗๐%|7.70",
            "๘๐.๒๕%|80.25",
            "๙๙.๙๙%|99.99",
            ".....๗๙.๗๕.....|79.75",
            "๗๕.๐๐|75.00",
            "๑%|1.00",
    })
    void readsEverySeedPercentSpelling(String text, String expected) {
        assertValue(expected, Amounts.parsePercent(text));
    }

    @Test
    void readsPercentDashAsNilAndDotsAsBlank() {
        assertEquals(ValueStatus.NIL, Amounts.parsePercent("ร้อยละ.....-.....ของเป้าหมาย").status());
        assertEquals(ValueStatus.NIL, Amounts.parsePercent("-").status());
        assertEquals(ValueStatus.BLANK, Amounts.parsePercent("ร้อยละ..........ของเป้าหมาย").status());
        // seed: a bare "ร้อยละ" heading cell with nothing after it
        assertEquals(ValueStatus.BLANK, Amounts.parsePercent("ร้อยละ").status());
        assertEquals(ValueStatus.MALFORMED, Amounts.parsePercent("ร้อยละ ๗๙..๗๕").status());
    }

    @Test
    void readsAnAmountStatedInMillionsOfBaht() {
        assertValue("2500000.00", Amounts.parseAmount("จำนวน ๒.๕ ล้านบาท"));
        assertValue("9365800.00", Amounts.parseAmount("9.3658 ล้าน บาท"));
        assertValue("10000000.00", Amounts.parseAmount("วงเงิน ๑๐ ล้านบาท (สิบล้านบาทถ้วน)"));
        assertEquals(ValueStatus.MALFORMED, Amounts.parseAmount("1.23456789 ล้านบาท").status());
    }

    @Test
    void millionInTheWordsIsNotAnAmountInMillions() {
        assertValue("9365800.00", Amounts.parseAmount("จำนวน ๙,๓๖๕,๘๐๐ บาท เก้าล้านสามแสนหกหมื่นห้าพันแปดร้อยบาทถ้วน"));
    }

    @Test
    void readsTheThaiDashAfterAnAmount() {
        assertValue("9365800.00", Amounts.parseAmount("จำนวน ๙,๓๖๕,๘๐๐.- บาท"));
    }

    // Issue 21.3: an amount the form cannot mean is never changed into another one.

    @ParameterizedTest(name = "exponent {0}")
    @CsvSource(delimiter = '|', value = {"1e30|1e30", "1E+30|1E+30", "จำนวน 1E+30 บาท|1E+30", "ร้อยละ 1e2|1e2"})
    void exponentNotationIsMalformedNotItsLastDigits(String text, String evidence) {
        ParsedNumber p = text.startsWith("ร้อยละ") ? Amounts.parsePercent(text) : Amounts.parseAmount(text);
        assertEquals(ValueStatus.MALFORMED, p.status(), () -> "status of " + p);
        assertNull(p.value());
        assertEquals(evidence, p.evidence());
        assertEquals("exponent notation", p.problem());
    }

    @ParameterizedTest(name = "negative {0}")
    @CsvSource(delimiter = '|', value = {
            "-๒๐,๑๐๐,๐๐๐|-20100000.00|-๒๐,๑๐๐,๐๐๐|negative (minus sign)",
            "จำนวน -๒๐,๑๐๐,๐๐๐ บาท (ยี่สิบล้านหนึ่งแสนบาทถ้วน)|-20100000.00|-๒๐,๑๐๐,๐๐๐|negative (minus sign)",
            "−5,000,000.00|-5000000.00|−5,000,000.00|negative (minus sign)",
            "จำนวน −5,000,000.00 บาท|-5000000.00|−5,000,000.00|negative (minus sign)",
            "(๑๘,๐๘๕,๕๐๐)|-18085500.00|(๑๘,๐๘๕,๕๐๐)|negative (in parentheses)",
            "จำนวน.....(๑๘,๐๘๕,๕๐๐).....บาท|-18085500.00|(๑๘,๐๘๕,๕๐๐)|negative (in parentheses)",
            "จำนวน (๑๘,๐๘๕,๕๐๐) บาท (สิบแปดล้านแปดหมื่นห้าพันห้าร้อยบาทถ้วน)|-18085500.00|(๑๘,๐๘๕,๕๐๐)|negative (in parentheses)"})
    void negativeAmountsKeepTheirSignAndSaySo(String text, String value, String evidence, String problem) {
        ParsedNumber p = Amounts.parseAmount(text);
        assertEquals(ValueStatus.VALUE, p.status(), () -> "status of " + p);
        assertEquals(new BigDecimal(value), p.value());
        assertEquals(evidence, p.evidence());
        assertEquals(problem, p.problem());
    }

    @Test
    void negativePercentKeepsItsSign() {
        assertEquals(new BigDecimal("-5.00"), Amounts.parsePercent("ร้อยละ -๕").value());
    }

    @Test
    void dotsAndDashesKeepTheirMeaningBesideSigns() {
        assertEquals(ValueStatus.NIL, Amounts.parseAmount("จำนวน.....-..... บาท").status());
        assertEquals(new BigDecimal("0.00"), Amounts.parseAmount("จำนวน.....-..... บาท").value());
        assertEquals(ValueStatus.BLANK, Amounts.parseAmount("จำนวน.......... บาท").status());
        assertEquals(ValueStatus.NIL, Amounts.parseAmount("−").status());
        // a range's dash is not the second number's sign, and digits repeated in parentheses are no negative
        assertValue("10.00", Amounts.parseAmount("๑๐-๒๐"));
        assertValue("9365800.00", Amounts.parseAmount("๙,๓๖๕,๘๐๐ (๙,๓๖๕,๘๐๐)"));
    }

    // Issue 21.2: a number with more digits than its warehouse column holds is MALFORMED, quoted as typed.

    @ParameterizedTest(name = "too large {0}")
    @CsvSource(delimiter = '|', value = {
            "12345678901234567890123456789012345678901234567890",
            "12,345,678,901,234,567.89",
            "จำนวน ๑๒,๓๔๕,๖๗๘,๙๐๑,๒๓๔,๕๖๗.๘๙ บาท",
            "99999999999999999.99"})
    void amountsPastDecimal18_2AreMalformed(String text) {
        ParsedNumber p = Amounts.parseAmount(text);
        assertEquals(ValueStatus.MALFORMED, p.status(), () -> "status of " + p);
        assertNull(p.value());
        assertEquals(text.replace("จำนวน ", "").replace(" บาท", ""), p.evidence());
        assertEquals("more than 16 digits before the decimal point (the warehouse's DECIMAL(18,2))", p.problem());
    }

    @Test
    void theLargestAmountThatFitsIsAValue() {
        assertValue("9999999999999999.99", Amounts.parseAmount("9,999,999,999,999,999.99"));
        assertEquals(ValueStatus.MALFORMED, Amounts.parseAmount("๑๐,๐๐๐,๐๐๐,๐๐๐ ล้านบาท").status());
    }

    @Test
    void progressPastDecimal7_2IsMalformed() {
        ParsedNumber p = Amounts.parsePercent("ร้อยละ -99999999999999999999.5");
        assertEquals(ValueStatus.MALFORMED, p.status());
        assertEquals("-99999999999999999999.5", p.evidence());
        assertEquals(ValueStatus.MALFORMED, Amounts.parsePercent("99999.999").status(), "rounds to 100000.00");
        assertEquals(new BigDecimal("99999.99"), Amounts.parsePercent("99999.99").value());
    }

    @Test
    void minusSignsAreTheHyphenAndUnicodesMinusNotDashes() {
        assertEquals(true, ThaiNumbers.isMinusSign('-'));
        assertEquals(true, ThaiNumbers.isMinusSign('−'));
        assertEquals(false, ThaiNumbers.isMinusSign('–'));
        assertEquals(false, ThaiNumbers.isMinusSign('.'));
    }
}
