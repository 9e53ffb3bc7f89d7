package th.planning.reports.extract;

import java.math.BigDecimal;

/**
 * An amount of money the form states outside ๙.๑–๙.๓, with the sentence it came from.
 *
 * @param seq          1.. in the form's order
 * @param kind         what the amount is (see {@link MoneyMentions} for the kinds)
 * @param quarter      the fiscal quarter it is for, or null
 * @param fiscalYearBe the fiscal year it is for, or null
 * @param amount       in baht; 0.00 for a dash ("จำนวน - บาท")
 * @param sentence     the passage it was read from, as typed
 * @param section      the form's section ("3", "9", "13", …)
 */
public record MoneyMention(int seq, String kind, Integer quarter, Integer fiscalYearBe, BigDecimal amount,
                           String sentence, String section) {
}
