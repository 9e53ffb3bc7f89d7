package th.planning.reports.extract;

import java.util.List;
import th.planning.reports.thai.ParsedNumber;

/**
 * An agency's summary workbook of its projects for a quarter (สรุปผลการดำเนินงานโครงการ … ณ สิ้นไตรมาส n):
 * not the form, a document of its own kind. One row per project, and the total row as the workbook
 * states it (a SUM formula's cached value, never evaluated here).
 *
 * @param title        the title line as typed, or null
 * @param agency       the agency the title or a "หน่วยงาน …" line names, or null (the folder may say)
 * @param fiscalYearBe the fiscal year the title names, or null
 * @param quarter      the quarter the title names ("ณ สิ้นไตรมาสที่ ๔"), or null
 * @param headerRows   how many rows the table's header took
 * @param rows         the project rows, in the sheet's order
 * @param total        the total row, or null when the table has none
 */
public record AgencySummary(String title, String agency, Integer fiscalYearBe, Integer quarter, int headerRows,
                            List<Row> rows, Row total) {

    public AgencySummary {
        rows = List.copyOf(rows);
    }

    /**
     * One row of the table.
     *
     * @param rowNo       1.. in the sheet's order (the total row: 0)
     * @param numberTyped the ลำดับ cell as typed, or null
     * @param projectName the project's name as typed (a sub-project line under it joined with a line break)
     * @param source      the row's cells as typed, joined by " | " (the evidence a finding quotes)
     */
    public record Row(int rowNo, String numberTyped, String projectName, ParsedNumber allocated,
                      ParsedNumber contracted, ParsedNumber disbursed, ParsedNumber progress, String source) {
    }
}
