package th.planning.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * `inspect` shows how each indicator table row was read (issue 15): header, kind label, project weight,
 * no target this year, or an item and the indicator it became, so a wrong reading can be seen and reported.
 */
class InspectIndicatorRowsTest {

    private static final String DIR = "sample-input/2567/Q4/สำนักงานสถิติแห่งชาติ/";

    @Test
    void inspectOfReport24ShowsItsWeightRowAndItsRowsWithNoTargetThisYearAsNoIndicators() {
        List<String> rows = InspectOutput.lines(DIR + "report-24.docx").stream().filter(l -> l.contains("\tkpi_row.")).toList();
        assertThat(rows).contains(
                "7\tkpi_row.3\tทั้งโครงการ (มีระยะ ๓ ปี) ร้อยละ | ๓๐ | ๕๐ | ๒๐\tWEIGHT\t\t",
                "11.1\tkpi_row.3\tทั้งโครงการ (มีระยะ ๓ ปี) | ร้อยละ ๓๐ | ร้อยละ ๓๐\tWEIGHT\t\t");
        assertThat(rows.stream().map(InspectIndicatorRowsTest::statusAndBecame)).containsExactly(
                "HEADER ", "HEADER ", "WEIGHT ", "ITEM kpi.1", "NO_TARGET ", "NO_TARGET ", "ITEM kpi.2",
                "HEADER ", "HEADER ", "WEIGHT ", "ITEM kpi.1", "ITEM kpi.2");
    }

    @Test
    void inspectOfReport17ShowsItsKindLabelBesideAUnitHeadingAsALabelNotIndicatorOne() {
        List<String> rows = InspectOutput.lines(DIR + "report-17.pdf").stream().filter(l -> l.startsWith("11.1\tkpi_row.")).toList();
        assertThat(rows.get(2)).startsWith("11.1\tkpi_row.3\tเชิงปริมาณ : | จำนวน").endsWith("\tLABEL\t\t");
        assertThat(rows.get(3)).startsWith("11.1\tkpi_row.4\t๑) จำนวนหน่วยงานภาครัฐ").endsWith("\tITEM\tkpi.1\t");
        assertThat(rows.stream().filter(l -> l.contains("\tITEM\t"))).hasSize(10);
    }

    private static String statusAndBecame(String line) {
        String[] f = line.split("\t", -1);
        return f[3] + " " + f[4];
    }
}
