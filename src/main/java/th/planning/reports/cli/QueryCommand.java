package th.planning.reports.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import th.planning.reports.warehouse.Warehouse;

/**
 * {@code report-etl query SQL}: an analyst's SQL against the warehouse, read-only, printed as
 * tab-separated lines with a header, so no DuckDB CLI needs installing.
 */
@Command(name = "query", description = "Run SQL against the warehouse (read-only) and print tab-separated rows.")
final class QueryCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SQL", description = "e.g. \"SELECT * FROM v_submission_summary\"")
    String sql;

    @Option(names = "--warehouse", defaultValue = "warehouse", description = "output directory (default: ${DEFAULT-VALUE})")
    Path warehouse;

    @Override
    public Integer call() throws Exception {
        Path file = warehouse.resolve(Warehouse.FILE_NAME);
        if (!java.nio.file.Files.isRegularFile(file)) {
            System.err.println("report-etl: no warehouse at " + file.toAbsolutePath() + " (run ingest first)");
            return 2;
        }
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), readOnly);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            int n = md.getColumnCount();
            StringBuilder line = new StringBuilder();
            for (int i = 1; i <= n; i++) {
                line.append(i > 1 ? "\t" : "").append(md.getColumnLabel(i));
            }
            System.out.println(line);
            while (rs.next()) {
                line.setLength(0);
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    line.append(i > 1 ? "\t" : "").append(v == null ? "NULL" : v.toString());
                }
                System.out.println(line);
            }
        }
        return 0;
    }
}
