package th.planning.reports.extract;

import th.planning.reports.document.Where;
import java.math.BigDecimal;

/**
 * One indicator of sections ๗ / ๑๑.๑ as a row of its table.
 *
 * @param section      "11.1" when read from the results table (target and result), "7" when only the plan had it
 * @param kind         เชิงปริมาณ or เชิงคุณภาพ (from the row's prefix or the sub-heading above it), or null
 * @param unit         ร้อยละ, เล่ม, วิชา, … read beside the target's number, or null
 * @param resultStatus VALUE (a number), TEXT (words only), NOT_REPORTED ("-"), BLANK (empty or no column)
 * @param source       the row as read, cells joined by " | "
 */
public record Kpi(int seq, String section, String kind, String indicator, String unit,
                  Integer targetYearBe, String targetText, BigDecimal targetValue,
                  String resultText, BigDecimal resultValue, String resultStatus, String source,
                  Where where) {

    /** An indicator whose place in the file is not known. */
    public Kpi(int seq, String section, String kind, String indicator, String unit, Integer targetYearBe,
               String targetText, BigDecimal targetValue, String resultText, BigDecimal resultValue,
               String resultStatus, String source) {
        this(seq, section, kind, indicator, unit, targetYearBe, targetText, targetValue, resultText, resultValue,
                resultStatus, source, null);
    }
}
