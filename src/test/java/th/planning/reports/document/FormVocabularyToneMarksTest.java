package th.planning.reports.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The period checklist's words matched whatever tone mark a scan's OCR put on them. */
class FormVocabularyToneMarksTest {

    @Test
    void quarterChecklistLineOfScannedReport07IsFoundWithItsMisreadToneMark() {
        // report 07 scanned and read by Tesseract: ้ of สิ้น came out as ่
        assertThat(FormVocabulary.containsIgnoringToneMarks("☑ ณสิ่นไตรมาส ๔ (๑ กรกฎาคม ๒๕๖๗ - ๓๐ กันยายน ๒๕๐๓)",
                FormVocabulary.QUARTER_END)).isTrue();
        // and with none at all, as in its footnote "ณสินไตรมาสที่ ๑/๒๕๖๘"
        assertThat(FormVocabulary.containsIgnoringToneMarks("ณสินไตรมาสที่ ๑/๒๕๖๘", FormVocabulary.QUARTER_END)).isTrue();
        assertThat(FormVocabulary.containsIgnoringToneMarks("ไตรมาสที่ ๔ อยู่ระหว่างกระบวนการ", FormVocabulary.QUARTER_END))
                .isFalse();
    }
}
