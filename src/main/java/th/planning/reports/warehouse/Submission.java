package th.planning.reports.warehouse;

import th.planning.reports.document.DocumentFormat;
import th.planning.reports.validate.ValidatedReport;
import th.planning.reports.validate.ValidatedSummary;

/**
 * What became of one incoming file: loaded with its validated report, rejected with a reason, or a
 * duplicate of content already seen (the reason names the other file). A loaded file is a report of
 * the form (its {@code rows} for the warehouse, and its {@code report} when it was read in this process,
 * not when it comes from a staged chunk) or an agency's summary workbook ({@code summary}), never both.
 */
public record Submission(IncomingFile file, Status status, DocumentFormat format, String reason,
                         ValidatedReport report, ReportRows rows, ValidatedSummary summary) {

    /** rows: the report's rows for the warehouse, made from the report when not given. */
    public Submission {
        if (rows == null && report != null) {
            rows = ReportRows.of(report);
        }
    }

    public Submission(IncomingFile file, Status status, DocumentFormat format, String reason,
                      ValidatedReport report, ReportRows rows) {
        this(file, status, format, reason, report, rows, null);
    }

    public Submission(IncomingFile file, Status status, DocumentFormat format, String reason, ValidatedReport report) {
        this(file, status, format, reason, report, null, null);
    }

    public enum Status {
        LOADED, REJECTED, DUPLICATE;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static Submission loaded(IncomingFile file, DocumentFormat format, ValidatedReport report) {
        return new Submission(file, Status.LOADED, format, null, report);
    }

    /** An agency summary workbook, loaded into its own tables (see SummaryLoader). */
    public static Submission summary(IncomingFile file, DocumentFormat format, ValidatedSummary summary) {
        return new Submission(file, Status.LOADED, format, null, null, null, summary);
    }

    public static Submission rejected(IncomingFile file, DocumentFormat format, String reason) {
        return new Submission(file, Status.REJECTED, format, reason, null);
    }

    public static Submission duplicate(IncomingFile file, String originalPath) {
        return new Submission(file, Status.DUPLICATE, null, "same content as " + originalPath, null);
    }
}
