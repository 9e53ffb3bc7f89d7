package th.planning.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.planning.reports.support.SummaryWorkbooks;
import th.planning.reports.support.SummaryWorkbooks.Layout;
import th.planning.reports.support.SummaryWorkbooks.Line;
import th.planning.reports.support.SummaryWorkbooks.Spec;

/** `inspect` on the sample agency's summary workbook (.xls, reordered columns) shows it as a summary, not a rejected form. */
class InspectSummaryTest {

    @TempDir
    Path dir;

    @Test
    void inspectShowsTheSummaryWorkbookRowsTotalAndItsMistypedTotal() throws Exception {
        List<Line> lines = SummaryWorkbooks.sampleAgencyLines().subList(0, 3);
        Path file = Files.createDirectories(dir.resolve("2567/Q4/สำนักงานสถิติแห่งชาติ")).resolve("summary.xls");
        SummaryWorkbooks.write(file, Layout.REORDERED, new Spec("สำนักงานสถิติแห่งชาติ", 2567, 4, lines,
                new BigDecimal("5.00")));
        String printed = String.join("\n", InspectOutput.lines(file.toString()));
        assertThat(printed).contains("agency summary workbook").contains("agency\tสำนักงานสถิติแห่งชาติ")
                .contains("period\t2567 Q4 (form)").contains("header rows\t4")
                .contains("1\t๑\t" + lines.get(0).name() + "\t9365800.00\t5944420.00\t0.00 NIL\t35.00")
                .contains("error\tsummary_total_differs\tdisbursed");
    }
}
