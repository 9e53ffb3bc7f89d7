package th.planning.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code inspect} prints where in the file each figure was read, in its last column. */
class InspectWhereTest {

    private static final String DIR = "sample-input/2567/Q4/สำนักงานสถิติแห่งชาติ/";

    @Test
    void inspectOfReport01PdfShowsThePageOfDisbursedAndOfEachActivity() {
        List<String> lines = inspect(DIR + "report-01.pdf");
        assertThat(lines.get(0)).isEqualTo("section\tfield\tvalue\tstatus\tsource\twhere");
        assertThat(lines).filteredOn(l -> l.startsWith("9.3\tdisbursed\t")).singleElement()
                .satisfies(l -> assertThat(l).endsWith("\tpage 4"));
        assertThat(lines).filteredOn(l -> l.startsWith("8/11.2\tactivity.")).allSatisfy(l -> assertThat(l).endsWith("\tpage 3"));
    }

    @Test
    void inspectOfReport01XlsxShowsTheSheetAndCellOfEachIndicator() {
        List<String> lines = inspect(DIR + "report-01.xlsx");
        assertThat(lines).filteredOn(l -> l.startsWith("11.1\tkpi.1\t")).singleElement()
                .satisfies(l -> assertThat(l).endsWith("\tsheet แบบรายงาน cell A60"));
    }

    private static List<String> inspect(String file) {
        PrintStream out = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertThat(new CommandLine(new ReportEtl()).execute("inspect", file)).isZero();
        } finally {
            System.setOut(out);
        }
        return buf.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
