package th.planning.reports.validate;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import th.planning.reports.extract.AgencySummary;
import th.planning.reports.thai.ParsedNumber;
import th.planning.reports.validate.Finding.Severity;

/** Pure checks of an agency summary workbook: its agency and period, and its total row against its rows. */
public final class SummaryValidation {

    /** The total row's figure is not the sum of the rows above it. */
    public static final String TOTAL_DIFFERS = "summary_total_differs";
    /** The table has no total row to check. */
    public static final String NO_TOTAL = "summary_total_missing";
    /** Neither the title nor the drop folder names the agency or the period. */
    public static final String MISSING = "missing_required_field";

    private SummaryValidation() {
    }

    public static ValidatedSummary validate(AgencySummary s, String relativePath) {
        String p = relativePath.replace('\\', '/');
        int slash = p.lastIndexOf('/');
        String folderPath = slash < 0 ? "" : p.substring(0, slash);
        DropFolderHints folder = DropFolderHints.of(folderPath);
        DropFolderHints name = DropFolderHints.of(p.substring(slash + 1));
        Integer year = first(s.fiscalYearBe(), folder.fiscalYearBe(), name.fiscalYearBe());
        Integer quarter = first(s.quarter(), folder.quarter(), name.quarter());
        String source = s.quarter() != null ? "form" : folder.quarter() != null ? "folder"
                : name.quarter() != null ? "file name" : null;
        String agency = s.agency() != null ? s.agency() : folderAgency(folderPath);
        List<Finding> findings = new ArrayList<>();
        if (agency == null) {
            findings.add(new Finding("header", "agency", MISSING, Severity.ERROR,
                    "ไม่พบชื่อหน่วยงานในหัวตารางสรุปหรือชื่อโฟลเดอร์",
                    "the summary names no agency, nor does its folder", null));
        }
        findings.addAll(Rules.missingPeriod(year, quarter));
        findings.addAll(rows(s));
        findings.addAll(totals(s));
        return new ValidatedSummary(s, agency, year, quarter, source, findings);
    }

    /**
     * A row with figures but no project name cannot be matched to a report (the reconciliation leaves it
     * out), and a figure that is not a number is not a figure: both are findings quoting the row, so
     * nothing is left out unsaid.
     */
    static List<Finding> rows(AgencySummary s) {
        List<Finding> out = new ArrayList<>();
        for (AgencySummary.Row r : s.rows()) {
            if (r.projectName() == null) {
                out.add(new Finding("row " + r.rowNo(), "project_name", MISSING, Severity.ERROR,
                        "แถว " + r.rowNo() + " ของตารางสรุปไม่มีชื่อโครงการ จึงเทียบกับรายงานไม่ได้",
                        "row " + r.rowNo() + " of the summary names no project, so no report can be matched to it",
                        r.source()));
            }
            String[] names = {"allocated", "contracted", "disbursed", "progress_pct"};
            ParsedNumber[] figures = {r.allocated(), r.contracted(), r.disbursed(), r.progress()};
            for (int i = 0; i < names.length; i++) {
                if (figures[i].status() == th.planning.reports.thai.ValueStatus.MALFORMED) {
                    out.add(new Finding("row " + r.rowNo(), names[i], Rules.MALFORMED_NUMBER, Severity.ERROR,
                            "ค่า " + names[i] + " ในแถว " + r.rowNo() + " ของตารางสรุปไม่ใช่ตัวเลขที่อ่านได้",
                            names[i] + " in row " + r.rowNo() + " of the summary is not a valid number",
                            figures[i].evidence() + " (row: " + r.source() + ")"));
                }
            }
        }
        return out;
    }

    /** Each money figure of the total row against the sum of the rows' values (a dash counts as 0). */
    static List<Finding> totals(AgencySummary s) {
        List<Finding> out = new ArrayList<>();
        if (s.total() == null) {
            out.add(new Finding("total", "total", NO_TOTAL, Severity.WARNING,
                    "ตารางสรุปไม่มีแถวรวม จึงตรวจยอดรวมไม่ได้",
                    "the summary has no total row, so its total cannot be checked",
                    s.rows().isEmpty() ? null : "last row: " + s.rows().get(s.rows().size() - 1).source()));
            return out;
        }
        check(out, s, "allocated", AgencySummary.Row::allocated);
        check(out, s, "contracted", AgencySummary.Row::contracted);
        check(out, s, "disbursed", AgencySummary.Row::disbursed);
        return out;
    }

    private static void check(List<Finding> out, AgencySummary s, String field,
                              Function<AgencySummary.Row, ParsedNumber> figure) {
        ParsedNumber stated = figure.apply(s.total());
        if (stated.value() == null) {
            return;   // no figure in the total row for this column (or none at all): nothing to check
        }
        BigDecimal sum = BigDecimal.ZERO;
        int counted = 0;
        for (AgencySummary.Row r : s.rows()) {
            if (figure.apply(r).value() != null) {
                sum = sum.add(figure.apply(r).value());
                counted++;
            }
        }
        if (sum.compareTo(stated.value()) != 0) {
            out.add(new Finding("total", field, TOTAL_DIFFERS, Severity.ERROR,
                    "ยอดรวม " + field + " ในแถวรวม (" + money(stated.value()) + ") ไม่เท่ากับผลรวมของ "
                            + counted + " แถว (" + money(sum) + ")",
                    "the total row's " + field + " (" + money(stated.value()) + ") is not the sum of the "
                            + counted + " rows (" + money(sum) + ")",
                    "total row: " + s.total().source() + "; rows add up to " + money(sum)
                            + ", difference " + money(stated.value().subtract(sum))));
        }
    }

    static String money(BigDecimal v) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(v);
    }

    /** The agency a drop folder such as "2567/Q4/สำนักงานสถิติแห่งชาติ" names: its last folder that is no year or quarter. */
    static String folderAgency(String folderPath) {
        String[] parts = folderPath.split("/");
        for (int i = parts.length - 1; i >= 0; i--) {
            String part = parts[i].strip();
            DropFolderHints h = DropFolderHints.of(part);
            if (!part.isEmpty() && h.fiscalYearBe() == null && h.quarter() == null && !part.matches("[0-9]+")) {
                return part;
            }
        }
        return null;
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
