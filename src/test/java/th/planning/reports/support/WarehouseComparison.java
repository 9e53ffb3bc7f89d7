package th.planning.reports.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Two warehouses compared table by table by natural keys: surrogate ids are replaced by what they stand
 * for (a submission by its path, a rendition by its primary's path, a project by its name), and run ids
 * and times are left out, so two runs that loaded the same files in another order compare equal.
 */
public final class WarehouseComparison {

    private WarehouseComparison() {
    }

    /** Each table that differs: rows only in the first, only in the second, and the first's row count. */
    public static Map<String, String> differences(Path first, Path second) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("ATTACH '" + first.resolve("warehouse.duckdb") + "' AS x (READ_ONLY)");
            st.execute("ATTACH '" + second.resolve("warehouse.duckdb") + "' AS y (READ_ONLY)");
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_catalog = 'x'"
                    + " AND table_type = 'BASE TABLE' AND table_name NOT IN ('schema_version', 'ingest_run') ORDER BY 1")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                List<String> columns = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT column_name FROM information_schema.columns WHERE table_catalog = 'x'"
                        + " AND table_name = '" + t + "' ORDER BY ordinal_position")) {
                    while (rs.next()) {
                        columns.add(rs.getString(1));
                    }
                }
                String q;
                if (t.equals("submission")) {
                    q = "SELECT s.* EXCLUDE (submission_id, run_id, processed_at, project_id, agency_id, rendition_of,"
                            + " superseded_by), r.path AS rendition_path, u.path AS superseded_by_path FROM %1$s.submission s"
                            + " LEFT JOIN %1$s.submission r ON r.submission_id = s.rendition_of"
                            + " LEFT JOIN %1$s.submission u ON u.submission_id = s.superseded_by";
                } else if (t.equals("dim_project")) {
                    q = "SELECT project_name, project_key FROM %1$s.dim_project";
                } else if (columns.contains("submission_id")) {
                    q = "SELECT s.path, t.* EXCLUDE (submission_id" + (columns.contains("project_id") ? ", project_id" : "")
                            + (columns.contains("agency_id") ? ", agency_id" : "") + ") FROM %1$s." + t
                            + " t JOIN %1$s.submission s USING (submission_id)";
                } else {
                    q = "SELECT * EXCLUDE (" + String.join(", ", columns.stream()
                            .filter(col -> col.equals("agency_id") || col.equals("project_id")).toList()) + ") FROM %1$s." + t;
                    if (!columns.contains("agency_id") && !columns.contains("project_id")) {
                        q = "SELECT * FROM %1$s." + t;
                    }
                }
                String x = q.formatted("x");
                String y = q.formatted("y");
                try (ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM x." + t + "), (SELECT count(*) FROM (" + x
                        + " EXCEPT ALL " + y + ")), (SELECT count(*) FROM (" + y + " EXCEPT ALL " + x + "))")) {
                    rs.next();
                    if (rs.getLong(2) + rs.getLong(3) > 0) {
                        out.put(t, rs.getLong(2) + " rows only in the first, " + rs.getLong(3) + " only in the second (of "
                                + rs.getLong(1) + ")");
                    }
                }
            }
        }
        return out;
    }
}
