package th.planning.reports.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rows through DuckDB's Appender in one transaction, past the driver's 2,048-row data chunk. */
class TableAppenderTest {

    private DuckDBConnection c;

    @BeforeEach
    void open() throws SQLException {
        c = DriverManager.getConnection("jdbc:duckdb:").unwrap(DuckDBConnection.class);
        sql("CREATE TABLE finding (id BIGINT PRIMARY KEY, severity VARCHAR NOT NULL "
                + "CHECK (severity IN ('error', 'warning')), message VARCHAR)");
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    private void sql(String s) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(s);
        }
    }

    private long count(String where) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM finding WHERE " + where)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void append(TableAppender t, long id, String severity) throws SQLException {
        t.beginRow().append(id).append(severity).append("ข้อความที่ " + id + " ยาวกว่าสิบสองไบต์").endRow();
    }

    @Test
    void fiveThousandRowsUnderACheckConstraintAllLoadInOneTransaction() throws SQLException {
        sql("BEGIN TRANSACTION");
        try (TableAppender t = new TableAppender(c, "finding")) {
            for (long id = 0; id < 5000; id++) {
                append(t, id, id % 3 == 0 ? "error" : "warning");
            }
        }
        sql("COMMIT");
        assertThat(count("true")).isEqualTo(5000);
        assertThat(count("severity = 'error'")).isEqualTo(1667);
        assertThat(count("message = 'ข้อความที่ ' || id || ' ยาวกว่าสิบสองไบต์'")).isEqualTo(5000);
    }

    @Test
    void theDriversOwnAppenderFailsValidRowsPastItsFirstChunk() throws SQLException {
        // Why TableAppender renews its Appender. When a driver upgrade makes this test fail, the driver
        // is fixed and the renewal can go.
        try (var a = c.createAppender("finding")) {
            assertThatThrownBy(() -> {
                for (long id = 0; id < 5000; id++) {
                    a.beginRow().append(id).append(id % 3 == 0 ? "error" : "warning").append("x").endRow();
                }
            }).isInstanceOf(SQLException.class).hasMessageContaining("CHECK constraint failed");
        }
    }

    @Test
    void aRefusedRowThrowsItsReasonAtCloseInsteadOfAbortingTheTransactionSilently() throws SQLException {
        sql("BEGIN TRANSACTION");
        TableAppender t = new TableAppender(c, "finding");
        append(t, 1, "error");
        append(t, 2, "notice");
        assertThatThrownBy(t::close).isInstanceOf(SQLException.class)
                .hasMessageContaining("cannot append to finding").hasMessageContaining("CHECK constraint failed");
        sql("ROLLBACK");
        assertThat(count("true")).isZero();
    }

    @Test
    void aTableWithoutRowsInTheBatchOpensNoAppender() throws SQLException {
        sql("DROP TABLE finding");
        // An Appender on a missing table fails when it is created: no row, no Appender, no failure.
        new TableAppender(c, "finding").close();
    }
}
