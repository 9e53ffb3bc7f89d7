package th.planning.reports.extract;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.planning.reports.thai.ThaiNumbers;

/**
 * What the form says about the money beyond the three figures of ๙, as flags an analyst can filter on.
 *
 * @param carriedOver            the project runs on money carried over from an earlier fiscal year
 *                               (โครงการกันเงินเหลื่อมปี ดำเนินการต่อเนื่องจากปีงบประมาณ ๒๕๖๖, §๘; or §๙'s note of
 *                               the allocation "ในปีงบประมาณ พ.ศ. ๒๕๖๖"), so ๙'s figures are not this year's allocation
 * @param carriedOverFromYearBe  the fiscal year the money was allocated in, or null
 * @param carriedOverSource      the sentence it was read from
 * @param reserved               this year's money is reserved to be disbursed after the year ends (เงินกัน /
 *                               สำรองเงิน CX / ไว้เบิกเหลื่อมปี, §๙ notes)
 * @param reservedAmount         the amount the reservation sentence states, or null when it states none
 *                               (the CX notes refer to ๙.๒'s amount as "งบประมาณดังกล่าว")
 * @param reservedSource         the sentence it was read from
 * @param contractUnsigned       §๙ says the contract is not signed yet (ยังไม่สามารถ/ยังไม่ได้ลงนามในสัญญา)
 * @param noBudget               the project uses no budget (ไม่ใช้งบประมาณ, §๓ or §๙)
 * @param noBudgetSource         the line it was read from
 */
public record BudgetSemantics(boolean carriedOver, Integer carriedOverFromYearBe, String carriedOverSource,
                              boolean reserved, BigDecimal reservedAmount, String reservedSource,
                              boolean contractUnsigned, boolean noBudget, String noBudgetSource) {

    public static final BudgetSemantics NONE =
            new BudgetSemantics(false, null, null, false, null, null, false, false, null);

    /** "ต่อเนื่องจากปีงบประมาณ ๒๕๖๖" (every spelling of เหลื่อมปี seen varies; this phrase does not). */
    private static final Pattern CONTINUED_FROM =
            Pattern.compile("ต่อเนื่องจาก\\s*ปี\\s*(?:งบประมาณ)?\\s*(?:พ\\.\\s*ศ\\.)?\\s*(\\d{4})");
    /** §๙ note: "วงเงินงบประมาณที่ได้รับจัดสรร ในปีงบประมาณ พ.ศ. ๒๕๖๖ จำนวน …". */
    private static final Pattern ALLOCATED_IN_YEAR =
            Pattern.compile("ได้รับ\\s*(?:การ)?จัดสรร\\s*(?:งบประมาณ)?\\s*ในปี\\s*(?:งบประมาณ)?\\s*(?:พ\\.\\s*ศ\\.)?\\s*(\\d{4})");
    /** Reserved for disbursement after the year: CX reserve, "ไว้เบิกเหลื่อมปี" and its misspellings. */
    private static final Pattern RESERVED = Pattern.compile("สำรองเงิน\\s*CX|\\bCX\\b|ไว้เบิกเหล|(?:กัน|กั้น|กัก)เงินไว้");
    private static final Pattern UNSIGNED = Pattern.compile("ยังไม่(?:สามารถ|ได้)\\s*ลงนาม");
    private static final Pattern NO_BUDGET = Pattern.compile("ไม่(?:ได้)?ใช้งบประมาณ");

    /**
     * Reads the flags from the lines of §๓, §๘ and §๙ (each section's lines in order, its label line first).
     *
     * @param fiscalYearBe the report's fiscal year: a "carried over" year must be before it
     */
    public static BudgetSemantics detect(List<String> s3, List<String> s8, List<String> s9, Integer fiscalYearBe) {
        boolean carried = false;
        Integer fromYear = null;
        String carriedSource = null;
        for (String p : Passages.group(s8)) {
            Matcher m = CONTINUED_FROM.matcher(ThaiNumbers.toArabicDigits(p));
            if (m.find() && before(m.group(1), fiscalYearBe)) {
                carried = true;
                fromYear = Integer.parseInt(m.group(1));
                carriedSource = p;
                break;
            }
        }
        List<String> notes9 = Passages.group(s9);
        if (!carried) {
            for (String p : notes9) {
                Matcher m = ALLOCATED_IN_YEAR.matcher(ThaiNumbers.toArabicDigits(p));
                if (m.find() && before(m.group(1), fiscalYearBe)) {
                    carried = true;
                    fromYear = Integer.parseInt(m.group(1));
                    carriedSource = p;
                    break;
                }
            }
        }
        boolean reserved = false;
        BigDecimal reservedAmount = null;
        String reservedSource = null;
        boolean unsigned = false;
        for (String p : notes9) {
            if (!reserved && RESERVED.matcher(p).find()) {
                reserved = true;
                reservedSource = p;
                reservedAmount = MoneyMentions.amountAfter(p, "จำนวน");
            }
            unsigned |= UNSIGNED.matcher(p).find();
        }
        boolean noBudget = false;
        String noBudgetSource = null;
        for (List<String> section : List.of(s3, s9)) {
            for (String line : section) {
                if (!noBudget && NO_BUDGET.matcher(line).find() && !line.contains("กิจกรรมที่ไม่ใช้")) {
                    noBudget = true;
                    noBudgetSource = line.startsWith(Passages.ITEM) ? line.substring(Passages.ITEM.length()) : line;
                }
            }
        }
        return new BudgetSemantics(carried, fromYear, carriedSource, reserved, reservedAmount, reservedSource,
                unsigned, noBudget, noBudgetSource);
    }

    private static boolean before(String year, Integer fiscalYearBe) {
        return fiscalYearBe == null || Integer.parseInt(year) < fiscalYearBe;
    }
}
