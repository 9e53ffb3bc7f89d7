/**
 * The nightly Spring Batch job {@code ingestReports}: scan the drop folder for files the warehouse has
 * not recorded, read and extract them in parallel partitions, load each chunk into the warehouse, and
 * publish Parquet. The warehouse's {@code submission} table is the ledger of done work, so a run that
 * was killed is finished by the next one without loading anything twice.
 */
package th.planning.reports.batch;
