package th.planning.reports.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DropFolderHintsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "2567/Q4/สำนักงานสถิติแห่งชาติ/report-01.pdf | 2567 | 4",
        "๒๕๖๗/ไตรมาส ๒/กรม/รายงาน.docx              | 2567 | 2",
        "2568/q1/x.xlsx                              | 2568 | 1",
        "inbox/report.pdf                            | null | null",
        "2567/Q5/x.pdf                               | 2567 | null"})
    void readsFiscalYearAndQuarterFromTheDropFolderPath(String path, Integer year, Integer quarter) {
        assertThat(DropFolderHints.of(path)).isEqualTo(new DropFolderHints(year, quarter));
    }
}
