package th.planning.reports.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import th.planning.reports.support.SeedReports;
import th.planning.reports.thai.ValueStatus;

/**
 * Seed report 01 with values no office means (issue 21.3, 21.4) or a region list (issue 20.4), through
 * the extractor: a value is kept as typed with what is odd about it, never changed into another.
 */
class ValuesAsTypedTest {

    private static ReportRecord report01(UnaryOperator<String> edit) throws NotThisFormException {
        List<String> out = new ArrayList<>();
        for (String line : SeedReports.texts().get(0)) {
            out.addAll(List.of(edit.apply(line).split("\n", -1)));
        }
        return FormExtractor.extract(SeedReports.document(out));
    }

    @Test
    void negativeAmountsInSection9KeepTheirSign() throws NotThisFormException {
        ReportRecord r = report01(l -> l
                .replace("จำนวน ๙,๓๖๕,๘๐๐ บาท", "จำนวน -๒๐,๑๐๐,๐๐๐ บาท")
                .replace("จำนวน ๕,๙๔๔,๔๒๐ บาท", "จำนวน \u22125,000,000.00 บาท")
                .replace("จำนวน.....-..... บาท", "จำนวน.....(๑๘,๐๘๕,๕๐๐).....บาท"));
        assertThat(r.allocated().status()).isEqualTo(ValueStatus.VALUE);
        assertThat(r.allocated().value()).isEqualByComparingTo("-20100000");
        assertThat(r.contracted().value()).isEqualByComparingTo("-5000000");
        assertThat(r.disbursed().status()).isEqualTo(ValueStatus.VALUE);
        assertThat(r.disbursed().value()).isEqualByComparingTo("-18085500");
        assertThat(r.disbursed().number().evidence()).isEqualTo("(๑๘,๐๘๕,๕๐๐)");
    }

    @Test
    void exponentNotationIsMalformed() throws NotThisFormException {
        ReportRecord r = report01(l -> l.replace("จำนวน ๙,๓๖๕,๘๐๐ บาท", "จำนวน 1E+30 บาท")
                .replace("ร้อยละ.....๓๕.....", "ร้อยละ.....1e30....."));
        assertThat(r.allocated().status()).isEqualTo(ValueStatus.MALFORMED);
        assertThat(r.allocated().number().evidence()).isEqualTo("1E+30");
        assertThat(r.progressTotal().status()).isEqualTo(ValueStatus.MALFORMED);
    }

    @Test
    void dotsAndTheDashKeepTheirMeaning() throws NotThisFormException {
        ReportRecord r = report01(l -> l.replace("จำนวน ๕,๙๔๔,๔๒๐ บาท", "จำนวน.......... บาท"));
        assertThat(r.contracted().status()).isEqualTo(ValueStatus.BLANK);
        assertThat(r.disbursed().status()).isEqualTo(ValueStatus.NIL);
        assertThat(r.disbursed().value()).isEqualByComparingTo("0");
    }

    @Test
    void anImpossibleHeaderYearIsNotReplacedBySection9sYear() throws NotThisFormException {
        ReportRecord r = report01(l -> l.replace("ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", "ประจำปีงบประมาณ พ.ศ. ๓๐๐๐"));
        assertThat(r.fiscalYearBe()).isNull();
        assertThat(r.impossibleDates()).extracting(TextField::value, TextField::section)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("พ.ศ. ๓๐๐๐", "header"));
    }

    @Test
    void impossibleQuarterAndScheduleDatesAreListedAsTyped() throws NotThisFormException {
        ReportRecord r = report01(l -> l
                .replace("(๑ กรกฎาคม ๒๕๖๗ - ๓๐ กันยายน ๒๕๖๗)", "(๑ กรกฎาคม ๓๐๐๐ - ๓๐ กันยายน ๓๐๐๐)")
                .replace("เริ่มตั้งแต่วันที่ ๑ เมษายน", "เริ่มตั้งแต่วันที่ ๓๒ กรกฎาคม"));
        assertThat(r.fiscalYearBe()).isEqualTo(2567);
        assertThat(r.impossibleDates()).extracting(TextField::value)
                .containsExactly("๑ กรกฎาคม ๓๐๐๐", "๓๐ กันยายน ๓๐๐๐", "๓๒ กรกฎาคม");
        assertThat(r.impossibleDates()).extracting(TextField::section).containsExactly("3", "3", "8");
    }

    @Test
    void theSeedReportHasNoImpossibleDate() throws NotThisFormException {
        assertThat(report01(l -> l).impossibleDates()).isEmpty();
        assertThat(report01(l -> l).fiscalYearBe()).isEqualTo(2567);
    }

    @Test
    void regionsOfSection10AreKeptBesideBangkok() throws NotThisFormException {
        ReportRecord r = report01(l -> l.replace("๑๐. พื้นที่ดำเนินการ (จังหวัด) ทั่วประเทศ",
                "๑๐. พื้นที่ดำเนินการ (จังหวัด) กรุงเทพฯ และ ๔ ภาค ได้แก่ ภาคเหนือ ภาคกลาง ภาคตะวันออกเฉียงเหนือ ภาคใต้"));
        assertThat(r.formText().provinces()).containsExactly("กรุงเทพมหานคร");
        assertThat(r.formText().regions()).containsExactly("ภาคเหนือ", "ภาคกลาง", "ภาคตะวันออกเฉียงเหนือ", "ภาคใต้");
        assertThat(r.formText().nationwide()).isFalse();
    }

    @Test
    void indicatorCellsKeepTheirSignAndNeverReadAnExponentsFirstDigit() {
        assertThat(KpiExtractor.number("1e30")).isNull();
        assertThat(KpiExtractor.number("ร้อยละ 1E+30")).isNull();
        assertThat(KpiExtractor.status("1E+30", true)).isEqualTo("TEXT");
        assertThat(KpiExtractor.number("-๕ ระบบ")).isEqualByComparingTo("-5");
        assertThat(KpiExtractor.number("ร้อยละ \u2212๑๒.๕")).isEqualByComparingTo("-12.5");
        // a range and a dash before a space are no signs
        assertThat(KpiExtractor.number("๑๐-๒๐ ครั้ง")).isEqualByComparingTo("10");
        assertThat(KpiExtractor.number("- ๓ เรื่อง")).isEqualByComparingTo("3");
        assertThat(KpiExtractor.number("ร้อยละ ๑๐๐")).isEqualByComparingTo("100");
    }
}
