package th.planning.reports.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import th.planning.reports.extract.Activity;
import th.planning.reports.extract.BudgetSemantics;
import th.planning.reports.extract.FormExtractor;
import th.planning.reports.extract.FormText;
import th.planning.reports.extract.Kpi;
import th.planning.reports.extract.KpiTarget;
import th.planning.reports.extract.MoneyMention;
import th.planning.reports.extract.NotThisFormException;
import th.planning.reports.extract.NumberField;
import th.planning.reports.extract.ReportRecord;
import th.planning.reports.extract.TableRowReading;
import th.planning.reports.extract.TextField;
import th.planning.reports.document.Document;
import th.planning.reports.reading.DocumentReaders;
import th.planning.reports.reading.UnreadableDocumentException;
import th.planning.reports.thai.ThaiText;
import th.planning.reports.validate.Finding;
import th.planning.reports.validate.ValidatedReport;
import th.planning.reports.validate.Validation;
import th.planning.reports.warehouse.FactTable;
import th.planning.reports.warehouse.FactTables;

/**
 * {@code report-etl inspect FILE}: every field read from one file, one tab-separated line each —
 * section, field, value, status, source (the form's text it was read from, line breaks shown as ⏎) —
 * then the data-quality findings, so a person can see why a value is what it is.
 */
@Command(name = "inspect", description = "Show every field extracted from one file with its section, status and"
        + " the source text it came from, and the file's data-quality findings.")
final class InspectCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE")
    Path file;

    @picocli.CommandLine.Option(names = "--rows", description = "Then the rows the file gives each fact table, by"
            + " column, as the warehouse would get them (keys the loader hands out are left blank).")
    boolean rows;

    /** Exit status for a file that is not there (or is a folder): a usage error, as a mistyped option. */
    static final int NO_SUCH_FILE = 2;

    /**
     * Exit status for a file that is there but cannot be read as a report (no report format, damaged,
     * not the form, unreadable): the file given is wrong, as a missing one is, so the same status.
     */
    static final int NOT_A_REPORT = 2;

    @Override
    public Integer call() throws Exception {
        if (!isFile(file)) {
            return NO_SUCH_FILE;
        }
        ReportRecord r;
        List<TableRowReading> tableRows;
        Document document = null;
        try {
            document = DocumentReaders.withCanonicalizer(ThaiText::canonicalize).read(file);
            r = FormExtractor.extract(document);
            tableRows = FormExtractor.indicatorTableRows(document);
        } catch (NotThisFormException | UnreadableDocumentException e) {
            if (document != null && SummaryInspect.print(System.out, document, relativePath(file))) {
                return 0;   // an agency's summary workbook (issue 19)
            }
            System.err.println("report-etl: " + file + ": " + e.getMessage());
            return NOT_A_REPORT;
        } catch (java.io.UncheckedIOException e) {
            System.err.println("report-etl: " + file + ": cannot read: " + e.getCause().getMessage());
            return NOT_A_REPORT;
        }
        // with the document's text source, so a scan's OCR marks and findings are those the warehouse gets
        ValidatedReport v = Validation.validate(r, relativePath(file), document.source());
        print(System.out, r, v, tableRows);
        if (rows) {
            printRows(System.out, v);
        }
        return 0;
    }

    /** Whether {@code file} is a file to read; if not, says so naming it (for inspect and text). */
    static boolean isFile(Path file) {
        if (java.nio.file.Files.isRegularFile(file)) {
            return true;
        }
        System.err.println("report-etl: " + file.toAbsolutePath() + ": "
                + (java.nio.file.Files.isDirectory(file) ? "is a folder, not a file" : "no such file"));
        return false;
    }

    /** The path as the drop-folder rules see it: from the fiscal-year folder on when there is one. */
    static String relativePath(Path file) {
        Path p = file.normalize();
        for (int i = 0; i < p.getNameCount(); i++) {
            if (p.getName(i).toString().matches("\\d{4}")) {
                return p.subpath(i, p.getNameCount()).toString().replace('\\', '/');
            }
        }
        return p.getFileName().toString();
    }

    static void print(PrintStream out, ReportRecord r, ValidatedReport v) {
        print(out, r, v, List.of());
    }

    /** {@code rows}: each indicator table row with its classification, listed before the indicators. */
    static void print(PrintStream out, ReportRecord r, ValidatedReport v, List<TableRowReading> rows) {
        out.println("section\tfield\tvalue\tstatus\tsource\twhere");
        line(out, "header", "fiscal_year_be", v.fiscalYearBe(), v.periodSource(), null);
        line(out, "3", "quarter", v.quarter(), v.periodSource(), null);
        th.planning.reports.document.TextSource read = v.textSource();
        line(out, "file", "text_source", read.label(), read.ocrPages() == 0 ? "TEXT" : "OCR", read.ocrPages() == 0 ? null
                : read.ocrPages() + " of " + read.pages() + " pages read by OCR, mean word confidence " + read.ocrConfidence());
        text(out, "project_name", r.projectName());
        text(out, "agency", r.agency());
        text(out, "budget_plan", r.budgetPlan());
        number(out, "project_value", r.projectValue());
        number(out, "allocated", r.allocated());
        number(out, "contracted", r.contracted());
        number(out, "disbursed", r.disbursed());
        BudgetSemantics b = r.budgetSemantics();
        line(out, "8/9", "carried_over", b.carriedOver() ? "true (from " + b.carriedOverFromYearBe() + ")" : "false",
                "FLAG", b.carriedOverSource());
        line(out, "9", "reserved", b.reserved() ? "true" + (b.reservedAmount() == null ? "" : " " + b.reservedAmount())
                : "false", "FLAG", b.reservedSource());
        line(out, "9", "contract_unsigned", b.contractUnsigned(), "FLAG", null);
        line(out, "3/9", "no_budget", b.noBudget(), "FLAG", b.noBudgetSource());
        for (MoneyMention m : r.moneyMentions()) {
            line(out, m.section(), "money_mention." + m.seq() + "." + m.kind(), m.amount()
                    + (m.quarter() == null ? "" : " q" + m.quarter()) + (m.fiscalYearBe() == null ? "" : " fy" + m.fiscalYearBe()),
                    "VALUE", m.sentence());
        }
        text(out, "area", r.area());
        FormText t = r.formText();
        line(out, "10", "provinces", String.join(", ", t.provinces()), t.nationwide() ? "NATIONWIDE" : "LIST", null);
        line(out, "10", "regions", String.join(", ", t.regions()), t.regions().isEmpty() ? "ABSENT" : "LIST", null);
        text(out, "objectives", t.objectives());
        text(out, "targets", t.targets());
        text(out, "summary", t.summary());
        text(out, "duration", t.duration());
        line(out, "8", "duration_months", t.durationMonths(), t.durationMonths() == null ? "ABSENT" : "VALUE", null);
        for (TableRowReading row : rows) {
            // how each indicator table row was read (item, label, weight, no target, continuation, …)
            line(out, row.section(), "kpi_row." + row.row(), row.text(), row.kind(), row.became());
        }
        for (Kpi k : r.kpis()) {
            line(out, k.section(), "kpi." + k.seq(), k.indicator() + " | target " + k.targetText() + " | result "
                    + k.resultText(), k.resultStatus(), k.source(), k.where());
        }
        for (KpiTarget k : r.kpiTargets()) {
            line(out, "7", "kpi_target." + k.seq() + "." + k.yearBe(), k.indicator() + " | " + k.targetText(),
                    k.targetValue() == null ? "TEXT" : "VALUE", k.source(), k.where());
        }
        line(out, "11.2", "activities_declared", r.activitiesDeclared(), "VALUE", null);
        for (Activity a : r.activities()) {
            line(out, "8/11.2", "activity." + a.seq(), a.activity() + " | " + java.util.Objects.toString(a.plannedText(), ""),
                    a.resultText() == null ? "NO_RESULT" : "RESULT", a.resultText(), a.where());
            // a group's steps, so a group read as one activity can be checked against the report
            int n = 0;
            for (Activity.Step step : a.steps()) {
                line(out, "8", "activity." + a.seq() + ".step." + ++n, step.name() + " | " + java.util.Objects.toString(step.plannedText(), ""),
                        step.plannedStart() == null ? "NO_PERIOD" : "STEP", null);
            }
        }
        text(out, "benefits", t.benefits());
        text(out, "problems", t.problems());
        number(out, "progress_total_pct", r.progressTotal());
        number(out, "progress_year_pct", r.progressYear());
        text(out, "coordinator", t.coordinator());
        text(out, "coordinator_phone", t.phone());
        for (Finding f : v.findings()) {
            line(out, f.section(), "finding." + f.rule() + "(" + f.field() + ")", f.messageEn(),
                    f.severity().label().toUpperCase(java.util.Locale.ROOT), f.evidence(), FactTables.fieldWhere(f, v));
        }
    }

    /**
     * Each fact table of {@link FactTables#ALL}: a line {@code # table (n rows)}, the column names, then
     * one tab-separated line per row (a list as [a, b]; a key the loader hands out blank).
     */
    static void printRows(PrintStream out, ValidatedReport v) {
        for (FactTable<?> t : FactTables.ALL) {
            java.util.List<Object[]> rows = t.rows(v);
            out.println("# " + t.name() + " (" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
            out.println(String.join("\t", t.columnNames()));
            for (Object[] row : rows) {
                out.println(java.util.Arrays.stream(row).map(InspectCommand::cell)
                        .collect(java.util.stream.Collectors.joining("\t")));
            }
        }
    }

    private static void text(PrintStream out, String field, TextField f) {
        line(out, f.section(), field, f.value(), f.present() ? "VALUE" : "ABSENT", f.source());
    }

    private static void number(PrintStream out, String field, NumberField f) {
        String value = f.value() == null ? null : f.value().toPlainString();
        if (f.wordsValue() != null && f.wordsValue().value() != null) {
            value = value + " (words: " + f.wordsValue().value().toPlainString() + ")";
        }
        line(out, f.section(), field, value, f.status().name(), f.source(), f.where());
    }

    private static void line(PrintStream out, String section, String field, Object value, String status, String source) {
        line(out, section, field, value, status, source, null);
    }

    /** A line; {@code where}: where in the file the value was read (page, sheet and cell, paragraph, table row). */
    private static void line(PrintStream out, String section, String field, Object value, String status, String source,
                             Object where) {
        out.println(String.join("\t", cell(section), field, cell(value), cell(status), cell(source), cell(where)));
    }

    private static String cell(Object o) {
        return o == null ? "" : o.toString().replace("\t", " ").replace("\r", "").replace("\n", " ⏎ ");
    }
}
