package th.planning.reports.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import th.planning.reports.document.OcrFigure;
import th.planning.reports.document.TextSource;
import th.planning.reports.extract.FormExtractor;
import th.planning.reports.extract.ReportRecord;
import th.planning.reports.support.SeedReports;

/** Figures of seed report 01 as if read from a scan with a low confidence. */
class OcrFindingsTest {

    private static ReportRecord report01() throws Exception {
        return FormExtractor.extract(SeedReports.document(SeedReports.texts().get(0)));
    }

    @Test
    void anUncertainAllocatedAmountOfSeedReport01IsAFindingQuotingWhatWasRead() throws Exception {
        TextSource scan = new TextSource(6, 6, 88.5, List.of(new OcrFigure(4, "๙,๓๖๕,๘๐๐", 41.3, "๕,๓๒๕,๕๐๐")));

        ValidatedReport v = Validation.validate(report01(), "2567/Q4/agency/report-01.pdf", scan);

        // the same figure is also the project's value under §๓: the text alone cannot tell which was read
        List<Finding> ocr = v.findings().stream().filter(f -> f.rule().equals(Rules.OCR_LOW_CONFIDENCE)).toList();
        assertThat(ocr).extracting(Finding::field).containsExactly("project_value", "allocated");
        Finding f = ocr.get(1);
        assertThat(f.section()).startsWith("9");
        assertThat(f.evidence()).contains("page 4").contains("\"๙,๓๖๕,๘๐๐\"").contains("41.3")
                .contains("\"๕,๓๒๕,๕๐๐\"").contains("ได้รับจัดสรรงบประมาณ");
        assertThat(v.textSource().label()).isEqualTo("ocr");
    }

    @Test
    void uncertainFiguresOutsideTheHeadlineFieldsOfSeedReport01AreOneFinding() throws Exception {
        TextSource scan = new TextSource(6, 2, 90.0, List.of(new OcrFigure(1, "๒๕๖๖", 20, "๒๕๒๒"),
                new OcrFigure(3, "๙๐", 35, "๓๐")));

        ValidatedReport v = Validation.validate(report01(), "2567/Q4/agency/report-01.pdf", scan);

        List<Finding> ocr = v.findings().stream().filter(f -> f.rule().equals(Rules.OCR_LOW_CONFIDENCE)).toList();
        assertThat(ocr).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("text");
            assertThat(f.evidence()).contains("page 1: \"๒๕๖๖\"").contains("page 3: \"๙๐\"");
        });
        assertThat(v.textSource().label()).isEqualTo("mixed");
    }

    @Test
    void seedReport01ReadFromItsTextHasNoOcrFinding() throws Exception {
        ValidatedReport v = Validation.validate(report01(), "2567/Q4/agency/report-01.pdf");
        assertThat(v.findings()).noneMatch(f -> f.rule().equals(Rules.OCR_LOW_CONFIDENCE));
        assertThat(v.textSource().label()).isEqualTo("text");
    }
}
