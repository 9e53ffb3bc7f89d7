package th.planning.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import th.planning.reports.warehouse.FactTables;

/**
 * {@code inspect --rows} prints, for every table of the one table of fact tables, the rows a file gives
 * it, column by column, as the loader appends them.
 */
class InspectRowsTest {

    @Test
    void inspectRowsOfReport35ShowsEachFactTablesRowsByColumn() {
        List<String> lines = InspectOutput.lines("--rows", "sample-input/2567/Q4/สำนักงานสถิติแห่งชาติ/report-35.docx");
        for (var t : FactTables.ALL) {
            int at = lines.indexOf(lines.stream().filter(l -> l.startsWith("# " + t.name() + " (")).findFirst()
                    .orElseThrow(() -> new AssertionError("no rows section for " + t.name())));
            assertThat(lines.get(at + 1)).isEqualTo(String.join("\t", t.columnNames()));
        }
        List<String> budgetColumns = FactTables.FACT_BUDGET.columnNames();
        String[] budget = lines.get(lines.indexOf("# fact_budget (1 row)") + 2).split("\t", -1);
        assertThat(budget).hasSize(budgetColumns.size());
        assertThat(budget[budgetColumns.indexOf("allocated")]).isEqualTo("2980100.00");
        assertThat(budget[budgetColumns.indexOf("carried_over")]).isEqualTo("true");
        assertThat(budget[budgetColumns.indexOf("carried_over_from_year_be")]).isEqualTo("2566");
        assertThat(budget[budgetColumns.indexOf("fiscal_year_be")]).isEqualTo("2567");
        assertThat(budget[budgetColumns.indexOf("submission_id")]).isEmpty();   // handed out by the loader
        List<String> money = FactTables.FACT_MONEY_MENTION.columnNames();
        assertThat(lines).anyMatch(l -> {
            String[] c = l.split("\t", -1);
            return c.length == money.size() && c[money.indexOf("seq")].equals("6")
                    && c[money.indexOf("kind")].equals("quarter_disbursed") && c[money.indexOf("amount")].equals("447015.00");
        });
    }

    @Test
    void inspectWithoutRowsPrintsNoRowsSection() {
        assertThat(InspectOutput.lines("sample-input/2567/Q4/สำนักงานสถิติแห่งชาติ/report-35.docx")).noneMatch(l -> l.startsWith("# "));
    }
}
