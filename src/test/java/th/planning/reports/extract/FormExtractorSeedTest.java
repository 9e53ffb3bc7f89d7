package th.planning.reports.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import th.planning.reports.document.Document;
import th.planning.reports.document.DocumentFormat;
import th.planning.reports.document.Paragraph;
import th.planning.reports.support.ExpectedReport;
import th.planning.reports.support.SeedReports;
import th.planning.reports.thai.ValueStatus;

/** The extractor on all 40 seed reports, as text, against the values a person read from them. */
class FormExtractorSeedTest {

    static Stream<Arguments> reports() {
        List<List<String>> texts = SeedReports.texts();
        return ExpectedReport.all().stream()
                .map(e -> Arguments.of(e.nn(), e, texts.get(Integer.parseInt(e.nn()) - 1)));
    }

    @ParameterizedTest(name = "seed report {0}")
    @MethodSource("reports")
    void readsEveryHeadlineFieldOfSeedReport(String nn, ExpectedReport expected, List<String> text)
            throws NotThisFormException {
        ReportRecord r = FormExtractor.extract(SeedReports.document(text));

        assertThat(r.fiscalYearBe()).as("fiscal year").isEqualTo(expected.fiscalYearBe());
        // Spaces between Thai words at a line break cannot be known; the letters must all be there.
        assertThat(ExpectedReport.squeeze(r.projectName().value())).as("project name")
                .isEqualTo(ExpectedReport.squeeze(expected.projectName()));
        assertThat(r.agency().value()).as("agency").isEqualTo(expected.agency());
        assertAmount("project value", r.projectValue(), expected.projectValue());
        assertAmount("allocated", r.allocated(), expected.allocated());
        assertAmount("contracted", r.contracted(), expected.contracted());
        assertAmount("disbursed", r.disbursed(), expected.disbursed());
        assertAmount("progress 14.1", r.progressTotal(), expected.progressTotal());
        assertAmount("progress 14.2", r.progressYear(), expected.progressYear());
    }

    static void assertAmount(String what, NumberField field, BigDecimal expected) {
        if (expected == null) {
            assertThat(field.value()).as(what + " (" + field.status() + " from: " + field.source() + ")").isNull();
        } else {
            assertThat(field.value()).as(what + " from: " + field.source()).isEqualByComparingTo(expected);
        }
    }

    @Test
    void dottedBlankIsNotReportedAndDashIsNilInSeedReport01() throws NotThisFormException {
        ReportRecord r = FormExtractor.extract(SeedReports.document(SeedReports.texts().get(0)));
        assertThat(r.disbursed().status()).isEqualTo(ValueStatus.NIL);
        assertThat(r.progressYear().status()).isEqualTo(ValueStatus.ABSENT);

        ReportRecord r5 = FormExtractor.extract(SeedReports.document(SeedReports.texts().get(4)));
        assertThat(r5.disbursed().status()).isEqualTo(ValueStatus.BLANK);
    }

    @Test
    void mislabelledSection94IsStillTheDisbursedAmountInSeedReport15() throws NotThisFormException {
        ReportRecord r = FormExtractor.extract(SeedReports.document(SeedReports.texts().get(14)));
        assertThat(r.disbursed().source()).startsWith("๙.๔");
        assertThat(r.disbursed().status()).isEqualTo(ValueStatus.BLANK);
        assertThat(r.contracted().value()).isEqualByComparingTo("4450000");
    }

    @Test
    void wordsThatDisagreeWithDigitsAreKeptBesideTheAmountInSeedReport26() throws NotThisFormException {
        ReportRecord r = FormExtractor.extract(SeedReports.document(SeedReports.texts().get(25)));
        assertThat(r.disbursed().value()).isEqualByComparingTo("2366357");
        assertThat(r.disbursed().wordsValue().value()).isEqualByComparingTo("2360350");
        assertThat(r.disbursed().wordsDisagree()).isTrue();
        assertThat(r.allocated().wordsDisagree()).isFalse();
    }

    @Test
    void wrappedProjectNameJoinsItsLinesInSeedReport01() throws NotThisFormException {
        ReportRecord r = FormExtractor.extract(SeedReports.document(SeedReports.texts().get(0)));
        assertThat(r.projectName().value()).isEqualTo(
                "โครงการจัดหาครุภัณฑ์คอมพิวเตอร์ทดแทนครุภัณฑ์เดิม ปีงบประมาณ พ.ศ. ๒๕๖๗ (ส่วนกลางและส่วนภูมิภาค)");
    }

    @Test
    void budgetPlanAndAreaOfSeedReport01() throws NotThisFormException {
        ReportRecord r = FormExtractor.extract(SeedReports.document(SeedReports.texts().get(0)));
        assertThat(r.budgetPlan().value()).isEqualTo("แผนปฏิบัติการประจำปี");
        assertThat(r.area().value()).isEqualTo("ทั่วประเทศ");
    }

    @Test
    void quarterIsTheOnlyTickedBoxOfTheChecklist() throws NotThisFormException {
        List<String> text = new java.util.ArrayList<>(SeedReports.texts().get(0));
        for (int i = 0; i < text.size(); i++) {
            String line = text.get(i);
            if (line.startsWith("- ณ สิ้นไตรมาส")) {
                text.set(i, (line.contains("ไตรมาส ๓") ? "■ " : "□ ") + line.substring(2));
            }
        }
        assertThat(FormExtractor.extract(SeedReports.document(text)).quarter()).isEqualTo(3);
        assertThat(FormExtractor.extract(SeedReports.document(SeedReports.texts().get(0))).quarter())
                .as("no box ticked in the seed text").isNull();
    }

    @Test
    void aDocumentThatIsNotTheFormIsRefusedWithTheReason() {
        Document letter = new Document(DocumentFormat.DOCX, List.of(
                new Paragraph("บันทึกข้อความ"), new Paragraph("เรื่อง ขออนุมัติเดินทางไปราชการ"),
                new Paragraph("๑. ความเป็นมา"), new Paragraph("๒. ข้อพิจารณา")));
        assertThatThrownBy(() -> FormExtractor.extract(letter))
                .isInstanceOf(NotThisFormException.class)
                .hasMessageContaining("not a performance report form");
    }
}
