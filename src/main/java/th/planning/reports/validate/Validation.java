package th.planning.reports.validate;

import java.util.ArrayList;
import java.util.List;
import th.planning.reports.document.TextSource;
import th.planning.reports.extract.ReportRecord;

/** Pure checks and resolutions applied to each extracted report. */
public final class Validation {

    private Validation() {
    }

    /**
     * The form's own fiscal year and ticked quarter win; the drop folder, then the file name, fill what
     * the form left out. Every rule of {@link Rules} runs on the result.
     *
     * @param relativePath the file's path relative to the drop folder, e.g. "2567/Q4/agency/x.pdf"
     */
    public static ValidatedReport validate(ReportRecord report, String relativePath) {
        return validate(report, relativePath, TextSource.TEXT);
    }

    /**
     * As {@link #validate(ReportRecord, String)}, for a report whose text came from {@code source}:
     * figures OCR read with a low confidence are findings too ({@link Rules#ocrUncertain}).
     */
    public static ValidatedReport validate(ReportRecord report, String relativePath, TextSource textSource) {
        String p = relativePath.replace('\\', '/');
        int slash = p.lastIndexOf('/');
        DropFolderHints folder = DropFolderHints.of(slash < 0 ? "" : p.substring(0, slash));
        DropFolderHints name = DropFolderHints.of(p.substring(slash + 1));
        Integer year = firstNonNull(report.fiscalYearBe(), folder.fiscalYearBe(), name.fiscalYearBe());
        Integer quarter = firstNonNull(report.quarter(), folder.quarter(), name.quarter());
        String source = report.quarter() != null ? "form"
                : folder.quarter() != null ? "folder" : name.quarter() != null ? "file name" : null;
        List<Finding> findings = new ArrayList<>(Rules.check(report));
        findings.addAll(Rules.missingPeriod(year, quarter));
        findings.addAll(Rules.periodConflicts(report, p, folder, name));
        findings.addAll(Rules.ocrUncertain(report, textSource));
        return new ValidatedReport(report, year, quarter, source, findings, textSource);
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
