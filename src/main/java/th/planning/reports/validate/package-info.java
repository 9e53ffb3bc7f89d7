/**
 * Validation: turns what the form says ({@link th.planning.reports.extract.ReportRecord}) into facts
 * fit for the warehouse, resolving the reporting period and recording what looked wrong.
 */
package th.planning.reports.validate;
