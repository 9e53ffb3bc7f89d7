package th.planning.reports.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import th.planning.reports.extract.NumberField;
import th.planning.reports.extract.ReportRecord;
import th.planning.reports.extract.TextField;
import th.planning.reports.thai.Amounts;

/** The rules the seed never triggers, on small hand-made reports; and a clean one raising nothing. */
class RulesEdgeCasesTest {

    static NumberField amount(String section, String text) {
        return new NumberField(Amounts.parseAmount(text), null, null, section, text);
    }

    static NumberField pct(String section, String text) {
        return new NumberField(Amounts.parsePercent(text), null, null, section, text);
    }

    static ReportRecord report(Integer year, Integer quarter, String name, NumberField allocated, NumberField progress) {
        return new ReportRecord(year, quarter, new TextField(name, "1", "๑. ชื่อโครงการ " + name),
                new TextField("สำนักงานสถิติแห่งชาติ", "2", "๒. ชื่อหน่วยงาน สำนักงานสถิติแห่งชาติ"),
                TextField.absent("3"), amount("3", "มูลค่าโครงการ ๑๐๐,๐๐๐ บาท"), allocated,
                amount("9", "๙.๒ ลงนามสัญญา จำนวน ๑๐๐,๐๐๐ บาท"), amount("9", "๙.๓ เบิกจ่ายแล้ว จำนวน ๙๐,๐๐๐ บาท"),
                TextField.absent("10"), progress, NumberField.absent("14"), java.util.List.of(), java.util.List.of(),
                null);
    }

    static ReportRecord clean() {
        return report(2567, 4, "โครงการทดสอบ", amount("9", "๙.๑ ได้รับจัดสรร จำนวน ๑๐๐,๐๐๐ บาท"),
                pct("14", "๑๔.๑ คิดเป็นร้อยละ ๙๕"));
    }

    static List<String> rules(ValidatedReport v) {
        return v.findings().stream().map(f -> f.rule() + " " + f.field()).toList();
    }

    @Test
    void aCleanReportInAMatchingFolderRaisesNothing() {
        assertThat(Validation.validate(clean(), "2567/Q4/agency/report Q4 2567.docx").findings()).isEmpty();
    }

    @Test
    void aMalformedAllocationIsAnErrorQuotingTheDigits() {
        ReportRecord r = report(2567, 4, "โครงการ", amount("9", "๙.๑ ได้รับจัดสรร จำนวน ๗,๗๐๐๐,๐๐๐ บาท"),
                pct("14", "ร้อยละ ๙๕"));
        ValidatedReport v = Validation.validate(r, "2567/Q4/a.docx");
        assertThat(rules(v)).containsExactly("malformed_number allocated");
        assertThat(v.findings().get(0).evidence()).contains("๗,๗๐๐๐,๐๐๐");
        assertThat(v.findings().get(0).severity()).isEqualTo(Finding.Severity.ERROR);
    }

    @Test
    void missingNameAllocationAndPeriodAreEachReported() {
        ReportRecord r = report(null, null, "  ", NumberField.absent("9"), pct("14", "ร้อยละ ๙๕"));
        assertThat(rules(Validation.validate(r, "inbox/a.docx"))).containsExactly(
                "missing_required_field project_name", "missing_required_field allocated",
                "missing_required_field fiscal_year_be", "missing_required_field quarter");
    }

    @Test
    void aPeriodTheFolderSuppliesIsNotMissing() {
        ReportRecord r = report(null, null, "โครงการ", amount("9", "จำนวน ๑๐๐,๐๐๐ บาท"), pct("14", "ร้อยละ ๙๕"));
        ValidatedReport v = Validation.validate(r, "2567/Q4/agency/a.docx");
        assertThat(v.findings()).isEmpty();
        assertThat(List.of(v.fiscalYearBe(), v.quarter())).containsExactly(2567, 4);
        assertThat(v.periodSource()).isEqualTo("folder");
    }

    @Test
    void formYearAgainstFolderAndQuarterAgainstFileNameAreConflicts() {
        ValidatedReport v = Validation.validate(clean(), "2566/Q4/agency/report_Q3.docx");
        assertThat(rules(v)).containsExactly("period_conflict fiscal_year_be", "period_conflict quarter");
        assertThat(v.findings().get(0).messageEn()).isEqualTo("fiscal year in the form (2567) conflicts with the folder (2566)");
        assertThat(v.findings().get(1).messageEn()).isEqualTo("quarter in the form (4) conflicts with the file name (3)");
        assertThat(v.findings().get(1).evidence()).isEqualTo("2566/Q4/agency/report_Q3.docx");
        // the form still wins the period
        assertThat(List.of(v.fiscalYearBe(), v.quarter())).containsExactly(2567, 4);
    }

    @Test
    void negativeProgressIsOutOfRange() {
        // The parser reads a dash as nil, so a negative value can only come from a spreadsheet's number.
        NumberField minus5 = new NumberField(new th.planning.reports.thai.ParsedNumber(
                th.planning.reports.thai.ValueStatus.VALUE, new java.math.BigDecimal("-5"), "-5", null),
                null, null, "14", "๑๔.๑ คิดเป็นร้อยละ -5");
        ReportRecord r = report(2567, 4, "โครงการ", amount("9", "จำนวน ๑๐๐,๐๐๐ บาท"), minus5);
        assertThat(rules(Validation.validate(r, "2567/Q4/a.docx"))).contains("progress_out_of_range progress_total_pct");
    }

    @Test
    void aNegativeAllocationIsKeptNegativeWithAnErrorQuotingIt() {
        ReportRecord r = report(2567, 4, "โครงการ", amount("9", "๙.๑ ได้รับจัดสรร จำนวน -๒๐,๑๐๐,๐๐๐ บาท"),
                pct("14", "ร้อยละ ๙๕"));
        ValidatedReport v = Validation.validate(r, "2567/Q4/a.docx");
        assertThat(r.allocated().value()).isEqualByComparingTo("-20100000");
        assertThat(rules(v)).contains("negative_amount allocated");
        Finding f = v.findings().stream().filter(x -> x.rule().equals("negative_amount")).findFirst().orElseThrow();
        assertThat(f.messageTh()).contains("-๒๐,๑๐๐,๐๐๐");
        assertThat(f.evidence()).isEqualTo("๙.๑ ได้รับจัดสรร จำนวน -๒๐,๑๐๐,๐๐๐ บาท");
        assertThat(f.severity()).isEqualTo(Finding.Severity.ERROR);
    }

    @Test
    void anAllocationPastTheWarehouseColumnIsMalformedQuotingTheDigits() {
        String typed = "12,345,678,901,234,567.89";
        ReportRecord r = report(2567, 4, "โครงการ", amount("9", "๙.๑ ได้รับจัดสรร จำนวน " + typed + " บาท"),
                pct("14", "ร้อยละ -99999999999999999999.5"));
        ValidatedReport v = Validation.validate(r, "2567/Q4/a.docx");
        assertThat(rules(v)).contains("malformed_number allocated", "malformed_number progress_total_pct");
        assertThat(v.findings().get(0).messageTh()).contains(typed);
    }

    @Test
    void anImpossibleDateIsAnErrorQuotingItsLine() {
        ReportRecord base = clean();
        ReportRecord r = new ReportRecord(null, 4, base.projectName(), base.agency(), base.budgetPlan(),
                base.projectValue(), base.allocated(), base.contracted(), base.disbursed(), base.area(),
                base.progressTotal(), base.progressYear(), List.of(), List.of(), null, null, null, null, null, null,
                List.of(new TextField("พ.ศ. ๓๐๐๐", "header", "แบบรายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. ๓๐๐๐")));
        ValidatedReport v = Validation.validate(r, "a.docx");
        assertThat(rules(v)).containsExactly("impossible_date fiscal_year_be", "missing_required_field fiscal_year_be");
        assertThat(v.fiscalYearBe()).isNull();
        assertThat(v.findings().get(0).messageTh()).endsWith("พ.ศ. ๓๐๐๐");
        assertThat(v.findings().get(0).evidence()).isEqualTo("แบบรายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. ๓๐๐๐");
        // The drop folder is a source of its own: it files the report, as for a form that states no year.
        ValidatedReport filed = Validation.validate(r, "2567/Q4/a.docx");
        assertThat(filed.fiscalYearBe()).isEqualTo(2567);
        assertThat(rules(filed)).containsExactly("impossible_date fiscal_year_be");
    }

    @Test
    void wordsTargetsAndMoneyInTheNotesPastTheirColumnAreFindingsQuotingThem() {
        ReportRecord base = clean();
        java.math.BigDecimal huge = new java.math.BigDecimal("1" + "0".repeat(20));
        NumberField allocated = new NumberField(base.allocated().number(), "หนึ่งแสนล้านล้านบาทถ้วน",
                new th.planning.reports.thai.BahtTextResult(huge.setScale(2), true, 24, null), "9", "๙.๑ …");
        th.planning.reports.extract.MoneyMention note = new th.planning.reports.extract.MoneyMention(1,
                "disbursed_total", null, 2567, huge, "รวมเป็นเงินจำนวนทั้งสิ้น " + huge + " บาท", "13");
        th.planning.reports.extract.KpiTarget target = new th.planning.reports.extract.KpiTarget(1, null, "ตัวชี้วัด",
                2567, "๑๐๐,๐๐๐,๐๐๐,๐๐๐,๐๐๐,๐๐๐,๐๐๐ คน", huge, "คน", "ตัวชี้วัด | ๑๐๐,๐๐๐,๐๐๐,๐๐๐,๐๐๐,๐๐๐,๐๐๐ คน");
        ReportRecord r = new ReportRecord(2567, 4, base.projectName(), base.agency(), base.budgetPlan(),
                base.projectValue(), allocated, base.contracted(), base.disbursed(), base.area(),
                base.progressTotal(), base.progressYear(), List.of(), List.of(), null, null, List.of(note), null, null,
                List.of(target), null);
        ValidatedReport v = Validation.validate(r, "2567/Q4/a.docx");
        assertThat(v.findings()).filteredOn(f -> f.rule().equals("value_out_of_range"))
                .extracting(f -> f.field() + " | " + f.evidence())
                .containsExactly("allocated_words_value | ๙.๑ …",
                        "kpi_target_value | ตัวชี้วัด | ๑๐๐,๐๐๐,๐๐๐,๐๐๐,๐๐๐,๐๐๐,๐๐๐ คน",
                        "money_mention | รวมเป็นเงินจำนวนทั้งสิ้น " + huge + " บาท");
    }
}
