package th.planning.reports.warehouse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import th.planning.reports.validate.ValidatedReport;

/**
 * One fact table: its name, its columns by name in the table's order, and how a validated report
 * becomes its rows (a source giving the report's items, one row each, and per column the value an item
 * gives). Key columns are filled when the rows are loaded, from the keys the loader hands out.
 * {@link FactTables#ALL} lists every one; the loader, the Parquet export and {@code inspect} iterate it,
 * and the column order is checked against DuckDB's catalogue when the warehouse opens.
 *
 * @param export how the Parquet export publishes the table
 */
public record FactTable<T>(String name, Export export, Function<ValidatedReport, List<T>> source,
                           List<Column<T>> columns) {

    public FactTable {
        columns = List.copyOf(columns);
    }

    /** How the Parquet export writes a table. */
    public enum Export {
        /** By its own {@code fiscal_year_be} and {@code quarter} columns, into Hive folders. */
        BY_PERIOD,
        /** By the period of the submission it belongs to, into Hive folders. */
        BY_SUBMISSION_PERIOD,
        /** One file. */
        WHOLE
    }

    /** The keys the loader hands out; the table's rows leave their place empty until then. */
    public enum Key {
        SUBMISSION, PROJECT, AGENCY, FISCAL_PERIOD
    }

    /** A column's value for one item, given the report it is part of. */
    @FunctionalInterface
    public interface Value<T> {
        Object of(T item, ValidatedReport report);
    }

    /** A column: its name and type, and either the key it holds or how an item gives its value. */
    public record Column<T>(String name, ColumnType type, Key key, Value<T> value) {
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /**
     * The report's rows for this table, values normalised to their column types, key columns null.
     */
    public List<Object[]> rows(ValidatedReport v) {
        List<T> items = source.apply(v);
        List<Object[]> rows = new ArrayList<>(items.size());
        for (T item : items) {
            Object[] row = new Object[columns.size()];
            for (int i = 0; i < row.length; i++) {
                Column<T> c = columns.get(i);
                if (c.key() == null) {
                    row[i] = c.type().normalize(c.value().of(item, v), name + "." + c.name());
                }
            }
            rows.add(row);
        }
        return rows;
    }

    public static <T> Builder<T> named(String name, Export export, Function<ValidatedReport, List<T>> source) {
        return new Builder<>(name, export, source);
    }

    /** A table's definition, column by column in the table's order. */
    public static final class Builder<T> {
        private final String name;
        private final Export export;
        private final Function<ValidatedReport, List<T>> source;
        private final List<Column<T>> columns = new ArrayList<>();

        private Builder(String name, Export export, Function<ValidatedReport, List<T>> source) {
            this.name = name;
            this.export = export;
            this.source = source;
        }

        public Builder<T> column(String column, ColumnType type, Value<T> value) {
            columns.add(new Column<>(column, type, null, value));
            return this;
        }

        public Builder<T> key(String column, ColumnType type, Key key) {
            columns.add(new Column<>(column, type, key, null));
            return this;
        }

        /** {@code submission_id}: every fact table's first column. */
        public Builder<T> submission() {
            return key("submission_id", ColumnType.BIGINT, Key.SUBMISSION);
        }

        /** project_id, agency_id, fiscal_period_id, then the report's fiscal_year_be and quarter. */
        public Builder<T> periodKeys() {
            return key("project_id", ColumnType.INTEGER, Key.PROJECT)
                    .key("agency_id", ColumnType.INTEGER, Key.AGENCY)
                    .key("fiscal_period_id", ColumnType.INTEGER, Key.FISCAL_PERIOD)
                    .column("fiscal_year_be", ColumnType.INTEGER, (item, v) -> v.fiscalYearBe())
                    .column("quarter", ColumnType.INTEGER, (item, v) -> v.quarter());
        }

        public FactTable<T> build() {
            return new FactTable<>(name, export, source, columns);
        }
    }
}
