package th.planning.reports.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The form's words put back where OCR lost or swapped their marks. Each input is a line Tesseract
 * produced from the scanned sample reports (ScannedReportsTest's corpus), with the line the text layer
 * has for it.
 */
class FormVocabularyRestoreMarksTest {

    @Test
    void indicatorTableHeaderOfScannedReport22IsAHeaderAgain() {
        // "ตัวชี้วัด" lost ี้: the extractor did not see report 22's §๑๑.๑ table
        assertThat(FormVocabulary.restoreMarks("ตัวชวัด")).isEqualTo("ตัวชี้วัด");
        assertThat(FormVocabulary.isTableHeader(List.of(FormVocabulary.restoreMarks("ตัวชวัด"), "ค่าเป้าหมาย"))).isTrue();
        assertThat(FormVocabulary.isTableHeader(List.of("ตัวชวัด", "ค่าเป้าหมาย"))).isFalse();
    }

    @Test
    void activityNumberOfScannedReport13KeepsItsToneMark() {
        assertThat(FormVocabulary.restoreMarks("กิจกรรมที ๑ จัดหาครุภัณฑ์")).isEqualTo("กิจกรรมที่ ๑ จัดหาครุภัณฑ์");
    }

    @Test
    void headerAndLabelWordsOfScannedReport07() {
        assertThat(FormVocabulary.restoreMarks("เป้าหมาย\tผลทิได้")).isEqualTo("เป้าหมาย\tผลที่ได้");
        assertThat(FormVocabulary.restoreMarks("ตัวชีวัด\tปีพ.ศ. ๒๕๖๗")).isEqualTo("ตัวชี้วัด\tปีพ.ศ. ๒๕๖๗");
        assertThat(FormVocabulary.restoreMarks("๑๐ พื้นทีดำเนินการ (จังหวัด) กรุงเทพฯ"))
                .isEqualTo("๑๐ พื้นที่ดำเนินการ (จังหวัด) กรุงเทพฯ");
        assertThat(FormVocabulary.restoreMarks("๑๑.๑ ผลลัพธ์ทิได้เปรียบเทียบกับตัวชีวัด/ ค่าเป้าหมาย"))
                .isEqualTo("๑๑.๑ ผลลัพธ์ทิได้เปรียบเทียบกับตัวชี้วัด/ ค่าเป้าหมาย"); // ผลลัพธ์ที่ได้ is no form word
    }

    @Test
    void textWithTheFormsOwnSpellingOrOtherWordsIsLeftAsItIs() {
        String right = "๑๔.๑ มีความก้าวหน้า คิดเป็นร้อยละ.....๑๐๐.....ของเป้าหมายทั้งโครงการ";
        assertThat(FormVocabulary.restoreMarks(right)).isSameAs(right);
        // short words are never touched: ที / ที่, ปี / ปิ differ by marks and both are words
        assertThat(FormVocabulary.restoreMarks("ปิ ที")).isEqualTo("ปิ ที");
        assertThat(FormVocabulary.restoreMarks("ติดตั้งอุปกรณ์ใหม่เพิ่มเติม")).isEqualTo("ติดตั้งอุปกรณ์ใหม่เพิ่มเติม");
    }
}
