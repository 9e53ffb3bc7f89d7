package th.planning.reports.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.planning.reports.reading.DocumentReader;
import th.planning.reports.reading.DocumentReaders;
import th.planning.reports.support.OtherLayoutSheets;
import th.planning.reports.support.SeedReports;
import th.planning.reports.thai.ThaiText;

/**
 * The second corpus route: every seed report written by the test as .xlsx and .xls in another office
 * program's layout ({@link OtherLayoutSheets}: labels in A, values from B, tables as merged ranges, no
 * blank rows), extracted, and its activity and indicator rows compared with those of the same report's
 * sample-input xlsx and docx. The same form read from either layout must give the same rows.
 */
class OtherLayoutTablesTest {

    private static final Path SAMPLES = Path.of("sample-input/2567/Q4/สำนักงานสถิติแห่งชาติ");
    private static final DocumentReader READER = DocumentReaders.withCanonicalizer(ThaiText::canonicalize);

    /** Rows equal and rows compared, per table. */
    private static final class Score {
        int activitiesEqual;
        int activities;
        int kpisEqual;
        int kpis;
        int headlineEqual;
        int headline;

        double activityShare() {
            return activities == 0 ? 1 : (double) activitiesEqual / activities;
        }

        double kpiShare() {
            return kpis == 0 ? 1 : (double) kpisEqual / kpis;
        }

        @Override
        public String toString() {
            return String.format("activities %d/%d (%.1f %%), indicators %d/%d (%.1f %%), headline fields %d/%d",
                    activitiesEqual, activities, 100 * activityShare(), kpisEqual, kpis, 100 * kpiShare(),
                    headlineEqual, headline);
        }
    }

    @Test
    void otherLayoutWorkbooksGiveTheSampleLayoutsActivityAndIndicatorRows(@TempDir Path dir) throws Exception {
        List<List<String>> reports = SeedReports.texts();
        Score xlsxVsXlsx = new Score();
        Score xlsVsXlsx = new Score();
        Score xlsxVsDocx = new Score();
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            String nn = String.format("%02d", i + 1);
            Path xlsx = dir.resolve("other-" + nn + ".xlsx");
            Path xls = dir.resolve("other-" + nn + ".xls");
            OtherLayoutSheets.xlsx(xlsx, reports.get(i));
            OtherLayoutSheets.xls(xls, reports.get(i));
            ReportRecord sampleXlsx = extract(SAMPLES.resolve("report-" + nn + ".xlsx"));
            ReportRecord sampleDocx = extract(SAMPLES.resolve("report-" + nn + ".docx"));
            ReportRecord otherXlsx = extract(xlsx);
            ReportRecord otherXls = extract(xls);
            compare(nn + " xlsx", otherXlsx, sampleXlsx, xlsxVsXlsx, misses);
            compare(nn + " xls", otherXls, sampleXlsx, xlsVsXlsx, null);
            compare(nn + " xlsx/docx", otherXlsx, sampleDocx, xlsxVsDocx, null);
        }
        misses.stream().limit(40).forEach(System.out::println);
        System.out.println("other-layout xlsx vs sample xlsx: " + xlsxVsXlsx);
        System.out.println("other-layout xls  vs sample xlsx: " + xlsVsXlsx);
        System.out.println("other-layout xlsx vs sample docx: " + xlsxVsDocx);

        assertThat(xlsxVsXlsx.activityShare()).isGreaterThanOrEqualTo(FLOOR);
        assertThat(xlsxVsXlsx.kpiShare()).isGreaterThanOrEqualTo(FLOOR);
        assertThat(xlsVsXlsx.activityShare()).isGreaterThanOrEqualTo(FLOOR);
        assertThat(xlsVsXlsx.kpiShare()).isGreaterThanOrEqualTo(FLOOR);
        assertThat(xlsxVsXlsx.headlineEqual).isEqualTo(xlsxVsXlsx.headline);
        assertThat(xlsVsXlsx.headlineEqual).isEqualTo(xlsVsXlsx.headline);
    }

    /** What this route reaches: every row of every report equal to the sample layout's. */
    private static final double FLOOR = 1.0;

    private static ReportRecord extract(Path file) throws NotThisFormException {
        assertThat(Files.exists(file)).as(file.toString()).isTrue();
        return FormExtractor.extract(READER.read(file));
    }

    private static void compare(String what, ReportRecord got, ReportRecord want, Score score, List<String> misses) {
        List<String> gh = headline(got);
        List<String> wh = headline(want);
        for (int k = 0; k < wh.size(); k++) {
            score.headline++;
            if (gh.get(k).equals(wh.get(k))) {
                score.headlineEqual++;
            } else if (misses != null) {
                misses.add(what + " headline field " + k + "\n   got  " + gh.get(k) + "\n   want " + wh.get(k));
            }
        }
        int n = Math.max(got.activities().size(), want.activities().size());
        for (int k = 0; k < n; k++) {
            String g = k < got.activities().size() ? activity(got.activities().get(k)) : "(none)";
            String w = k < want.activities().size() ? activity(want.activities().get(k)) : "(none)";
            score.activities++;
            if (g.equals(w)) {
                score.activitiesEqual++;
            } else if (misses != null) {
                misses.add(what + " activity " + (k + 1) + "\n   got  " + g + "\n   want " + w);
            }
        }
        n = Math.max(got.kpis().size(), want.kpis().size());
        for (int k = 0; k < n; k++) {
            String g = k < got.kpis().size() ? kpi(got.kpis().get(k)) : "(none)";
            String w = k < want.kpis().size() ? kpi(want.kpis().get(k)) : "(none)";
            score.kpis++;
            if (g.equals(w)) {
                score.kpisEqual++;
            } else if (misses != null) {
                misses.add(what + " indicator " + (k + 1) + "\n   got  " + g + "\n   want " + w);
            }
        }
    }

    /**
     * The headline fields, which the other layout's label | value lines must leave as they are read (not
     * the quarter: the seed text has no ticked box, sample-input's generator adds it).
     */
    private static List<String> headline(ReportRecord r) {
        List<String> out = new ArrayList<>();
        out.add(String.valueOf(r.fiscalYearBe()));
        out.add(norm(r.projectName().value()));
        out.add(norm(r.agency().value()));
        for (NumberField f : List.of(r.allocated(), r.contracted(), r.disbursed(), r.progressTotal(), r.progressYear())) {
            out.add(f.status() + " " + (f.value() == null ? "" : f.value().stripTrailingZeros().toPlainString()));
        }
        out.add(String.valueOf(r.activitiesDeclared()));
        return out;
    }

    private static String activity(Activity a) {
        return norm(a.activity()) + " | " + norm(a.plannedText());
    }

    private static String kpi(Kpi k) {
        return k.kind() + " | " + norm(k.indicator()) + " | " + norm(k.targetText());
    }

    private static String norm(String s) {
        return Objects.toString(s, "").replaceAll("\\s+", " ").strip();
    }
}
