/** The command line: {@code report-etl ingest | text}. */
package th.planning.reports.cli;
