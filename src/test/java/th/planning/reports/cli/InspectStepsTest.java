package th.planning.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * `inspect` shows a group activity's steps under it (issue 15), so a report read as groups can be
 * checked against its own §๘: report 27 declares two activities, each a heading over numbered steps.
 */
class InspectStepsTest {

    @Test
    void inspectOfReport27ListsEachGroupsStepsWithTheirPeriods() {
        List<String> lines = InspectOutput.lines("sample-input/2567/Q4/สำนักงานสถิติแห่งชาติ/report-27.docx");
        assertThat(lines).contains("11.2\tactivities_declared\t2\tVALUE\t\t");
        assertThat(lines.stream().filter(l -> l.startsWith("8\tactivity.1.step."))).hasSize(2);
        assertThat(lines.stream().filter(l -> l.startsWith("8\tactivity.2.step."))).hasSize(6);
        assertThat(lines).contains("8\tactivity.2.step.1\t๑. กระบวนการทางพัสดุ (ลงนามในสัญญา) | เมษายน - พฤษภาคม ๒๕๖๗\tSTEP\t\t");
        // a group's own line comes before its steps
        assertThat(lines.indexOf(lines.stream().filter(l -> l.startsWith("8/11.2\tactivity.2\t")).findFirst().orElseThrow()))
                .isLessThan(lines.indexOf("8\tactivity.2.step.1\t๑. กระบวนการทางพัสดุ (ลงนามในสัญญา) | เมษายน - พฤษภาคม ๒๕๖๗\tSTEP\t\t"));
    }
}
