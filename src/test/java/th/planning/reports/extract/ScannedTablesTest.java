package th.planning.reports.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import th.planning.reports.document.Document;
import th.planning.reports.reading.ScannedCorpus;

/**
 * The form's tables read from scanned copies of sample reports ({@link ScannedCorpus}): the reader finds
 * the tables' ruling lines in the page image, so the form extractor reads a scan's indicator and activity
 * tables as it reads a PDF's, row by row against the rows read by hand from the seed
 * (src/test/resources/expected/kpi-rows.tsv, activity-rows.tsv), scored as {@link FormTablesEveryFormatTest}
 * scores every format.
 */
class ScannedTablesTest {

    /**
     * Floors a little under what was measured (README, "Scanned PDFs"). Before the scan's rules were read,
     * 0 of 9 indicators and 0 of 12 activities were right (a scan's tables were lines with tabs, which the
     * extractor does not take for a table). With the rules 1 / 9 and 7 / 12 were right letter for letter,
     * 6 / 9 and 8 / 12 in their place (right row and cell, OCR's misread letters forgiven). Since the form's
     * words get their marks back (ตัวชวัด, กิจกรรมที) and a repeated header read with other letters is known
     * (วชีวัด), 2 / 9 and 8 / 12 were right, 6 / 9 and 10 / 12 in their place. Since section numbers
     * OCR read without their point are found ("๑๑ สรุปผล…"), report 22's §๑๑ is read: 7 / 9 indicators in
     * their place, and one activity more, its first group's cell opening with OCR's noise ("= ฆ่ กิจกรรมที่ ๑")
     * so the group repeated after the page break is taken for a second one: 8 / 13 right, 10 / 13 in
     * place. The rest is mostly OCR's letters (ปิ for ปี, English read with the Thai model).
     */
    static final double MIN_INDICATORS = 0.2;
    static final double MIN_ACTIVITIES = 0.6;
    static final double MIN_INDICATORS_PLACED = 0.75;
    static final double MIN_ACTIVITIES_PLACED = 0.75;

    @Test
    void indicatorAndActivityRowsOfScannedSampleReportsAreReadFromTheScansRules() throws Exception {
        assumeTrue(ScannedCorpus.unavailable() == null, "OCR tests skipped: " + ScannedCorpus.unavailable());
        FormTablesEveryFormatTest.Score kpis = new FormTablesEveryFormatTest.Score();
        FormTablesEveryFormatTest.Score activities = new FormTablesEveryFormatTest.Score();
        Map<String, List<KpiRowsSampleTest.Expected>> wantKpis = KpiRowsSampleTest.expected();
        Map<String, List<ActivityRowsSampleTest.Expected>> wantActivities = ActivityRowsSampleTest.expected();
        int placedKpis = 0;
        int placedActivities = 0;
        for (Map.Entry<String, Document> scan : ScannedCorpus.scanned().entrySet()) {
            String nn = scan.getKey();
            ReportRecord r = FormExtractor.extract(scan.getValue());
            placedKpis += placedKpis(r.kpis(), wantKpis.getOrDefault(nn, List.of()));
            placedActivities += placedActivities(r.activities(), wantActivities.getOrDefault(nn, List.of()));
            FormTablesEveryFormatTest.scoreKpis(nn, r.kpis(), wantKpis.getOrDefault(nn, List.of()), kpis);
            FormTablesEveryFormatTest.scoreActivities(nn, r.activities(), wantActivities.getOrDefault(nn, List.of()),
                    activities);
        }
        System.out.println("| scanned | pdf (OCR) | " + kpis + " | " + activities + " |");
        System.out.printf("Scanned tables, rows in their place with OCR's letters forgiven: indicators %d / %d,"
                + " activities %d / %d%n", placedKpis, kpis.total, placedActivities, activities.total);
        kpis.wrong.forEach(w -> System.out.println("  indicator " + w));
        activities.wrong.forEach(w -> System.out.println("  activity " + w));
        assertThat(kpis.share()).as("indicator rows right, scans").isGreaterThanOrEqualTo(MIN_INDICATORS);
        assertThat((double) placedKpis / kpis.total).as("indicator rows in their place, scans")
                .isGreaterThanOrEqualTo(MIN_INDICATORS_PLACED);
        assertThat((double) placedActivities / activities.total).as("activity rows in their place, scans")
                .isGreaterThanOrEqualTo(MIN_ACTIVITIES_PLACED);
        assertThat(activities.share()).as("activity rows right, scans").isGreaterThanOrEqualTo(MIN_ACTIVITIES);
    }

    /**
     * Indicators read in their place: kind and target cell as the seed has them and text within a tenth of
     * its length of edits, so that a letter OCR misread (ปิ for ปี, a tone mark dropped) does not hide
     * whether the table's rows and cells were found.
     */
    static int placedKpis(List<Kpi> read, List<KpiRowsSampleTest.Expected> want) {
        int n = 0;
        for (int i = 0; i < want.size() && i < read.size(); i++) {
            KpiRowsSampleTest.Expected w = want.get(i);
            Kpi k = read.get(i);
            if (w.kind().equals(k.kind() == null ? "" : k.kind()) && near(w.indicator(), k.indicator())
                    && near(w.target(), k.targetText())) {
                n++;
            }
        }
        return n;
    }

    /** Activities in their place: name within a tenth of edits, the planned dates and number of steps right. */
    static int placedActivities(List<Activity> read, List<ActivityRowsSampleTest.Expected> want) {
        int n = 0;
        for (int i = 0; i < want.size() && i < read.size(); i++) {
            ActivityRowsSampleTest.Expected w = want.get(i);
            Activity a = read.get(i);
            if (near(w.activity(), a.activity()) && w.start().equals(date(a.plannedStart()))
                    && w.end().equals(date(a.plannedEnd())) && w.steps() == a.steps().size()) {
                n++;
            }
        }
        return n;
    }

    private static String date(java.time.LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static boolean near(String want, String read) {
        String a = KpiRowsSampleTest.key(want);
        String b = KpiRowsSampleTest.key(read);
        return ScannedCorpus.editDistance(a, b) <= Math.max(1, a.length() / 10);
    }
}
