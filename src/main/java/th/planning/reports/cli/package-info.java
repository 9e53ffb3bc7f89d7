/**
 * The command line: {@code report-etl ingest | serve | status | query | inspect | text}. A storage fault
 * (warehouse held, damaged, disk full) or a bad argument ends with a message and an exit status
 * (README, Commands), not a stack trace. {@code serve} serves the dashboard ({@link DashboardServer}) and,
 * with {@code --cron}, runs the job on a schedule.
 */
package th.planning.reports.cli;
