package th.planning.reports.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Money stated in the cells of the indicator and activity tables (§๗, §๘, §๑๑), in every format. The seed
 * has "บาท" inside those tables in five reports (grep of its tab-separated lines of §๗/๘/๑๑): 22 (the
 * policy "เติมเงิน ๑๐,๐๐๐ บาท" named as a survey's topic), 26 ("พระบาทสมเด็จ…"), 27 (a bid price typed
 * "๗,๗๐๐๐,๐๐๐ บาท", in two rows), 28 (money passed on to 76 provinces) and 39 (a consultant's payment
 * that §๑๓ states too).
 */
class MoneyInTablesSampleTest {

    private static List<MoneyMention> fromTables(ReportRecord r) {
        return r.moneyMentions().stream().filter(m -> List.of("7", "8", "11").contains(m.section())).toList();
    }

    /** Seed line 3839: "ไตรมาสที่ ๓ จัดสรรเงินให้ ๗๖ จว. เพื่อเบิกจ่ายเป็นค่าอบรม … เป็นเงิน ๑๘,๖๑๙,๙๐๐ บาท …". */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"docx", "pdf", "xlsx"})
    void report28StatesTheMoneyItPassedOnTo76ProvincesInItsActivityTable(String ext) throws Exception {
        ReportRecord r = KpiActivitySampleTest.read("28", ext);

        assertThat(r.moneyMentions()).extracting(MoneyMention::seq, MoneyMention::kind, MoneyMention::section,
                MoneyMention::quarter, m -> m.amount().toPlainString()).containsExactly(
                tuple(1, "reserved", "9", null, "10165000.00"),
                tuple(2, "allocated_onward", "11", 3, "18619900.00"),
                tuple(3, "reserved", "13", null, "10165000.00"));
        MoneyMention onward = r.moneyMentions().get(1);
        assertThat(onward.fiscalYearBe()).isEqualTo(2567);
        // The sentence is the whole result cell, both its quarters.
        assertThat(onward.sentence().replaceAll("\\s+", "")).startsWith("ไตรมาสที่๓จัดสรรเงินให้๗๖จว.")
                .contains("เป็นเงิน๑๘,๖๑๙,๙๐๐บาท").contains("ไตรมาสที่๔จัดกิจกรรมการฝึกอบรม")
                .endsWith("สูงกว่าเป้าหมายที่กำหนด");
    }

    /** Seed line 5317 (๑๑.๒) and §๑๓'s "งวดที่ ๓ จำนวน ๑,๑๒๐,๐๐๐ บาท": one payment, kept once, where §๑๓ states it. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"docx", "pdf", "xlsx"})
    void report39sConsultantPaymentInItsActivityCellIsTheInstalmentItsNoteStates(String ext) throws Exception {
        ReportRecord r = KpiActivitySampleTest.read("39", ext);

        assertThat(fromTables(r)).isEmpty();
        assertThat(r.moneyMentions()).filteredOn(m -> m.amount().compareTo(new java.math.BigDecimal("1120000")) == 0)
                .singleElement().satisfies(m -> {
                    assertThat(m.kind()).isEqualTo("installment_disbursed");
                    assertThat(m.section()).isEqualTo("13");
                });
    }

    /** 22's "เติมเงิน ๑๐,๐๐๐ บาท" is a policy's name, 26's "บาท" is in "พระบาท", 27's "๗,๗๐๐๐,๐๐๐" is no amount. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"docx", "pdf", "xlsx"})
    void reports22And26And27StateNoMoneyOfTheirOwnInTheirTables(String ext) throws Exception {
        for (String nn : List.of("22", "26", "27")) {
            assertThat(fromTables(KpiActivitySampleTest.read(nn, ext))).as("report %s", nn).isEmpty();
        }
    }
}
