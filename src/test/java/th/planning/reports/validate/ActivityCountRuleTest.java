package th.planning.reports.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.planning.reports.extract.FormExtractor;
import th.planning.reports.extract.NotThisFormException;
import th.planning.reports.extract.ReportRecord;
import th.planning.reports.support.SeedReports;

/** The declared activity count of section ๑๑.๒ against the activities its table lists. */
class ActivityCountRuleTest {

    @Test
    void flagsExactlyTheSeedReportsWhoseDeclaredCountDisagreesWithTheirTable() throws NotThisFormException {
        List<String> flagged = new ArrayList<>();
        List<List<String>> texts = SeedReports.texts();
        for (int i = 0; i < texts.size(); i++) {
            ReportRecord r = FormExtractor.extract(SeedReports.document(texts.get(i)));
            for (Finding f : Rules.check(r)) {
                if (f.rule().equals(Rules.ACTIVITY_COUNT_DIFFERS)) {
                    flagged.add(String.format("%02d: %s", i + 1, f.messageEn()));
                }
            }
        }
        // Report 06 lists five activities under "๔ กิจกรรม"; 15 and 21 declare two and list five and four.
        // 27 declares its two groups, now read as two. 09 (๓ declared, ๓ in §๑๑.๒, a 4th scheduled wholly in
        // FY ๒๕๖๘) agrees with itself: see below.
        assertThat(flagged).containsExactly(
                "06: declares 4 activities but its results table lists 5",
                "15: declares 2 activities but its results table lists 5",
                "21: declares 2 activities but its results table lists 4");
    }

    /**
     * Report 09 declares ๓ activities, its §๑๑.๒ reports on three, and §๘ schedules a 4th from ตุลาคม ๒๕๖๗ to
     * มกราคม ๒๕๖๘, all of it in fiscal year ๒๕๖๘: the count is this year's, the report does not contradict
     * itself. Moved into September ๒๕๖๗, the same 4th activity is this year's and unreported: then it fires.
     */
    @Test
    void seedReport09CountingThisYearsThreeOfFourScheduledIsNoContradictionUnlessTheFourthIsThisYears()
            throws NotThisFormException {
        List<String> text = SeedReports.texts().get(8);
        ReportRecord r = FormExtractor.extract(SeedReports.document(text));
        assertThat(r.activitiesDeclared()).isEqualTo(3);
        assertThat(r.activities()).hasSize(4);
        assertThat(r.activities().get(3).resultText()).isNull();
        assertThat(r.activities().get(3).plannedStart()).hasToString("2024-10-01");
        assertThat(Rules.activityCount(r)).isEmpty();

        List<String> thisYear = text.stream()
                .map(l -> l.startsWith("๔. ผลการศึกษาการพัฒนาระบบ") && l.contains("\t")
                        ? l.replaceFirst("\t.*$", "\tกันยายน ๒๕๖๗") : l)
                .toList();
        ReportRecord moved = FormExtractor.extract(SeedReports.document(thisYear));
        assertThat(moved.activities().get(3).plannedStart()).hasToString("2024-09-01");
        assertThat(Rules.activityCount(moved)).extracting(Finding::messageEn)
                .containsExactly("declares 3 activities but its results table lists 4");
    }

    @Test
    void seedReport01DeclaresTwoAndListsTwo() throws NotThisFormException {
        ReportRecord r = FormExtractor.extract(SeedReports.document(SeedReports.texts().get(0)));
        assertThat(r.activitiesDeclared()).isEqualTo(2);
        assertThat(Rules.activityCount(r)).isEmpty();
    }
}
