package th.planning.reports.warehouse;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import th.planning.reports.extract.AgencySummary;
import th.planning.reports.thai.Decimals;
import th.planning.reports.thai.ParsedNumber;
import th.planning.reports.thai.ValueStatus;
import th.planning.reports.validate.Finding;
import th.planning.reports.validate.ValidatedSummary;

/**
 * The agency summary workbooks of a batch: their rows into agency_summary / agency_summary_row and
 * their findings into dq_finding, inside the batch's transaction (called by {@link SubmissionLoader}
 * once the batch's submission rows are appended). Kept apart from the form's loading: a summary has
 * no fact rows of the form, and the form's loader knows nothing of summaries but this hand-over.
 */
final class SummaryLoader {

    /** A summary workbook of the batch with the submission_id the batch gave it. */
    record Pending(long submissionId, ValidatedSummary summary) {
    }

    private final DuckDBConnection c;
    private PreparedStatement period;
    private PreparedStatement supersede;

    SummaryLoader(DuckDBConnection c) {
        this.c = c;
    }

    /** Appends the summaries' rows and findings; their submissions are already appended. */
    void load(List<Pending> pending) throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        try (TableAppender head = new TableAppender(c, "agency_summary");
             TableAppender rows = new TableAppender(c, "agency_summary_row");
             TableAppender findings = new TableAppender(c, "dq_finding")) {
            for (Pending p : pending) {
                ValidatedSummary v = p.summary();
                AgencySummary s = v.summary();
                DuckDBAppender a = head.beginRow().append(p.submissionId());
                ColumnType.VARCHAR.append(a, v.agency());
                ColumnType.INTEGER.append(a, v.fiscalYearBe());
                ColumnType.INTEGER.append(a, v.quarter());
                ColumnType.VARCHAR.append(a, v.periodSource());
                ColumnType.VARCHAR.append(a, s.title());
                a.append(s.headerRows()).append(s.rows().size());
                ColumnType.VARCHAR.append(a, s.total() == null ? null : s.total().source());
                money(a, s.total() == null ? null : s.total().allocated().value());
                money(a, s.total() == null ? null : s.total().contracted().value());
                money(a, s.total() == null ? null : s.total().disbursed().value());
                money(a, sum(s, AgencySummary.Row::allocated));
                money(a, sum(s, AgencySummary.Row::contracted));
                money(a, sum(s, AgencySummary.Row::disbursed));
                a.endRow();
                for (AgencySummary.Row r : s.rows()) {
                    DuckDBAppender row = rows.beginRow().append(p.submissionId()).append(r.rowNo());
                    ColumnType.VARCHAR.append(row, r.numberTyped());
                    ColumnType.VARCHAR.append(row, r.projectName());
                    figure(row, r.allocated(), Decimals.MONEY);
                    figure(row, r.contracted(), Decimals.MONEY);
                    figure(row, r.disbursed(), Decimals.MONEY);
                    figure(row, r.progress(), Decimals.PERCENT);
                    row.append(r.source());
                    row.endRow();
                }
                int no = 1;
                for (Finding f : v.findings()) {
                    // By column name from the one declaration of dq_finding, so a column added there
                    // (e.g. source_where, empty for a summary) needs nothing here.
                    java.util.Map<String, Object> values = java.util.Map.of(
                            "submission_id", p.submissionId(), "finding_no", no++, "field", f.field(),
                            "rule", f.rule(), "severity", f.severity().label(), "message_th", f.messageTh(),
                            "message_en", f.messageEn());
                    DuckDBAppender d = findings.beginRow();
                    for (FactTable.Column<?> col : FactTables.DQ_FINDING.columns()) {
                        Object value = switch (col.name()) {
                            case "section" -> f.section();
                            case "evidence" -> f.evidence();
                            default -> values.get(col.name());
                        };
                        col.type().append(d, value);
                    }
                    d.endRow();
                }
            }
        }
        if (period == null) {
            period = c.prepareStatement("UPDATE submission SET fiscal_period_id = ? WHERE submission_id = ?");
        }
        for (Pending p : pending) {
            if (p.summary().fiscalYearBe() != null && p.summary().quarter() != null) {
                period.setInt(1, p.summary().fiscalYearBe() * 10 + p.summary().quarter());
                period.setLong(2, p.submissionId());
                period.executeUpdate();
            }
        }
    }

    /**
     * A new version of a summary workbook at the same path supersedes the earlier one (the form's
     * loader supersedes by project and period, which a summary has not).
     */
    void supersede(long firstId) throws SQLException {
        if (supersede == null) {
            supersede = c.prepareStatement("""
                    UPDATE submission AS old SET superseded_by = new.submission_id
                    FROM submission AS new
                    WHERE new.submission_id >= ? AND new.status = 'loaded'
                      AND new.submission_id IN (SELECT submission_id FROM agency_summary)
                      AND old.path = new.path AND old.superseded_by IS NULL AND old.status = 'loaded'
                      AND old.submission_id < new.submission_id
                      AND old.submission_id IN (SELECT submission_id FROM agency_summary)""");
        }
        supersede.setLong(1, firstId);
        supersede.executeUpdate();
    }

    void close() throws SQLException {
        for (PreparedStatement ps : new PreparedStatement[] {period, supersede}) {
            if (ps != null) {
                ps.close();
            }
        }
    }

    private static BigDecimal sum(AgencySummary s, Function<AgencySummary.Row, ParsedNumber> figure) {
        BigDecimal total = null;
        for (AgencySummary.Row r : s.rows()) {
            BigDecimal v = figure.apply(r).value();
            if (v != null) {
                total = total == null ? v : total.add(v);
            }
        }
        return total;
    }

    private static void figure(DuckDBAppender a, ParsedNumber n, Decimals column) throws SQLException {
        boolean fits = n.value() == null || column.fits(n.value());
        if (n.value() == null || !fits) {
            a.appendNull();
        } else {
            a.append(column.stored(n.value()));
        }
        a.append(fits ? n.status().name() : ValueStatus.MALFORMED.name());
    }

    /** A money figure as the warehouse holds it: rounded to its scale, NULL when too large. */
    private static void money(DuckDBAppender a, BigDecimal v) throws SQLException {
        ColumnType.MONEY.append(a, ColumnType.MONEY.normalize(v, "agency_summary money"));
    }
}
