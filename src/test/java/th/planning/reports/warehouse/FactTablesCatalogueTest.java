package th.planning.reports.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one table of fact tables against DuckDB's catalogue: the loader appends by position, so a
 * definition whose columns are not the migrations' columns, in their order, must stop the warehouse
 * from opening, naming the table and the first column that differs.
 */
class FactTablesCatalogueTest {

    @TempDir
    Path dir;

    @Test
    void aFreshWarehouseHasEveryFactTableWithTheDefinedColumnsInOrder() throws Exception {
        try (Warehouse w = Warehouse.open(dir)) {
            try (Connection c = w.newConnection()) {
                FactTables.checkCatalogue(c, FactTables.ALL);
            }
        }
        assertThat(FactTables.ALL).extracting(FactTable::name).doesNotHaveDuplicates()
                .contains("fact_budget", "fact_kpi", "dq_finding", "report_text");
        assertThat(FactTables.FACT_KPI.columnNames()).startsWith("submission_id", "seq", "project_id");
    }

    @Test
    void aDefinitionWithTwoColumnsSwappedIsRefusedNamingTheTableAndColumn() throws Exception {
        FactTable<?> kpi = FactTables.FACT_KPI;
        List<FactTable.Column<th.planning.reports.extract.Kpi>> swapped = new ArrayList<>(FactTables.FACT_KPI.columns());
        Collections.swap(swapped, 9, 10);     // indicator and unit
        FactTable<?> wrong = new FactTable<>(kpi.name(), kpi.export(), FactTables.FACT_KPI.source(), swapped);
        try (Warehouse w = Warehouse.open(dir); Connection c = w.newConnection()) {
            assertThatThrownBy(() -> FactTables.checkCatalogue(c, List.of(FactTables.FACT_BUDGET, wrong)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("fact table fact_kpi")
                    .hasMessageContaining("at column 10: defined 'unit VARCHAR', the warehouse has 'indicator VARCHAR'");
        }
    }

    @Test
    void aWarehouseWhoseFactTableGainedAColumnTheDefinitionLacksIsRefusedWhenItOpens() throws Exception {
        try (Warehouse w = Warehouse.open(dir)) {
            // opened and migrated
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(Warehouse.FILE_NAME));
             Statement st = c.createStatement()) {
            st.execute("ALTER TABLE fact_activity ADD COLUMN responsible_unit VARCHAR");
        }
        assertThatThrownBy(() -> Warehouse.open(dir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("fact table fact_activity")
                .hasMessageContaining("defined nothing more, the warehouse has 'responsible_unit VARCHAR'");
    }

    @Test
    void aDefinedTableTheWarehouseLacksIsRefused() throws Exception {
        FactTable<?> budget = FactTables.FACT_BUDGET;
        FactTable<?> unknown = new FactTable<>("fact_budget_forecast", budget.export(), FactTables.FACT_BUDGET.source(),
                FactTables.FACT_BUDGET.columns());
        try (Warehouse w = Warehouse.open(dir); Connection c = w.newConnection()) {
            assertThatThrownBy(() -> FactTables.checkCatalogue(c, List.of(unknown)))
                    .hasMessageContaining("fact table fact_budget_forecast")
                    .hasMessageContaining("no such table");
        }
    }
}
