package th.planning.reports.warehouse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import th.planning.reports.extract.TextField;
import th.planning.reports.validate.ValidatedReport;

/**
 * A validated report as the warehouse takes it: the names and period its keys are found or made from,
 * and its rows for each fact table of {@link FactTables#ALL} (by table name, columns in the table's
 * order, key columns empty until loaded). Made where the file is read; all the loader adds is keys.
 *
 * @param agency       the agency's name, or null
 * @param projectName  the project's name as typed, or null
 * @param periodSource where the period came from ("form" or "folder"), or null
 * @param textSource   where its text came from: "text", "ocr" or "mixed" (submission.text_source)
 * @param ocrConfidence the OCR pages' mean word confidence (0–100), or null when none was OCR'd
 */
public record ReportRows(String agency, String projectName, Integer fiscalYearBe, Integer quarter,
                         String periodSource, String textSource, Double ocrConfidence,
                         Map<String, List<Object[]>> tables) {

    public ReportRows {
        tables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    }

    public static ReportRows of(ValidatedReport v) {
        Map<String, List<Object[]>> tables = new LinkedHashMap<>();
        for (FactTable<?> t : FactTables.ALL) {
            tables.put(t.name(), t.rows(v));
        }
        return new ReportRows(value(v.report().agency()), value(v.report().projectName()), v.fiscalYearBe(),
                v.quarter(), v.periodSource(), v.textSource().label(), v.textSource().ocrConfidence(), tables);
    }

    /** The table's rows; none when the report has none (or the table is newer than these rows). */
    public List<Object[]> rows(String table) {
        return tables.getOrDefault(table, List.of());
    }

    private static String value(TextField f) {
        return f == null || !f.present() ? null : f.value();
    }
}
