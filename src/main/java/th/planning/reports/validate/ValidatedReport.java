package th.planning.reports.validate;

import th.planning.reports.extract.ReportRecord;

/**
 * A report ready for the warehouse: the record as read, and the reporting period it is filed under
 * with where that period came from ("form" or "folder").
 */
public record ValidatedReport(ReportRecord report, Integer fiscalYearBe, Integer quarter, String periodSource) {
}
