package th.planning.reports.validate;

import java.util.List;
import th.planning.reports.document.TextSource;
import th.planning.reports.extract.ReportRecord;

/**
 * A report ready for the warehouse: the record as read, the reporting period it is filed under with
 * where that period came from ("form" or "folder"), and the data-quality findings raised on it.
 */
public record ValidatedReport(ReportRecord report, Integer fiscalYearBe, Integer quarter, String periodSource,
                              List<Finding> findings, TextSource textSource) {

    public ValidatedReport {
        findings = List.copyOf(findings);
        textSource = textSource == null ? TextSource.TEXT : textSource;
    }

    /** A report read from its file's own text (no OCR). */
    public ValidatedReport(ReportRecord report, Integer fiscalYearBe, Integer quarter, String periodSource,
                           List<Finding> findings) {
        this(report, fiscalYearBe, quarter, periodSource, findings, TextSource.TEXT);
    }
}
