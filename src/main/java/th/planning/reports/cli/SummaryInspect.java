package th.planning.reports.cli;

import java.io.PrintStream;
import java.util.Optional;
import th.planning.reports.document.Document;
import th.planning.reports.extract.AgencySummary;
import th.planning.reports.extract.SummaryExtractor;
import th.planning.reports.thai.ParsedNumber;
import th.planning.reports.validate.Finding;
import th.planning.reports.validate.SummaryValidation;
import th.planning.reports.validate.ValidatedSummary;

/** {@code inspect FILE} for an agency's summary workbook: its agency and period, every row as read, the total and the findings. */
final class SummaryInspect {

    private SummaryInspect() {
    }

    /** Prints the summary {@code document} is, if it is one. */
    static boolean print(PrintStream out, Document document, String relativePath) {
        Optional<AgencySummary> read = SummaryExtractor.read(document);
        if (read.isEmpty()) {
            return false;
        }
        ValidatedSummary v = SummaryValidation.validate(read.get(), relativePath);
        AgencySummary s = v.summary();
        out.println("agency summary workbook (สรุปผลการดำเนินงานโครงการ), not the form");
        out.println("title\t" + (s.title() == null ? "" : s.title()));
        out.println("agency\t" + (v.agency() == null ? "(none)" : v.agency()));
        out.println("period\t" + v.fiscalYearBe() + " Q" + v.quarter() + " (" + v.periodSource() + ")");
        out.println("header rows\t" + s.headerRows());
        out.println("row\tnumber\tproject_name\tallocated\tcontracted\tdisbursed\tprogress_pct");
        for (AgencySummary.Row r : s.rows()) {
            out.println(r.rowNo() + "\t" + (r.numberTyped() == null ? "" : r.numberTyped()) + "\t"
                    + r.projectName().replace("\n", " / ") + "\t" + figure(r.allocated()) + "\t"
                    + figure(r.contracted()) + "\t" + figure(r.disbursed()) + "\t" + figure(r.progress()));
        }
        if (s.total() != null) {
            out.println("total\t\t" + s.total().source());
        }
        out.println("findings: " + v.findings().size());
        for (Finding f : v.findings()) {
            out.println("  " + f.severity().label() + "\t" + f.rule() + "\t" + f.field() + "\t" + f.messageEn()
                    + (f.evidence() == null ? "" : "\t«" + f.evidence() + "»"));
        }
        return true;
    }

    private static String figure(ParsedNumber n) {
        return n.value() != null ? n.value().toPlainString() + (n.status().name().equals("VALUE") ? "" : " " + n.status())
                : n.status().name();
    }
}
