package th.planning.reports.extract;

/**
 * What one submission says, field by field, as the form extractor read it. Values are not judged
 * here (that is validation's job); each field keeps the section and text it came from.
 *
 * @param fiscalYearBe    fiscal year in the Buddhist Era from the form's header (e.g. 2567), or null
 * @param quarter         the reporting quarter whose box is ticked under section ๓, or null if none is
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
        NumberField progressYear) {
}
