package th.planning.reports.validate;

import java.util.List;
import th.planning.reports.extract.ReportRecord;

/**
 * A report ready for the warehouse: the record as read, the reporting period it is filed under with
 * where that period came from ("form" or "folder"), and the data-quality findings raised on it.
 */
public record ValidatedReport(ReportRecord report, Integer fiscalYearBe, Integer quarter, String periodSource,
                              List<Finding> findings) {

    public ValidatedReport {
        findings = List.copyOf(findings);
    }
}
