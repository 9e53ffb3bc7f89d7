package th.planning.reports.extract;

import th.planning.reports.document.Where;
import java.math.BigDecimal;

/**
 * One year's target of an indicator in section ๗'s plan table. A project that runs over several years
 * has a target column per fiscal year ("ปี พ.ศ. ๒๕๖๗ | ปี พ.ศ. ๒๕๖๘"); each filled cell is one target.
 *
 * @param seq        the row's place among section ๗'s rows with targets: a project-weight row and an item
 *                   with no target this year count here though they are no {@link Kpi} (so equal to the
 *                   Kpi's seq when the indicators were read from section ๗ and it has neither)
 * @param yearBe     the fiscal year of the column (the report's year when the table names none)
 * @param targetText the cell as typed ("๑ เล่ม", "ร้อยละ ๔๐", "-": no target that year)
 * @param unit       ร้อยละ, เล่ม, … read beside the number, as for {@link Kpi#unit()}
 * @param source     the indicator's row as read, cells joined by " | "
 */
public record KpiTarget(int seq, String kind, String indicator, int yearBe, String targetText,
                        BigDecimal targetValue, String unit, String source, Where where) {

    /** A target whose place in the file is not known. */
    public KpiTarget(int seq, String kind, String indicator, int yearBe, String targetText, BigDecimal targetValue,
                     String unit, String source) {
        this(seq, kind, indicator, yearBe, targetText, targetValue, unit, source, null);
    }
}
