package th.planning.reports.validate;

import th.planning.reports.extract.ReportRecord;

/** Pure checks and resolutions applied to each extracted report. */
public final class Validation {

    private Validation() {
    }

    /** The form's own fiscal year and ticked quarter win; the drop folder fills what the form left out. */
    public static ValidatedReport validate(ReportRecord report, DropFolderHints hints) {
        Integer year = report.fiscalYearBe() != null ? report.fiscalYearBe() : hints.fiscalYearBe();
        Integer quarter = report.quarter() != null ? report.quarter() : hints.quarter();
        String source = report.quarter() != null ? "form" : hints.quarter() != null ? "folder" : null;
        return new ValidatedReport(report, year, quarter, source);
    }
}
