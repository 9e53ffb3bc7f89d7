package th.planning.reports.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A query's rows as text, one string a row, for tests that compare what a warehouse holds. */
public final class WarehouseRows {

    private WarehouseRows() {
    }

    /** Each row of {@code sql} on the warehouse in {@code warehouseDir}, its cells joined by {@code separator}. */
    public static List<String> of(Path warehouseDir, String sql, String separator) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouseDir.resolve("warehouse.duckdb"))) {
            return of(c, sql, separator);
        }
    }

    /** Each row of {@code sql} on {@code c}, its cells (NULL as "null") joined by {@code separator}. */
    public static List<String> of(Connection c, String sql, String separator) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    cells.add(String.valueOf(rs.getObject(i)));
                }
                out.add(String.join(separator, cells));
            }
        }
        return out;
    }
}
