package th.planning.reports.warehouse;

import java.sql.SQLException;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * One table's rows for one transaction, through DuckDB's Appender, which is opened on the first row
 * (a batch that has no rows for a table costs nothing for it) and renewed every
 * {@value #ROWS_PER_APPENDER} rows.
 *
 * <p>Why renewed: duckdb_jdbc 2.0.0.1's Appender sends its rows in data chunks of 2,048, and from its
 * second chunk on a table's CHECK constraint fails on valid rows ("CHECK constraint failed on table
 * dq_finding", for severity 'warning'); a fresh Appender per 2,048 rows loads them all. Why flushed
 * before closing: {@link DuckDBAppender#close()} swallows the error of its last flush, so a failed
 * append would surface only as "transaction is aborted" at the next statement, without its reason.
 */
final class TableAppender implements AutoCloseable {

    /** DuckDB's vector size: one Appender never holds more than one data chunk of rows. */
    static final int ROWS_PER_APPENDER = 2048;

    private final DuckDBConnection connection;
    private final String table;
    private DuckDBAppender current;
    private int rows;

    TableAppender(DuckDBConnection connection, String table) {
        this.connection = connection;
        this.table = table;
    }

    /** Starts a row: append its columns in table order to what this returns, then {@code endRow()}. */
    DuckDBAppender beginRow() throws SQLException {
        if (current == null || rows == ROWS_PER_APPENDER) {
            closeCurrent();
            current = connection.createAppender(table);
            rows = 0;
        }
        rows++;
        return current.beginRow();
    }

    private void closeCurrent() throws SQLException {
        if (current == null) {
            return;
        }
        DuckDBAppender a = current;
        current = null;
        try {
            a.flush();
        } catch (SQLException e) {
            throw new SQLException("cannot append to " + table + ": " + e.getMessage(), e);
        } finally {
            a.close();
        }
    }

    /** Flushes the last rows, throwing DuckDB's reason if they are refused. */
    @Override
    public void close() throws SQLException {
        closeCurrent();
    }
}
