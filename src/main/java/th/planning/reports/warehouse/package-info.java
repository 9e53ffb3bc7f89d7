/**
 * The DuckDB warehouse: schema migrations from the versioned SQL in {@code warehouse/migrations},
 * loading submissions with the Appender, and publishing partitioned Parquet for dashboards.
 */
package th.planning.reports.warehouse;
