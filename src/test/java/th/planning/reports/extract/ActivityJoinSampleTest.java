package th.planning.reports.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How §๑๑.๒'s results join §๘'s schedule, and how a group row keeps its steps (sample reports). */
class ActivityJoinSampleTest {

    /** Report 10: §๑๑.๒ types "ด้านสติ" where §๘ has "ด้านสถิติ"; the rows carry no number to join by. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"docx", "pdf", "xlsx"})
    void aTypoInOneOfTheTwoNamesStillJoinsByNameAndKeepsTheScheduleName(String ext) throws Exception {
        Activity a2 = KpiActivitySampleTest.read("10", ext).activities().get(1);

        assertThat(a2.activity()).isEqualTo("หลักสูตรความรู้ความสามารถด้านสถิติและเทคโนโลยีดิจิทัล");
        assertThat(a2.plannedStart()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(a2.plannedEnd()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(a2.q2()).contains("รุ่นที่ ๓๙ จำนวน ๓๘ คน"); // §๑๑.๒'s own result (seed line 1270)
    }

    /** Report 09: §๘ schedules four activities, §๑๑.๒ reports on three; the fourth keeps its period, no result. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"docx", "pdf", "xlsx"})
    void theScheduleIsTheListAndAnActivityWithoutAResultRowHasNoResult(String ext) throws Exception {
        List<Activity> acts = KpiActivitySampleTest.read("09", ext).activities();

        assertThat(acts).hasSize(4);
        assertThat(acts.get(3).activity()).startsWith("๔. ผลการศึกษาการพัฒนาระบบ Digital Frame");
        assertThat(acts.get(3).plannedStart()).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(acts.get(3).plannedEnd()).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(acts.get(3).resultText()).isNull();
        assertThat(acts.get(2).q4()).startsWith("ยังไม่สามารถดำเนินการตามแผนที่กำหนด");
    }

    /**
     * Report 27: "กิจกรรมที่ไม่ใช้งบประมาณ" over ๑.–๒. and "กิจกรรมที่ใช้งบประมาณ" over ๑.–๖.; it declares two
     * activities, the two groups, so the count agrees with the report.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"docx", "pdf", "xlsx"})
    void headingsOverListsNumberedAgainAreGroupsWithTheirStepsAsParts(String ext) throws Exception {
        ReportRecord r = KpiActivitySampleTest.read("27", ext);

        assertThat(r.activitiesDeclared()).isEqualTo(2);
        assertThat(r.activities()).extracting(Activity::activity)
                .containsExactly("กิจกรรมที่ไม่ใช้งบประมาณ", "กิจกรรมที่ใช้งบประมาณ");
        Activity budgeted = r.activities().get(1);
        assertThat(budgeted.steps()).hasSize(6);
        assertThat(budgeted.steps().get(0).name()).isEqualTo("๑. กระบวนการทางพัสดุ (ลงนามในสัญญา)");
        assertThat(budgeted.steps().get(0).plannedStart()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(budgeted.plannedStart()).isEqualTo(LocalDate.of(2024, 4, 1)); // span of its steps
        assertThat(budgeted.plannedEnd()).isEqualTo(budgeted.steps().stream().map(Activity.Step::plannedEnd)
                .max(LocalDate::compareTo).orElseThrow());
        assertThat(budgeted.resultText()).contains("ไตรมาสที่ ๓");
    }

    /** Report 13: "กิจกรรมที่ ๑" has no period of its own; it spans its six steps', not its first step's. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"docx", "pdf", "xlsx"})
    void aGroupWithoutItsOwnPeriodSpansItsSteps(String ext) throws Exception {
        Activity a1 = KpiActivitySampleTest.read("13", ext).activities().get(0);

        assertThat(a1.steps()).hasSize(6);
        assertThat(a1.steps().get(5).plannedText()).isEqualTo("เมษายน – กันยายน ๒๕๖๗");
        assertThat(a1.plannedText()).isNull();
        assertThat(a1.plannedStart()).isEqualTo(LocalDate.of(2023, 10, 1));
        assertThat(a1.plannedEnd()).isEqualTo(LocalDate.of(2024, 9, 30));
    }
}
