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
        // Report 06 lists five activities under "๔ กิจกรรม"; 09 schedules four in §๘ under "๓ กิจกรรม";
        // 15 and 21 declare two and list five and four. 27 declares its two groups, now read as two.
        assertThat(flagged).containsExactly(
                "06: declares 4 activities but its results table lists 5",
                "09: declares 3 activities but its results table lists 4",
                "15: declares 2 activities but its results table lists 5",
                "21: declares 2 activities but its results table lists 4");
    }

    @Test
    void seedReport01DeclaresTwoAndListsTwo() throws NotThisFormException {
        ReportRecord r = FormExtractor.extract(SeedReports.document(SeedReports.texts().get(0)));
        assertThat(r.activitiesDeclared()).isEqualTo(2);
        assertThat(Rules.activityCount(r)).isEmpty();
    }
}
