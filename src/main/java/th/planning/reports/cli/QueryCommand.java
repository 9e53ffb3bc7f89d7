package th.planning.reports.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import th.planning.reports.batch.RunLock;
import th.planning.reports.warehouse.StorageFault;
import th.planning.reports.warehouse.Warehouse;

/**
 * {@code report-etl query SQL | --file FILE}: an analyst's SQL against the warehouse, read-only, so no
 * DuckDB CLI needs installing; rows as tsv (default), csv or json ({@link QueryOutput} says how each
 * writes NULL and line breaks). Exit status 2 for a bad query or usage, 3 when another process holds
 * the warehouse, 4 when the warehouse file is damaged; DuckDB's message, never a stack trace.
 */
@Command(name = "query", modelTransformer = QueryCommand.SqlMayStartWithDashes.class,
        description = "Run SQL against the warehouse (read-only) and print the rows as tsv, csv or json.")
final class QueryCommand implements Callable<Integer> {

    static final int BAD_QUERY = 2;
    static final int LOCKED = 3;

    @Parameters(paramLabel = "SQL", arity = "0..1",
            description = "e.g. \"SELECT * FROM v_submission_summary\" (or give --file)")
    String sql;

    @Option(names = "--file", paramLabel = "FILE", description = "read the SQL from FILE, e.g. warehouse/queries/01-*.sql")
    Path sqlFile;

    @Option(names = "--format", paramLabel = "tsv|csv|json", defaultValue = "tsv",
            description = "tsv (default; NULL empty, tab, newline, CR and backslash in values as \\t \\n \\r \\\\),"
                    + " csv (RFC 4180, NULL empty) or json (an array of objects, NULL as null)")
    QueryOutput.Format format;

    @Option(names = "--warehouse", defaultValue = "warehouse", description = "output directory (default: ${DEFAULT-VALUE})")
    Path warehouse;

    /**
     * The example queries begin with a {@code --} comment, and picocli reads an argument that starts with
     * a dash as an option: let an argument that is no known option be the SQL.
     */
    static final class SqlMayStartWithDashes implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            spec.parser().unmatchedOptionsArePositionalParams(true);
            spec.parser().caseInsensitiveEnumValuesAllowed(true);   // --format CSV as well as csv
            return spec;
        }
    }

    @Override
    public Integer call() throws Exception {
        if ((sql == null) == (sqlFile == null)) {
            System.err.println("report-etl: give the query either as SQL or with --file FILE (one of them)");
            return BAD_QUERY;
        }
        String query = sql;
        if (sqlFile != null) {
            if (!Files.isRegularFile(sqlFile)) {
                System.err.println("report-etl: no such SQL file: " + sqlFile.toAbsolutePath());
                return BAD_QUERY;
            }
            query = Files.readString(sqlFile, StandardCharsets.UTF_8);
        }
        Path file = warehouse.resolve(Warehouse.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            System.err.println("report-etl: no warehouse at " + file.toAbsolutePath() + " (run ingest first)");
            return BAD_QUERY;
        }
        // A reader's share, as status takes: a run starting meanwhile waits for the query instead of
        // failing to open a warehouse this process has open, and a query during a run is refused.
        java.io.Closeable reading;
        try {
            reading = RunLock.forReading(warehouse);
        } catch (RunLock.AlreadyRunningException e) {
            System.err.println("report-etl: " + e.getMessage());
            return LOCKED;
        }
        try (java.io.Closeable held = reading) {
            return run(query, file);
        }
    }

    private Integer run(String query, Path file) throws Exception {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        Connection c;
        try {
            c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), readOnly);
        } catch (SQLException e) {
            return StorageFailures.report(e, warehouse);
        }
        // UTF-8 whatever the locale: the rows are Thai, and csv/json consumers expect UTF-8.
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        try (c; Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            QueryOutput.write(rs, format, out);
            return 0;
        } catch (SQLException e) {
            out.flush();
            if (StorageFault.of(e).isPresent()) {
                return StorageFailures.report(e, warehouse);
            }
            System.err.println("report-etl: the query failed: " + e.getMessage().strip());
            System.err.println("the tables, views and columns are in warehouse/DATA-DICTIONARY.md;"
                    + " query \"SHOW TABLES\" lists them too");
            return BAD_QUERY;
        }
    }
}
