package th.planning.reports.warehouse;

import static th.planning.reports.warehouse.ColumnType.BOOLEAN;
import static th.planning.reports.warehouse.ColumnType.DATE;
import static th.planning.reports.warehouse.ColumnType.INTEGER;
import static th.planning.reports.warehouse.ColumnType.MONEY;
import static th.planning.reports.warehouse.ColumnType.PERCENT;
import static th.planning.reports.warehouse.ColumnType.VARCHAR;
import static th.planning.reports.warehouse.ColumnType.VARCHAR_LIST;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import th.planning.reports.document.Where;
import th.planning.reports.extract.Activity;
import th.planning.reports.extract.FormText;
import th.planning.reports.extract.Kpi;
import th.planning.reports.extract.KpiTarget;
import th.planning.reports.extract.MoneyMention;
import th.planning.reports.extract.NumberField;
import th.planning.reports.extract.TextField;
import th.planning.reports.thai.Decimals;
import th.planning.reports.thai.ValueStatus;
import th.planning.reports.validate.Finding;
import th.planning.reports.validate.ValidatedReport;
import th.planning.reports.warehouse.FactTable.Export;

/**
 * The one table of fact tables: every table a validated report adds rows to, with its columns in the
 * table's order and where each value comes from. Adding a fact table is its migration, its part of the
 * record, and one definition here added to {@link #ALL}; the loader, the Parquet export and
 * {@code inspect} follow. {@link #checkCatalogue} compares the columns with DuckDB's own catalogue when
 * the warehouse opens, so a definition out of step with the migrations stops the run before any row.
 */
public final class FactTables {

    private FactTables() {
    }

    /** Section ๙ (and ๓/๘'s budget notes): one row per report. */
    public static final FactTable<ValidatedReport> FACT_BUDGET = FactTable
            .<ValidatedReport>named("fact_budget", Export.BY_PERIOD, List::of)
            .submission().periodKeys()
            .column("project_value", MONEY, (v, x) -> v.report().projectValue().value())
            .column("project_value_status", VARCHAR, (v, x) -> status(v.report().projectValue(), Decimals.MONEY))
            .column("allocated", MONEY, (v, x) -> v.report().allocated().value())
            .column("allocated_status", VARCHAR, (v, x) -> status(v.report().allocated(), Decimals.MONEY))
            .column("allocated_words", VARCHAR, (v, x) -> v.report().allocated().words())
            .column("allocated_words_value", MONEY, (v, x) -> wordsValue(v.report().allocated()))
            .column("contracted", MONEY, (v, x) -> v.report().contracted().value())
            .column("contracted_status", VARCHAR, (v, x) -> status(v.report().contracted(), Decimals.MONEY))
            .column("contracted_words", VARCHAR, (v, x) -> v.report().contracted().words())
            .column("contracted_words_value", MONEY, (v, x) -> wordsValue(v.report().contracted()))
            .column("disbursed", MONEY, (v, x) -> v.report().disbursed().value())
            .column("disbursed_status", VARCHAR, (v, x) -> status(v.report().disbursed(), Decimals.MONEY))
            .column("disbursed_words", VARCHAR, (v, x) -> v.report().disbursed().words())
            .column("disbursed_words_value", MONEY, (v, x) -> wordsValue(v.report().disbursed()))
            .column("carried_over", BOOLEAN, (v, x) -> v.report().budgetSemantics().carriedOver())
            .column("carried_over_from_year_be", INTEGER, (v, x) -> v.report().budgetSemantics().carriedOverFromYearBe())
            .column("carried_over_source", VARCHAR, (v, x) -> v.report().budgetSemantics().carriedOverSource())
            .column("reserved", BOOLEAN, (v, x) -> v.report().budgetSemantics().reserved())
            .column("reserved_amount", MONEY, (v, x) -> v.report().budgetSemantics().reservedAmount())
            .column("reserved_source", VARCHAR, (v, x) -> v.report().budgetSemantics().reservedSource())
            .column("contract_unsigned", BOOLEAN, (v, x) -> v.report().budgetSemantics().contractUnsigned())
            .column("no_budget", BOOLEAN, (v, x) -> v.report().budgetSemantics().noBudget())
            .column("no_budget_source", VARCHAR, (v, x) -> v.report().budgetSemantics().noBudgetSource())
            .column("allocated_where", VARCHAR, (v, x) -> Where.text(v.report().allocated().where()))
            .column("contracted_where", VARCHAR, (v, x) -> Where.text(v.report().contracted().where()))
            .column("disbursed_where", VARCHAR, (v, x) -> Where.text(v.report().disbursed().where()))
            .build();

    /** Section ๑๔: one row per report. */
    public static final FactTable<ValidatedReport> FACT_PROGRESS = FactTable
            .<ValidatedReport>named("fact_progress", Export.BY_PERIOD, List::of)
            .submission().periodKeys()
            .column("progress_total_pct", PERCENT, (v, x) -> v.report().progressTotal().value())
            .column("progress_total_status", VARCHAR, (v, x) -> status(v.report().progressTotal(), Decimals.PERCENT))
            .column("progress_year_pct", PERCENT, (v, x) -> v.report().progressYear().value())
            .column("progress_year_status", VARCHAR, (v, x) -> status(v.report().progressYear(), Decimals.PERCENT))
            .column("progress_total_where", VARCHAR, (v, x) -> Where.text(v.report().progressTotal().where()))
            .column("progress_year_where", VARCHAR, (v, x) -> Where.text(v.report().progressYear().where()))
            .build();

    /** The prose and the area (sections ๓, ๔–๖, ๘, ๑๐, ๑๒, ๑๓, the coordinator): one row per report. */
    public static final FactTable<ValidatedReport> REPORT_TEXT = FactTable
            .<ValidatedReport>named("report_text", Export.WHOLE, List::of)
            .submission()
            .column("budget_plan", VARCHAR, (v, x) -> value(v.report().budgetPlan()))
            .column("area", VARCHAR, (v, x) -> value(v.report().area()))
            .column("activities_declared", INTEGER, (v, x) -> v.report().activitiesDeclared())
            .column("activities_found", INTEGER, (v, x) -> v.report().activities().size())
            .column("objectives", VARCHAR, (v, x) -> value(text(v).objectives()))
            .column("targets", VARCHAR, (v, x) -> value(text(v).targets()))
            .column("summary", VARCHAR, (v, x) -> value(text(v).summary()))
            .column("benefits", VARCHAR, (v, x) -> value(text(v).benefits()))
            .column("problems", VARCHAR, (v, x) -> value(text(v).problems()))
            .column("provinces", VARCHAR_LIST, (v, x) -> text(v).provinces())
            .column("nationwide", BOOLEAN, (v, x) -> text(v).nationwide())
            .column("duration", VARCHAR, (v, x) -> value(text(v).duration()))
            .column("duration_months", INTEGER, (v, x) -> text(v).durationMonths())
            .column("coordinator", VARCHAR, (v, x) -> value(text(v).coordinator()))
            .column("coordinator_phone", VARCHAR, (v, x) -> value(text(v).phone()))
            .column("regions", VARCHAR_LIST, (v, x) -> text(v).regions())
            .build();

    /** Sections ๗ / ๑๑.๑: one row per indicator. */
    public static final FactTable<Kpi> FACT_KPI = FactTable
            .<Kpi>named("fact_kpi", Export.BY_PERIOD, v -> v.report().kpis())
            .submission()
            .column("seq", INTEGER, (k, v) -> k.seq())
            .periodKeys()
            .column("source_section", VARCHAR, (k, v) -> k.section())
            .column("kind", VARCHAR, (k, v) -> k.kind())
            .column("indicator", VARCHAR, (k, v) -> k.indicator())
            .column("unit", VARCHAR, (k, v) -> k.unit())
            .column("target_year_be", INTEGER, (k, v) -> k.targetYearBe())
            .column("target_text", VARCHAR, (k, v) -> k.targetText())
            .column("target_value", MONEY, (k, v) -> k.targetValue())
            .column("result_text", VARCHAR, (k, v) -> k.resultText())
            .column("result_value", MONEY, (k, v) -> k.resultValue())
            // A result too large for its column is stored as NULL (Rules.outOfRange says why): not a VALUE.
            .column("result_status", VARCHAR, (k, v) -> k.resultValue() != null
                    && !Decimals.MONEY.fits(k.resultValue()) ? "MALFORMED" : k.resultStatus())
            .column("source_where", VARCHAR, (k, v) -> Where.text(k.where()))
            .build();

    /** Section ๗: one row per indicator per fiscal-year column (V006). */
    public static final FactTable<KpiTarget> FACT_KPI_TARGET = FactTable
            .<KpiTarget>named("fact_kpi_target", Export.BY_PERIOD, v -> v.report().kpiTargets())
            .submission()
            .column("seq", INTEGER, (t, v) -> t.seq())
            .column("year_be", INTEGER, (t, v) -> t.yearBe())
            .periodKeys()
            .column("kind", VARCHAR, (t, v) -> t.kind())
            .column("indicator", VARCHAR, (t, v) -> t.indicator())
            .column("unit", VARCHAR, (t, v) -> t.unit())
            .column("target_text", VARCHAR, (t, v) -> t.targetText())
            .column("target_value", MONEY, (t, v) -> t.targetValue())
            .column("source_where", VARCHAR, (t, v) -> Where.text(t.where()))
            .build();

    /** Sections ๘ / ๑๑.๒: one row per activity (a group is one row). */
    public static final FactTable<Activity> FACT_ACTIVITY = FactTable
            .<Activity>named("fact_activity", Export.BY_PERIOD, v -> v.report().activities())
            .submission()
            .column("seq", INTEGER, (a, v) -> a.seq())
            .periodKeys()
            .column("activity", VARCHAR, (a, v) -> a.activity())
            .column("planned_text", VARCHAR, (a, v) -> a.plannedText())
            .column("planned_start", DATE, (a, v) -> a.plannedStart())
            .column("planned_end", DATE, (a, v) -> a.plannedEnd())
            .column("result_text", VARCHAR, (a, v) -> a.resultText())
            .column("result_q1", VARCHAR, (a, v) -> a.q1())
            .column("result_q2", VARCHAR, (a, v) -> a.q2())
            .column("result_q3", VARCHAR, (a, v) -> a.q3())
            .column("result_q4", VARCHAR, (a, v) -> a.q4())
            .column("source_where", VARCHAR, (a, v) -> Where.text(a.where()))
            .build();

    /** A group activity's steps, one row each (V011), joined to the group by (submission_id, activity_seq). */
    public static final FactTable<Step> FACT_ACTIVITY_STEP = FactTable
            .<Step>named("fact_activity_step", Export.BY_PERIOD, v -> Step.of(v.report().activities()))
            .submission()
            .column("activity_seq", INTEGER, (s, v) -> s.activitySeq())
            .column("step_no", INTEGER, (s, v) -> s.no())
            .periodKeys()
            .column("step", VARCHAR, (s, v) -> s.step().name())
            .column("planned_text", VARCHAR, (s, v) -> s.step().plannedText())
            .column("planned_start", DATE, (s, v) -> s.step().plannedStart())
            .column("planned_end", DATE, (s, v) -> s.step().plannedEnd())
            .build();

    /** The validator's findings, numbered 1.. in their order (rendition findings are added by the loader). */
    public static final FactTable<Numbered<Finding>> DQ_FINDING = FactTable
            .<Numbered<Finding>>named("dq_finding", Export.BY_SUBMISSION_PERIOD, v -> Numbered.of(v.findings()))
            .submission()
            .column("finding_no", INTEGER, (f, v) -> f.no())
            .column("section", VARCHAR, (f, v) -> f.item().section())
            .column("field", VARCHAR, (f, v) -> f.item().field())
            .column("rule", VARCHAR, (f, v) -> f.item().rule())
            .column("severity", VARCHAR, (f, v) -> f.item().severity().label())
            .column("message_th", VARCHAR, (f, v) -> f.item().messageTh())
            .column("message_en", VARCHAR, (f, v) -> f.item().messageEn())
            .column("evidence", VARCHAR, (f, v) -> f.item().evidence())
            .column("source_where", VARCHAR, (f, v) -> Where.text(fieldWhere(f.item(), v)))
            .build();

    /**
     * Amounts stated outside ๙.๑–๙.๓. One too large for its column is left out: amount is NOT NULL, and
     * Rules.outOfRange's finding keeps the sentence.
     */
    public static final FactTable<MoneyMention> FACT_MONEY_MENTION = FactTable
            .<MoneyMention>named("fact_money_mention", Export.WHOLE, v -> v.report().moneyMentions().stream()
                    .filter(m -> Decimals.MONEY.fits(m.amount())).toList())
            .submission()
            .column("seq", INTEGER, (m, v) -> m.seq())
            .key("project_id", INTEGER, FactTable.Key.PROJECT)
            .key("agency_id", INTEGER, FactTable.Key.AGENCY)
            .key("fiscal_period_id", INTEGER, FactTable.Key.FISCAL_PERIOD)
            .column("kind", VARCHAR, (m, v) -> m.kind())
            .column("quarter", INTEGER, (m, v) -> m.quarter())
            .column("fiscal_year_be", INTEGER, (m, v) -> m.fiscalYearBe())
            .column("amount", MONEY, (m, v) -> m.amount())
            .column("sentence", VARCHAR, (m, v) -> m.sentence())
            .column("section", VARCHAR, (m, v) -> m.section())
            .build();

    /** Every fact table, in the order they are loaded and exported. Add a new one here. */
    public static final List<FactTable<?>> ALL = List.of(
            FACT_BUDGET, FACT_PROGRESS, REPORT_TEXT, FACT_KPI, FACT_KPI_TARGET, FACT_ACTIVITY, FACT_ACTIVITY_STEP,
            DQ_FINDING, FACT_MONEY_MENTION);

    /** A step of a group activity, numbered 1.. in §๘'s order within its group. */
    public record Step(int activitySeq, int no, Activity.Step step) {
        static List<Step> of(List<Activity> activities) {
            List<Step> out = new ArrayList<>();
            for (Activity a : activities) {
                for (int i = 0; i < a.steps().size(); i++) {
                    out.add(new Step(a.seq(), i + 1, a.steps().get(i)));
                }
            }
            return out;
        }
    }

    /** An item with its place (1..) in its list. */
    public record Numbered<T>(int no, T item) {
        static <T> List<Numbered<T>> of(List<T> items) {
            return IntStream.range(0, items.size()).mapToObj(i -> new Numbered<>(i + 1, items.get(i))).toList();
        }
    }

    /**
     * Checks each table's columns, names and types in order, against DuckDB's catalogue; the Appender
     * appends by position, so a definition that lists a column in another place than the table would
     * put values into the wrong columns.
     *
     * @throws IllegalStateException naming the table and the first column that differs
     */
    public static void checkCatalogue(Connection c, List<FactTable<?>> tables) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT column_name, data_type FROM information_schema.columns
                WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position""")) {
            for (FactTable<?> t : tables) {
                List<String> actual = new ArrayList<>();
                ps.setString(1, t.name());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        actual.add(rs.getString(1) + " " + rs.getString(2));
                    }
                }
                List<String> declared = t.columns().stream().map(col -> col.name() + " " + col.type().sql()).toList();
                if (actual.isEmpty()) {
                    throw new IllegalStateException("fact table " + t.name()
                            + " is defined in FactTables but the warehouse has no such table (is its migration missing?)");
                }
                if (!actual.equals(declared)) {
                    int i = 0;
                    while (i < Math.min(actual.size(), declared.size()) && actual.get(i).equals(declared.get(i))) {
                        i++;
                    }
                    throw new IllegalStateException("fact table " + t.name() + ": FactTables' columns differ from the"
                            + " warehouse's at column " + (i + 1) + ": defined "
                            + (i < declared.size() ? "'" + declared.get(i) + "'" : "nothing more") + ", the warehouse has "
                            + (i < actual.size() ? "'" + actual.get(i) + "'" : "nothing more")
                            + " (columns in the warehouse: " + String.join(", ", actual) + ")");
                }
            }
        }
    }

    /**
     * Where the one figure a finding is about was read (its field names a headline figure), else null:
     * a finding about several rows or the whole file has no one place.
     */
    public static Where fieldWhere(Finding f, ValidatedReport v) {
        if (f.field() == null) {
            return null;
        }
        return switch (f.field()) {
            case "allocated" -> v.report().allocated().where();
            case "contracted" -> v.report().contracted().where();
            case "disbursed" -> v.report().disbursed().where();
            case "progress_total_pct" -> v.report().progressTotal().where();
            case "progress_year_pct" -> v.report().progressYear().where();
            default -> null;
        };
    }

    private static FormText text(ValidatedReport v) {
        return v.report().formText();
    }

    private static String value(TextField f) {
        return f == null || !f.present() ? null : f.value();
    }

    /** The words' amount when the words read as a whole amount. */
    private static Object wordsValue(NumberField f) {
        return f.wordsValue() != null && f.wordsValue().complete() ? f.wordsValue().value() : null;
    }

    /** The field's status; MALFORMED when its value is one the column stores as NULL. */
    private static String status(NumberField f, Decimals column) {
        return f.value() != null && !column.fits(f.value()) ? ValueStatus.MALFORMED.name() : f.status().name();
    }
}
