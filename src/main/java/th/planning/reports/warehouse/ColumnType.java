package th.planning.reports.warehouse;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.duckdb.DuckDBAppender;
import th.planning.reports.thai.Decimals;

/**
 * The DuckDB types of the fact tables' columns, spelled as DuckDB's catalogue spells them
 * ({@code information_schema.columns.data_type}), each knowing the one Java type its values have and
 * how to append one. Decimals are bounded here: a value its column cannot hold is stored as NULL, since
 * DuckDB would refuse the whole batch (and every rerun); such a value never arrives unannounced (the
 * parser made it MALFORMED, or {@code Rules.outOfRange} raised a finding quoting it).
 */
public enum ColumnType {
    BIGINT("BIGINT"),
    INTEGER("INTEGER"),
    VARCHAR("VARCHAR"),
    BOOLEAN("BOOLEAN"),
    DATE("DATE"),
    /** Money and indicator values. */
    MONEY("DECIMAL(18,2)"),
    /** Progress percentages. */
    PERCENT("DECIMAL(7,2)"),
    VARCHAR_LIST("VARCHAR[]");

    private final String sql;

    ColumnType(String sql) {
        this.sql = sql;
    }

    /** The type as DuckDB's catalogue names it. */
    public String sql() {
        return sql;
    }

    /**
     * The value as the warehouse will hold it: decimals rounded to their scale, or NULL when too large;
     * checks that the value's Java type is this column's, so a wrong definition fails on the first row.
     */
    Object normalize(Object v, String column) {
        if (v == null) {
            return null;
        }
        Class<?> expected = switch (this) {
            case BIGINT -> Long.class;
            case INTEGER -> Integer.class;
            case VARCHAR -> String.class;
            case BOOLEAN -> Boolean.class;
            case DATE -> LocalDate.class;
            case MONEY, PERCENT -> BigDecimal.class;
            case VARCHAR_LIST -> List.class;
        };
        if (!expected.isInstance(v)) {
            throw new IllegalArgumentException("column " + column + " (" + sql + ") given a "
                    + v.getClass().getSimpleName() + ", not a " + expected.getSimpleName());
        }
        return switch (this) {
            case MONEY -> bounded((BigDecimal) v, Decimals.MONEY);
            case PERCENT -> bounded((BigDecimal) v, Decimals.PERCENT);
            case VARCHAR_LIST -> List.copyOf((List<?>) v);
            default -> v;
        };
    }

    private static BigDecimal bounded(BigDecimal v, Decimals column) {
        return column.fits(v) ? column.stored(v) : null;
    }

    /** Appends one (normalised) value. */
    void append(DuckDBAppender a, Object v) throws SQLException {
        if (v == null) {
            a.appendNull();
            return;
        }
        switch (this) {
            case BIGINT -> a.append(((Long) v).longValue());
            case INTEGER -> a.append(((Integer) v).intValue());
            case VARCHAR -> a.append((String) v);
            case BOOLEAN -> a.append(((Boolean) v).booleanValue());
            case DATE -> a.append((LocalDate) v);
            case MONEY, PERCENT -> a.append((BigDecimal) v);
            case VARCHAR_LIST -> a.append((List<?>) v);
        }
    }
}
