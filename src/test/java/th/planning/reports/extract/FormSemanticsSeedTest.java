package th.planning.reports.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import th.planning.reports.support.SeedReports;

/** Budget semantics, money in notes and the form's prose, read from each of the 40 seed reports. */
class FormSemanticsSeedTest {

    private static List<ReportRecord> reports;

    /** Carried over from FY2566: §๘ says "ดำเนินการต่อเนื่องจากปีงบประมาณ ๒๕๖๖" (37: only §๙'s note says so). */
    private static final Set<Integer> CARRIED_OVER = Set.of(35, 36, 37, 38, 39, 40);
    /** §๙'s note: CX reserve / "กั้นเงินไว้เบิกเหลือในปี" (28, with its amount). */
    private static final Set<Integer> RESERVED = Set.of(2, 3, 4, 5, 6, 7, 8, 9, 11, 17, 27, 28);
    /** The CX notes say the contract cannot be signed yet; 28's reservation is for a signed project. */
    private static final Set<Integer> UNSIGNED = Set.of(2, 3, 4, 5, 6, 7, 8, 9, 11, 17, 27);

    @BeforeAll
    static void extractAll() throws Exception {
        List<List<String>> texts = SeedReports.texts();
        reports = new java.util.ArrayList<>();
        for (List<String> t : texts) {
            reports.add(FormExtractor.extract(SeedReports.document(t)));
        }
        assertThat(reports).hasSize(40);
    }

    private static ReportRecord report(int nn) {
        return reports.get(nn - 1);
    }

    static IntStream allReports() {
        return IntStream.rangeClosed(1, 40);
    }

    @ParameterizedTest(name = "report {0}")
    @MethodSource("allReports")
    void budgetFlagsAreThoseTheSeedStates(int nn) {
        BudgetSemantics b = report(nn).budgetSemantics();
        assertThat(b.carriedOver()).as("carried over").isEqualTo(CARRIED_OVER.contains(nn));
        assertThat(b.carriedOverFromYearBe()).isEqualTo(CARRIED_OVER.contains(nn) ? 2566 : null);
        assertThat(b.reserved()).as("reserved").isEqualTo(RESERVED.contains(nn));
        assertThat(b.contractUnsigned()).as("contract unsigned").isEqualTo(UNSIGNED.contains(nn));
        assertThat(b.noBudget()).as("no budget").isEqualTo(nn == 14);
    }

    @Test
    void report34IsNotCarriedOverByTheHeadingThatBelongsToReport35() {
        // The seed's "## โครงการกันเงินเหลื่อมปี …" heading ends report 34's text, after its §๑๔.
        assertThat(report(34).budgetSemantics().carriedOver()).isFalse();
    }

    @Test
    void report33IsNotCarriedOverAlthoughItsSection9HeadingSays2566() {
        assertThat(report(33).budgetSemantics().carriedOver()).isFalse();
    }

    @Test
    void carriedOverKeepsTheSentenceItWasReadFrom() {
        assertThat(report(35).budgetSemantics().carriedOverSource())
                .isEqualTo("(เป็นโครงการกันเงินเหลือปี ดำเนินการต่อเนื่องจากปีงบประมาณ ๒๕๖๖)");
        assertThat(report(37).budgetSemantics().carriedOverSource())
                .startsWith("หมายเหตุ :").contains("ในปีงบประมาณ พ.ศ. ๒๕๖๖ จำนวน ๙,๔๒๐,๖๐๐ บาท");
    }

    @Test
    void reservedAmountIsTheOneTheNoteStatesAndNullForCxNotesWithout() {
        assertThat(report(28).budgetSemantics().reservedAmount()).isEqualByComparingTo("10165000");
        assertThat(report(2).budgetSemantics().reservedAmount()).isNull();
        assertThat(report(2).budgetSemantics().reservedSource()).contains("สำรองเงิน CX");
    }

    @Test
    void noBudgetIsReadFromSection3() {
        assertThat(report(14).budgetSemantics().noBudgetSource())
                .isEqualTo("แผนปฏิบัติการราชการประจำปี มูลค่าโครงการตามการจัดสรรงบประมาณ - บาท (ไม่ใช้งบประมาณ)");
    }

    @Test
    void quarterDisbursementsCorrectedInReport35ComeWithTheFigureTheyReplace() {
        List<MoneyMention> m = report(35).moneyMentions().stream().filter(x -> x.section().equals("13")).toList();
        assertThat(m).extracting(MoneyMention::kind, MoneyMention::quarter, x -> x.amount().toPlainString())
                .containsExactly(
                        tuple("quarter_disbursed_superseded", 2, "477000.00"),
                        tuple("quarter_disbursed", 2, "447015.00"),
                        tuple("quarter_disbursed", 3, "1341045.00"),
                        tuple("quarter_disbursed", 4, "1192040.00"),
                        tuple("disbursed_total", null, "2980100.00"));
        assertThat(m.get(0).sentence()).startsWith("เนื่องจากมีการรายงานผลการเบิกจ่ายคลาดเคลื่อน")
                .endsWith("รวมทั้งสิ้น คือ ๒,๙๘๐,๑๐๐ บาท");
        assertThat(m).allMatch(x -> x.fiscalYearBe() == 2567);
    }

    @Test
    void additionalAllocationsKeepTheirQuarterWhenTheSentenceNamesIt() {
        assertThat(report(10).moneyMentions()).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo("additional_allocation");
            assertThat(x.quarter()).isEqualTo(3);
            assertThat(x.fiscalYearBe()).isEqualTo(2567);
            assertThat(x.amount()).isEqualByComparingTo("95900");
            assertThat(x.section()).isEqualTo("3");
            assertThat(x.sentence()).isEqualTo("(ได้รับการจัดสรรงบประมาณเพิ่มในไตรมาสที่ ๓/๖๗ จำนวน ๙๕,๙๐๐ บาท)");
        });
        assertThat(report(30).moneyMentions()).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo("additional_allocation");
            assertThat(x.quarter()).isNull();
            assertThat(x.amount()).isEqualByComparingTo("15685");
        });
    }

    @Test
    void previousYearFiguresOfEachCarriedOverProject() {
        Map<Integer, String> allocated2566 = Map.of(35, "3647700.00", 36, "1090300.00", 37, "9420600.00",
                38, "15000000.00", 39, "2965000.00", 40, "5840000.00");
        Map<Integer, String> balance = Map.of(35, "2980100.00", 36, "1090300.00", 37, "9420600.00",
                38, "14691100.00", 39, "2965000.00", 40, "5840000.00");
        for (int nn : CARRIED_OVER) {
            List<MoneyMention> prior = report(nn).moneyMentions().stream()
                    .filter(x -> x.kind().startsWith("prior_year_")).toList();
            assertThat(prior).as("report %d", nn).extracting(MoneyMention::kind).containsExactly(
                    "prior_year_allocated", "prior_year_committed", "prior_year_disbursed", "prior_year_balance");
            assertThat(prior.get(0).amount().toPlainString()).as("report %d", nn).isEqualTo(allocated2566.get(nn));
            assertThat(prior.get(0).fiscalYearBe()).isEqualTo(2566);
            assertThat(prior.get(2).amount()).as("dash = nil").isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(prior.get(3).amount().toPlainString()).as("report %d", nn).isEqualTo(balance.get(nn));
            assertThat(prior).allMatch(x -> x.section().equals("9"));
        }
        // Report 39 states the committed amount under FY2567: kept as stated.
        assertThat(report(39).moneyMentions().get(1).fiscalYearBe()).isEqualTo(2567);
    }

    @Test
    void reservedMoneyIsAMentionInEachSectionThatStatesIt() {
        // Between them, ๑๑.๒'s result cell: "ไตรมาสที่ ๓ จัดสรรเงินให้ ๗๖ จว. … เป็นเงิน ๑๘,๖๑๙,๙๐๐ บาท".
        assertThat(report(28).moneyMentions())
                .extracting(MoneyMention::kind, MoneyMention::section, x -> x.amount().toPlainString())
                .containsExactly(tuple("reserved", "9", "10165000.00"), tuple("allocated_onward", "11", "18619900.00"),
                        tuple("reserved", "13", "10165000.00"));
    }

    @Test
    void instalmentDisbursementsAndTheirTotal() {
        assertThat(report(39).moneyMentions().stream().filter(x -> x.section().equals("13")))
                .extracting(MoneyMention::kind, x -> x.amount().toPlainString())
                .containsExactly(tuple("installment_disbursed", "1260000.00"),
                        tuple("installment_disbursed", "1120000.00"), tuple("disbursed_total", "2380000.00"));
    }

    @Test
    void reportsWithoutMoneyInTheirNotesHaveNoMentions() {
        for (int nn : List.of(1, 2, 13, 14, 27, 33, 34)) {
            assertThat(report(nn).moneyMentions()).as("report %d", nn).isEmpty();
        }
    }

    @Test
    void proseSectionsAreKeptAsTyped() {
        FormText t = report(1).formText();
        assertThat(t.objectives().value()).startsWith("๔.๑ เพื่อทดแทนครุภัณฑ์คอมพิวเตอร์");
        assertThat(t.objectives().section()).isEqualTo("4");
        assertThat(t.targets().value()).startsWith("ผู้บริหารและเจ้าหน้าที่ของสำนักงานสถิติแห่งชาติ");
        assertThat(t.summary().value()).startsWith("โครงการจัดหาครุภัณฑ์คอมพิวเตอร์เพื่อทดแทนนี้");
        assertThat(t.benefits().present()).isTrue();
        assertThat(report(35).formText().problems().value()).contains("มีคำสั่งย้ายกรรมการตรวจรับพัสดุฯ")
                .contains("ข้อเสนอแนะ");
        assertThat(report(28).formText().problems().value()).startsWith("กั้นเงินไว้เบิกเหลือมปี").doesNotContain(".....");
    }

    @Test
    void durationInMonthsFromTheSection8Label() {
        assertThat(report(33).formText().durationMonths()).isEqualTo(6);
        assertThat(report(33).formText().duration().value())
                .isEqualTo("ทั้งโครงการ ๖ เดือน\nเริ่มวันที่ ๑ เมษายน ๒๕๖๗ สิ้นสุดวันที่ ๓๐ กันยายน ๒๕๖๗");
        assertThat(report(35).formText().durationMonths()).isEqualTo(8);
        assertThat(report(1).formText().durationMonths()).isEqualTo(6);
    }

    @Test
    void areaProvincesAndNationwide() {
        assertThat(report(1).formText().nationwide()).isTrue();
        assertThat(report(1).formText().provinces()).isEmpty();
        assertThat(report(28).formText().nationwide()).as("ทั่วประเทศฯ").isTrue();
        assertThat(report(3).formText().provinces()).containsExactly("กรุงเทพมหานคร");
        assertThat(report(3).formText().nationwide()).isFalse();
        // "กรุงเทพฯ และ ๔ ภาค ได้แก่ ภาคเหนือ …": regions are not provinces.
        assertThat(report(17).formText().provinces()).containsExactly("กรุงเทพมหานคร");
    }

    @Test
    void coordinatingUnitAndPhone() {
        assertThat(report(1).formText().coordinator().value()).isEqualTo("กลุ่มยุทธศาสตร์และแผนงาน");
        assertThat(report(1).formText().phone().value()).isEqualTo("๐ ๒๑๔๒ ๑๓๑๖ , ๐ ๒๑๔๑ ๗๓๑๑");
        // Report 11's text has no coordinator lines.
        assertThat(report(11).formText().coordinator().present()).isFalse();
    }
}
