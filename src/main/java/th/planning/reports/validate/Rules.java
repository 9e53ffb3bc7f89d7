package th.planning.reports.validate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import th.planning.reports.document.OcrFigure;
import th.planning.reports.document.TextSource;
import th.planning.reports.extract.Activity;
import th.planning.reports.extract.Kpi;
import th.planning.reports.extract.KpiTarget;
import th.planning.reports.extract.MoneyMention;
import th.planning.reports.extract.NumberField;
import th.planning.reports.extract.ReportRecord;
import th.planning.reports.extract.TextField;
import th.planning.reports.thai.Decimals;
import th.planning.reports.thai.ValueStatus;
import th.planning.reports.validate.Finding.Severity;

/**
 * The data-quality rules, each a pure function of what the form said. A rule raises nothing when a
 * value it needs is not there (blank, nil or absent): a missing value is its own rule's business.
 */
public final class Rules {

    public static final String WORDS_DISAGREE = "amount_words_disagree";
    public static final String WORDS_UNREADABLE = "amount_words_unreadable";
    public static final String DISBURSED_OVER_ALLOCATED = "disbursed_over_allocated";
    public static final String CONTRACTED_OVER_ALLOCATED = "contracted_over_allocated";
    public static final String PROGRESS_OUT_OF_RANGE = "progress_out_of_range";
    public static final String PROGRESS_AHEAD_OF_DISBURSEMENT = "progress_ahead_of_disbursement";
    public static final String PROJECT_VALUE_DIFFERS = "project_value_differs_from_allocated";
    public static final String MALFORMED_NUMBER = "malformed_number";
    public static final String MISSING_REQUIRED = "missing_required_field";
    public static final String PERIOD_CONFLICT = "period_conflict";
    public static final String ACTIVITY_COUNT_DIFFERS = "activity_count_differs";
    public static final String BUDGET_YEAR_DIFFERS = "budget_year_differs";
    public static final String NEGATIVE_AMOUNT = "negative_amount";
    public static final String VALUE_OUT_OF_RANGE = "value_out_of_range";
    public static final String IMPOSSIBLE_DATE = "impossible_date";
    public static final String OCR_LOW_CONFIDENCE = "ocr_low_confidence";

    /** Figures of a scan's other text quoted in its one finding about them. */
    static final int OCR_QUOTED = 10;

    /**
     * Progress (in percentage points) may run ahead of the share of the allocation disbursed by this
     * much before it is flagged. Measured on the 40 seed reports: every report an analyst called odd
     * for this (01, 12, 13, 16, 19, 27: gaps 35–100 points) is above it, and the carry-over projects
     * reporting 15–20% with nothing paid yet, or 84% with 64% paid, are below it. A flat "100% with
     * under half paid" would miss 12 (52% paid) and 19 (57% paid), both flagged by the analyst.
     */
    static final BigDecimal PROGRESS_GAP_POINTS = new BigDecimal("30");

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private Rules() {
    }

    /**
     * Figures read by OCR with a low confidence. One in a headline field (§๙ amounts, §๑๔ progress,
     * the project's value) is a finding of that field quoting what was read; the others of the
     * document are one finding quoting the first {@link #OCR_QUOTED}.
     */
    public static List<Finding> ocrUncertain(ReportRecord r, TextSource source) {
        List<Finding> out = new ArrayList<>();
        if (source.uncertainFigures().isEmpty()) {
            return out;
        }
        Object[][] fields = {
            {"project_value", r.projectValue()}, {"allocated", r.allocated()}, {"contracted", r.contracted()},
            {"disbursed", r.disbursed()}, {"progress_total_pct", r.progressTotal()}, {"progress_year_pct", r.progressYear()},
        };
        List<String> others = new ArrayList<>();
        for (OcrFigure f : source.uncertainFigures()) {
            String quoted = "page " + f.page() + ": \"" + f.text() + "\" (confidence " + f.confidence()
                    + " of 100; the OCR engine read \"" + f.engineRead() + "\")";
            boolean headline = false;
            for (Object[] field : fields) {
                NumberField n = (NumberField) field[1];
                if (n.source() != null && containsFigure(n.source(), f.text())) {
                    out.add(new Finding(n.section(), (String) field[0], OCR_LOW_CONFIDENCE, Severity.WARNING,
                            "ตัวเลขที่อ่านจากภาพสแกนไม่ชัด ควรตรวจกับต้นฉบับ",
                            "figure read from a scan with low confidence: check it against the paper",
                            quoted + " in: " + n.source()));
                    headline = true;
                }
            }
            if (!headline) {
                others.add(quoted);
            }
        }
        if (!others.isEmpty()) {
            String evidence = String.join("; ", others.subList(0, Math.min(OCR_QUOTED, others.size())))
                    + (others.size() > OCR_QUOTED ? "; and " + (others.size() - OCR_QUOTED) + " more" : "");
            out.add(new Finding("file", "text", OCR_LOW_CONFIDENCE, Severity.WARNING,
                    "ตัวเลข " + others.size() + " จำนวนในเอกสารอ่านจากภาพสแกนไม่ชัด",
                    others.size() + " figure(s) of the text read from a scan with low confidence", evidence));
        }
        return out;
    }

    /** Whether {@code text} has {@code figure} as a whole figure (no digit, or point and digit, either side). */
    public static boolean containsFigure(String text, String figure) {
        for (int at = text.indexOf(figure); at >= 0; at = text.indexOf(figure, at + 1)) {
            int end = at + figure.length();
            boolean before = at > 0 && (Character.isDigit(text.charAt(at - 1))
                    || at > 1 && ".,".indexOf(text.charAt(at - 1)) >= 0 && Character.isDigit(text.charAt(at - 2)));
            boolean after = end < text.length() && (Character.isDigit(text.charAt(end))
                    || end + 1 < text.length() && ".,".indexOf(text.charAt(end)) >= 0 && Character.isDigit(text.charAt(end + 1)));
            if (!before && !after) {
                return true;
            }
        }
        return false;
    }

    /** All the rules that need only the form. */
    public static List<Finding> check(ReportRecord r) {
        List<Finding> out = new ArrayList<>();
        for (NumberField f : List.of(r.projectValue(), r.allocated(), r.contracted(), r.disbursed())) {
            out.addAll(amountWords(f, fieldName(r, f)));
        }
        out.addAll(overAllocated(r.allocated(), r.contracted(), "contracted", CONTRACTED_OVER_ALLOCATED,
                "จำนวนเงินที่ลงนามสัญญา", "contracted"));
        out.addAll(overAllocated(r.allocated(), r.disbursed(), "disbursed", DISBURSED_OVER_ALLOCATED,
                "จำนวนเงินที่เบิกจ่าย", "disbursed"));
        out.addAll(progressRange(r.progressTotal(), "progress_total_pct"));
        out.addAll(progressRange(r.progressYear(), "progress_year_pct"));
        out.addAll(progressAheadOfDisbursement(r));
        out.addAll(projectValueDiffers(r));
        out.addAll(malformed(r));
        out.addAll(negativeAmounts(r));
        out.addAll(outOfRange(r));
        out.addAll(missingFields(r));
        out.addAll(activityCount(r));
        out.addAll(budgetYear(r));
        out.addAll(impossibleDates(r));
        return out;
    }

    /**
     * A date or year no calendar has, or a fiscal year outside BE 2500–2700: reported as typed, never
     * replaced by another year (a header's impossible year leaves the form's year unknown; the drop
     * folder may then file the report, as for a form that states none).
     */
    static List<Finding> impossibleDates(ReportRecord r) {
        List<Finding> out = new ArrayList<>();
        for (TextField d : r.impossibleDates()) {
            boolean year = d.section().equals("header") || d.section().equals("9");
            out.add(new Finding(d.section(), year ? "fiscal_year_be" : "date", IMPOSSIBLE_DATE, Severity.ERROR,
                    "วันที่หรือปีที่เป็นไปไม่ได้: " + d.value(),
                    "impossible or implausible date or year (fiscal years are BE "
                            + th.planning.reports.thai.ThaiDates.FIRST_PLAUSIBLE_YEAR_BE + "–"
                            + th.planning.reports.thai.ThaiDates.LAST_PLAUSIBLE_YEAR_BE + "): " + d.value(),
                    d.source()));
        }
        return out;
    }

    /**
     * Section ๙ reports the budget of another year than the report's (a carried-over project's money,
     * or a heading copied from last year's form): the amounts may not be this year's allocation.
     */
    static List<Finding> budgetYear(ReportRecord r) {
        List<Finding> out = new ArrayList<>();
        TextField y = r.budgetYear();
        if (y.present() && r.fiscalYearBe() != null && Integer.parseInt(y.value()) != r.fiscalYearBe()) {
            out.add(new Finding("9", "budget_year", BUDGET_YEAR_DIFFERS, Severity.WARNING,
                    "ข้อ ๙ รายงานงบประมาณปี พ.ศ. " + y.value() + " แต่แบบรายงานเป็นของปีงบประมาณ " + r.fiscalYearBe(),
                    "section 9 reports the budget of " + y.value() + " in a report for fiscal year " + r.fiscalYearBe(),
                    y.source()));
        }
        // ๑๔.๒ "…ของเป้าหมายในปี พ.ศ. ๒๕๖๗": progress of this year, so the year it names must be this one.
        String p = r.progressYear().source();
        int in = p == null ? -1 : p.indexOf("ในปี");
        Integer year = in < 0 ? null : th.planning.reports.thai.ThaiDates.parseBuddhistYear(p.substring(in));
        if (year != null && r.fiscalYearBe() != null && !year.equals(r.fiscalYearBe())) {
            out.add(new Finding("14", "progress_year_pct", BUDGET_YEAR_DIFFERS, Severity.WARNING,
                    "ข้อ ๑๔.๒ รายงานความก้าวหน้าของปี พ.ศ. " + year + " แต่แบบรายงานเป็นของปีงบประมาณ " + r.fiscalYearBe(),
                    "section 14.2 reports progress for " + year + " in a report for fiscal year " + r.fiscalYearBe(), p));
        }
        return out;
    }

    /**
     * "มีกิจกรรมทั้งหมด จำนวน ๒ กิจกรรม" against the activities the ๑๑.๒ table lists. Silent when no
     * activity could be read at all: that says more about the file than about the form. Silent too when
     * the count is §๑๑.๒'s own rows and every scheduled activity §๑๑.๒ leaves out starts after the report's
     * fiscal year (report 09: ๓ declared, ๓ reported, a 4th scheduled from ตุลาคม ๒๕๖๗, in FY ๒๕๖๘): the
     * report agrees with itself, counting this year's activities.
     */
    static List<Finding> activityCount(ReportRecord r) {
        Integer declared = r.activitiesDeclared();
        int found = r.activities().size();
        if (declared == null || found == 0 || declared == found || declared == reportedLeavingOutOnlyLaterYears(r)) {
            return List.of();
        }
        return List.of(new Finding("11.2", "activities", ACTIVITY_COUNT_DIFFERS, Severity.WARNING,
                "ระบุว่ามีกิจกรรมทั้งหมด " + declared + " กิจกรรม แต่ตารางผลการดำเนินงานมี " + found + " กิจกรรม",
                "declares " + declared + " activities but its results table lists " + found,
                "มีกิจกรรมทั้งหมด จำนวน " + declared + " กิจกรรม; " + found + " in the table"));
    }

    /**
     * The activities with a §๑๑.๒ row, when every one without starts after the report's fiscal year ends
     * (30 September); -1 when one without could be this year's, or the year is unknown.
     */
    static int reportedLeavingOutOnlyLaterYears(ReportRecord r) {
        if (r.fiscalYearBe() == null) {
            return -1;
        }
        java.time.LocalDate yearEnd = th.planning.reports.thai.FiscalCalendar.quarterEnd(r.fiscalYearBe(), 4);
        int reported = 0;
        for (Activity a : r.activities()) {
            if (a.resultText() != null) {
                reported++;
            } else if (a.plannedStart() == null || !a.plannedStart().isAfter(yearEnd)) {
                return -1;
            }
        }
        return reported;
    }

    private static String fieldName(ReportRecord r, NumberField f) {
        return f == r.projectValue() ? "project_value" : f == r.allocated() ? "allocated"
                : f == r.contracted() ? "contracted" : "disbursed";
    }

    /** Digits and words both read and different; or words present that are not a well-formed amount. */
    static List<Finding> amountWords(NumberField f, String field) {
        if (f.wordsDisagree()) {
            return List.of(new Finding(f.section(), field, WORDS_DISAGREE, Severity.WARNING,
                    "จำนวนเงินตัวเลข " + money(f.value()) + " บาท ไม่ตรงกับตัวอักษร " + money(f.wordsValue().value())
                            + " บาท (" + f.words() + ")",
                    "amount in digits " + money(f.value()) + " differs from its words " + money(f.wordsValue().value()),
                    f.source()));
        }
        if (f.words() != null && f.wordsValue() != null && !f.wordsValue().complete()) {
            return List.of(new Finding(f.section(), field, WORDS_UNREADABLE, Severity.WARNING,
                    "อ่านจำนวนเงินตัวอักษรไม่ได้ (อาจพิมพ์ผิด): " + f.words(),
                    "amount in words cannot be read (typo?): " + f.wordsValue().problem(),
                    f.source()));
        }
        return List.of();
    }

    static List<Finding> overAllocated(NumberField allocated, NumberField other, String field, String rule,
                                       String labelTh, String labelEn) {
        if (allocated.value() == null || other.value() == null || other.value().compareTo(allocated.value()) <= 0) {
            return List.of();
        }
        return List.of(new Finding(other.section(), field, rule, Severity.ERROR,
                labelTh + " " + money(other.value()) + " บาท เกินงบประมาณที่ได้รับจัดสรร " + money(allocated.value()) + " บาท",
                labelEn + " " + money(other.value()) + " exceeds allocated " + money(allocated.value()),
                evidence(allocated, other)));
    }

    static List<Finding> progressRange(NumberField p, String field) {
        if (p.value() == null || (p.value().signum() >= 0 && p.value().compareTo(HUNDRED) <= 0)) {
            return List.of();
        }
        return List.of(new Finding(p.section(), field, PROGRESS_OUT_OF_RANGE, Severity.ERROR,
                "ความก้าวหน้าร้อยละ " + p.value().toPlainString() + " อยู่นอกช่วง 0–100",
                "progress " + p.value().toPlainString() + "% is outside 0–100", p.source()));
    }

    /** Work reported far ahead of the money paid out (see {@link #PROGRESS_GAP_POINTS}). */
    static List<Finding> progressAheadOfDisbursement(ReportRecord r) {
        BigDecimal allocated = r.allocated().value();
        BigDecimal disbursed = r.disbursed().value();
        BigDecimal progress = r.progressTotal().value();
        if (allocated == null || allocated.signum() <= 0 || disbursed == null || progress == null) {
            return List.of();
        }
        BigDecimal paidPct = disbursed.multiply(HUNDRED).divide(allocated, 1, RoundingMode.HALF_UP);
        if (progress.subtract(paidPct).compareTo(PROGRESS_GAP_POINTS) <= 0) {
            return List.of();
        }
        return List.of(new Finding(r.progressTotal().section(), "progress_total_pct", PROGRESS_AHEAD_OF_DISBURSEMENT,
                Severity.WARNING,
                "ความก้าวหน้าร้อยละ " + progress.toPlainString() + " แต่เบิกจ่ายเพียงร้อยละ " + paidPct.toPlainString()
                        + " ของงบประมาณที่ได้รับจัดสรร",
                "progress " + progress.toPlainString() + "% but only " + paidPct.toPlainString()
                        + "% of the allocation disbursed",
                evidence(r.progressTotal(), r.disbursed())));
    }

    static List<Finding> projectValueDiffers(ReportRecord r) {
        NumberField pv = r.projectValue();
        NumberField al = r.allocated();
        if (pv.status() != ValueStatus.VALUE || al.status() != ValueStatus.VALUE
                || pv.value().compareTo(al.value()) == 0) {
            return List.of();
        }
        return List.of(new Finding(pv.section(), "project_value", PROJECT_VALUE_DIFFERS, Severity.WARNING,
                "มูลค่าโครงการในข้อ ๓ " + money(pv.value()) + " บาท ไม่ตรงกับงบประมาณที่ได้รับจัดสรรในข้อ ๙.๑ "
                        + money(al.value()) + " บาท",
                "section 3 project value " + money(pv.value()) + " differs from 9.1 allocated " + money(al.value()),
                evidence(pv, al)));
    }

    static List<Finding> malformed(ReportRecord r) {
        List<Finding> out = new ArrayList<>();
        for (NumberField f : List.of(r.projectValue(), r.allocated(), r.contracted(), r.disbursed(),
                r.progressTotal(), r.progressYear())) {
            if (f.status() == ValueStatus.MALFORMED) {
                String field = f == r.progressTotal() ? "progress_total_pct"
                        : f == r.progressYear() ? "progress_year_pct" : fieldName(r, f);
                String seen = f.number().evidence() != null ? f.number().evidence() : f.source();
                out.add(new Finding(f.section(), field, MALFORMED_NUMBER, Severity.ERROR,
                        "ตัวเลขไม่ถูกต้อง: " + seen,
                        "not a valid number" + (f.number().problem() == null ? "" : ": " + f.number().problem()),
                        f.source() != null ? f.source() : seen));
            }
        }
        return out;
    }

    /**
     * A minus sign or accounting parentheses on a §๓/§๙ amount: kept as the negative value typed (a refund
     * netted off, or a typo: only a person can tell), never turned positive or blank, and flagged.
     */
    static List<Finding> negativeAmounts(ReportRecord r) {
        List<Finding> out = new ArrayList<>();
        for (NumberField f : List.of(r.projectValue(), r.allocated(), r.contracted(), r.disbursed())) {
            if (f.value() != null && f.value().signum() < 0) {
                out.add(new Finding(f.section(), fieldName(r, f), NEGATIVE_AMOUNT, Severity.ERROR,
                        "จำนวนเงินติดลบ: " + f.number().evidence(),
                        "negative amount " + money(f.value()) + " (" + f.number().problem() + "): "
                                + f.number().evidence(),
                        f.source() != null ? f.source() : f.number().evidence()));
            }
        }
        return out;
    }

    /**
     * Numbers read outside ๙.๑–๙.๓ and ๑๔ (those are MALFORMED when read) that have more digits than their
     * warehouse column holds: the amount in words, indicator targets and results, money in the notes. The
     * loader stores NULL for them (see {@link Decimals}); this finding quotes what was typed.
     */
    static List<Finding> outOfRange(ReportRecord r) {
        List<Finding> out = new ArrayList<>();
        for (NumberField f : List.of(r.progressTotal(), r.progressYear())) {
            if (f.value() != null && !Decimals.PERCENT.fits(f.value())) {   // the parser makes these MALFORMED
                out.add(tooLarge(f.section(), f == r.progressTotal() ? "progress_total_pct" : "progress_year_pct",
                        f.number().evidence(), f.source(), Decimals.PERCENT));
            }
        }
        for (NumberField f : List.of(r.projectValue(), r.allocated(), r.contracted(), r.disbursed())) {
            if (f.value() != null && !Decimals.MONEY.fits(f.value())) {      // likewise
                out.add(tooLarge(f.section(), fieldName(r, f), f.number().evidence(), f.source()));
            }
            if (f.wordsValue() != null && f.wordsValue().value() != null && !Decimals.MONEY.fits(f.wordsValue().value())) {
                out.add(tooLarge(f.section(), fieldName(r, f) + "_words_value", f.words(), f.source()));
            }
        }
        for (Kpi k : r.kpis()) {
            if (k.targetValue() != null && !Decimals.MONEY.fits(k.targetValue())) {
                out.add(tooLarge(k.section(), "target_value", k.targetText(), k.source()));
            }
            if (k.resultValue() != null && !Decimals.MONEY.fits(k.resultValue())) {
                out.add(tooLarge(k.section(), "result_value", k.resultText(), k.source()));
            }
        }
        for (KpiTarget t : r.kpiTargets()) {
            if (t.targetValue() != null && !Decimals.MONEY.fits(t.targetValue())) {
                out.add(tooLarge("7", "kpi_target_value", t.targetText(), t.source()));
            }
        }
        for (MoneyMention m : r.moneyMentions()) {
            if (!Decimals.MONEY.fits(m.amount())) {
                out.add(tooLarge(m.section(), "money_mention", m.amount().toPlainString(), m.sentence()));
            }
        }
        BigDecimal reserved = r.budgetSemantics().reservedAmount();
        if (reserved != null && !Decimals.MONEY.fits(reserved)) {
            out.add(tooLarge("9", "reserved_amount", reserved.toPlainString(), r.budgetSemantics().reservedSource()));
        }
        return out;
    }

    private static Finding tooLarge(String section, String field, String typed, String source) {
        return tooLarge(section, field, typed, source, Decimals.MONEY);
    }

    private static Finding tooLarge(String section, String field, String typed, String source, Decimals column) {
        return new Finding(section, field, VALUE_OUT_OF_RANGE, Severity.ERROR,
                "ตัวเลขยาวเกินกว่าที่คลังข้อมูลเก็บได้ (ไม่บันทึกค่า): " + typed,
                "more digits than the warehouse's " + column.sqlType() + " holds; not stored: " + typed,
                source != null ? source : typed);
    }

    static List<Finding> missingFields(ReportRecord r) {
        List<Finding> out = new ArrayList<>();
        missingText(out, r.projectName(), "project_name", "ชื่อโครงการ", "project name");
        missingText(out, r.agency(), "agency", "ชื่อหน่วยงาน", "agency");
        if (r.allocated().status() == ValueStatus.ABSENT) {
            out.add(missing("9", "allocated", "งบประมาณที่ได้รับจัดสรร (ข้อ ๙.๑)", "allocated budget (9.1)"));
        }
        return out;
    }

    /** Fiscal year and quarter are required once form, folder and file name have all been consulted. */
    static List<Finding> missingPeriod(Integer year, Integer quarter) {
        List<Finding> out = new ArrayList<>();
        if (year == null) {
            out.add(missing("header", "fiscal_year_be", "ปีงบประมาณ", "fiscal year"));
        }
        if (quarter == null) {
            out.add(missing("3", "quarter", "ไตรมาส", "quarter"));
        }
        return out;
    }

    private static void missingText(List<Finding> out, TextField f, String field, String th, String en) {
        if (f == null || !f.present()) {
            out.add(missing(f == null ? null : f.section(), field, th, en));
        }
    }

    private static Finding missing(String section, String field, String th, String en) {
        return new Finding(section, field, MISSING_REQUIRED, Severity.ERROR, "ไม่พบ" + th, en + " is missing", null);
    }

    /** The form's fiscal year or quarter against the drop folder's and the file name's. */
    static List<Finding> periodConflicts(ReportRecord r, String relativePath, DropFolderHints folder,
                                         DropFolderHints name) {
        List<Finding> out = new ArrayList<>();
        conflict(out, "fiscal_year_be", "ปีงบประมาณ", "fiscal year", r.fiscalYearBe(), folder.fiscalYearBe(),
                name.fiscalYearBe(), relativePath);
        conflict(out, "quarter", "ไตรมาส", "quarter", r.quarter(), folder.quarter(), name.quarter(), relativePath);
        return out;
    }

    private static void conflict(List<Finding> out, String field, String th, String en, Integer form,
                                 Integer folder, Integer name, String path) {
        String[] whereTh = {"แบบฟอร์ม", "โฟลเดอร์", "ชื่อไฟล์"};
        String[] whereEn = {"form", "folder", "file name"};
        Integer[] v = {form, folder, name};
        for (int i = 0; i < 3; i++) {
            for (int j = i + 1; j < 3; j++) {
                if (v[i] != null && v[j] != null && !v[i].equals(v[j])) {
                    out.add(new Finding(i == 0 ? (field.equals("quarter") ? "3" : "header") : "file", field,
                            PERIOD_CONFLICT, Severity.ERROR,
                            th + "ใน" + whereTh[i] + " (" + v[i] + ") ไม่ตรงกับ" + whereTh[j] + " (" + v[j] + ")",
                            en + " in the " + whereEn[i] + " (" + v[i] + ") conflicts with the " + whereEn[j]
                                    + " (" + v[j] + ")",
                            path));
                    return;     // one finding per field is enough to send a person to look
                }
            }
        }
    }

    private static String evidence(NumberField a, NumberField b) {
        if (a.source() == null) {
            return b.source();
        }
        return b.source() == null || b.source().equals(a.source()) ? a.source() : a.source() + "\n" + b.source();
    }

    private static String money(BigDecimal v) {
        return String.format("%,.2f", v);
    }
}
