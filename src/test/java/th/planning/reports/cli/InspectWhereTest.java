package th.planning.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code inspect} prints where in the file each figure was read, in its last column. */
class InspectWhereTest {

    private static final String DIR = "sample-input/2567/Q4/สำนักงานสถิติแห่งชาติ/";

    @Test
    void inspectOfReport01PdfShowsThePageOfDisbursedAndOfEachActivity() {
        List<String> lines = InspectOutput.lines(DIR + "report-01.pdf");
        assertThat(lines.get(0)).isEqualTo("section\tfield\tvalue\tstatus\tsource\twhere");
        assertThat(lines).filteredOn(l -> l.startsWith("9.3\tdisbursed\t")).singleElement()
                .satisfies(l -> assertThat(l).endsWith("\tpage 4"));
        assertThat(lines).filteredOn(l -> l.startsWith("8/11.2\tactivity.")).allSatisfy(l -> assertThat(l).endsWith("\tpage 3"));
    }

    @Test
    void inspectOfReport01XlsxShowsTheSheetAndCellOfEachIndicator() {
        List<String> lines = InspectOutput.lines(DIR + "report-01.xlsx");
        assertThat(lines).filteredOn(l -> l.startsWith("11.1\tkpi.1\t")).singleElement()
                .satisfies(l -> assertThat(l).endsWith("\tsheet แบบรายงาน cell A60"));
    }
}
