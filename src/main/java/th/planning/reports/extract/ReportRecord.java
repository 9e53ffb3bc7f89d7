package th.planning.reports.extract;

import java.util.List;

/**
 * What one submission says, field by field, as the form extractor read it. Values are not judged
 * here (that is validation's job); each field keeps the section and text it came from.
 *
 * @param fiscalYearBe    fiscal year in the Buddhist Era from the form's header (e.g. 2567), or null
 * @param quarter         the reporting quarter whose box is ticked under section ๓, or null if none is
 * @param kpis            indicators of ๑๑.๑ (target and result), or of ๗ when ๑๑.๑ has no table
 * @param activities      activities of ๑๑.๒ with their planned period from ๘ (๘'s list when ๑๑.๒ has none)
 * @param activitiesDeclared the count ๑๑.๒ states ("มีกิจกรรมทั้งหมด จำนวน ๒ กิจกรรม"), or null
 * @param budgetSemantics carried over / reserved / unsigned contract / no budget, from §๓, §๘ and §๙'s notes
 * @param moneyMentions   amounts stated outside ๙.๑–๙.๓ (notes, prose, cells of §๗/๘/๑๑), each with its sentence
 * @param formText        the prose sections, the area's provinces, the duration and the coordinating unit
 * @param budgetYear      the year section ๙'s heading names ("โครงการใช้งบประมาณ ปี พ.ศ. ๒๕๖๗"), as text
 * @param kpiTargets      section ๗'s indicators, one per fiscal-year column (multi-year plans have several)
 * @param impossibleDates dates and years in the header, ๓, ๘ and ๙'s heading that no calendar has ("๓๒ กรกฎาคม",
 *                        "พ.ศ. ๓๐๐๐"), each as typed with its line; such a header year leaves fiscalYearBe null
 */
public record ReportRecord(
        Integer fiscalYearBe,
        Integer quarter,
        TextField projectName,
        TextField agency,
        TextField budgetPlan,
        NumberField projectValue,
        NumberField allocated,
        NumberField contracted,
        NumberField disbursed,
        TextField area,
        NumberField progressTotal,
        NumberField progressYear,
        List<Kpi> kpis,
        List<Activity> activities,
        Integer activitiesDeclared,
        BudgetSemantics budgetSemantics,
        List<MoneyMention> moneyMentions,
        FormText formText,
        TextField budgetYear,
        List<KpiTarget> kpiTargets,
        List<TextField> impossibleDates) {

    public ReportRecord {
        kpis = kpis == null ? List.of() : List.copyOf(kpis);
        activities = activities == null ? List.of() : List.copyOf(activities);
        budgetSemantics = budgetSemantics == null ? BudgetSemantics.NONE : budgetSemantics;
        moneyMentions = moneyMentions == null ? List.of() : List.copyOf(moneyMentions);
        formText = formText == null ? FormText.NONE : formText;
        budgetYear = budgetYear == null ? TextField.absent("9") : budgetYear;
        kpiTargets = kpiTargets == null ? List.of() : List.copyOf(kpiTargets);
        impossibleDates = impossibleDates == null ? List.of() : List.copyOf(impossibleDates);
    }

    /** A record without the semantic parts (kept for callers written before they existed). */
    public ReportRecord(Integer fiscalYearBe, Integer quarter, TextField projectName, TextField agency,
                        TextField budgetPlan, NumberField projectValue, NumberField allocated,
                        NumberField contracted, NumberField disbursed, TextField area, NumberField progressTotal,
                        NumberField progressYear, List<Kpi> kpis, List<Activity> activities,
                        Integer activitiesDeclared) {
        this(fiscalYearBe, quarter, projectName, agency, budgetPlan, projectValue, allocated, contracted, disbursed,
                area, progressTotal, progressYear, kpis, activities, activitiesDeclared, null, null, null, null, null, null);
    }
}
