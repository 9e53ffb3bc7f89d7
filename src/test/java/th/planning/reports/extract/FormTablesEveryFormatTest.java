package th.planning.reports.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import th.planning.reports.reading.DocumentReader;
import th.planning.reports.reading.DocumentReaders;
import th.planning.reports.support.ExpectedReport;
import th.planning.reports.support.LibreOffice;
import th.planning.reports.support.OtherLayoutSheets;
import th.planning.reports.support.OtherLayoutWord;
import th.planning.reports.support.SeedReports;
import th.planning.reports.thai.ThaiText;

/**
 * The form's tables read from every format of both corpora, row by row against the rows read by hand from
 * the seed text (src/test/resources/expected/kpi-rows.tsv, activity-rows.tsv):
 * <ul>
 *   <li>sample layout: sample-input's docx, pdf and xlsx (LibreOffice from Flat ODT), and the .doc and .xls
 *       LibreOffice makes of them;
 *   <li>other layout, made by another route: the seed reports written by POI as Word files with merged and
 *       repeated header rows, cells merged across and down, narrow value columns ({@link OtherLayoutWord}), the
 *       odd reports in Garuda 14 pt with header rows repeated on every page, the even ones in Laksaman 16 pt
 *       without; the PDFs and .doc LibreOffice makes of those (cells wrapping, tables and rows breaking across
 *       pages, under a repeated header or none); and the workbooks of {@link OtherLayoutSheets} (labels in
 *       column A, merged ranges, no blank rows) as .xlsx and .xls.
 * </ul>
 * An indicator is right when its kind, text and this year's target match; an activity when its name,
 * planned start and end and number of steps match. The share right is printed per corpus, format and table;
 * the test fails under 99 %. The .doc/.xls/PDF conversions need LibreOffice and are skipped without it.
 */
class FormTablesEveryFormatTest {

    private static final Path SAMPLES = Path.of("sample-input/2567/Q4/สำนักงานสถิติแห่งชาติ");
    private static final DocumentReader READER = DocumentReaders.withCanonicalizer(ThaiText::canonicalize);
    private static final double AT_LEAST = 0.99;

    @TempDir
    static Path dir;

    private static final Map<String, String> PRINTED = new TreeMap<>();

    @BeforeAll
    static void writeTheSecondCorpus() throws Exception {
        String kept = System.getProperty("form-tables.corpus");
        if (kept != null) {
            // -Dform-tables.corpus=DIR: the corpus written once to DIR and read from there on later runs
            dir = Path.of(kept);
            if (Files.isDirectory(dir.resolve("other")) && Files.isDirectory(dir.resolve("borderless"))
                    && Files.isDirectory(dir.resolve("sample-borderless"))) {
                return;
            }
        }
        List<List<String>> reports = SeedReports.texts();
        Path other = dir.resolve("other");
        Files.createDirectories(other);
        List<Path> docx = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            String nn = String.format("%02d", i + 1);
            Path file = other.resolve("report-" + nn + ".docx");
            boolean odd = i % 2 == 0;
            OtherLayoutWord.docx(file, reports.get(i), odd ? OtherLayoutWord.Font.GARUDA_14
                    : OtherLayoutWord.Font.LAKSAMAN_16, odd);
            docx.add(file);
            OtherLayoutSheets.xlsx(other.resolve("report-" + nn + ".xlsx"), reports.get(i));
            OtherLayoutSheets.xls(other.resolve("report-" + nn + ".xls"), reports.get(i));
        }
        if (LibreOffice.installed()) {
            LibreOffice.convert(docx, "pdf", other);
            LibreOffice.convert(docx, "doc", other);
            List<Path> sampleDocx = new ArrayList<>();
            List<Path> sampleXlsx = new ArrayList<>();
            for (int n = 1; n <= reports.size(); n++) {
                sampleDocx.add(SAMPLES.resolve(String.format("report-%02d.docx", n)));
                sampleXlsx.add(SAMPLES.resolve(String.format("report-%02d.xlsx", n)));
            }
            LibreOffice.convert(sampleDocx, "doc", dir.resolve("sample"));
            Path borderless = dir.resolve("borderless");
            Files.createDirectories(borderless);
            List<Path> noBorders = new ArrayList<>();
            for (int i = 0; i < reports.size(); i++) {
                Path f = borderless.resolve(String.format("report-%02d.docx", i + 1));
                OtherLayoutWord.docx(f, reports.get(i), i % 2 == 0 ? OtherLayoutWord.Font.GARUDA_14
                        : OtherLayoutWord.Font.LAKSAMAN_16, i % 2 == 0, false);
                noBorders.add(f);
            }
            LibreOffice.convert(noBorders, "pdf", borderless);
            // a second borderless corpus by another route: sample-input's docx (LibreOffice from Flat ODT:
            // headers centred in their cells, cell padding, its own column widths) with the borders taken out
            Path sampleBorderless = dir.resolve("sample-borderless");
            Files.createDirectories(sampleBorderless);
            List<Path> sampleNoBorders = new ArrayList<>();
            for (Path f : sampleDocx) {
                Path out = sampleBorderless.resolve(f.getFileName().toString());
                assertThat(th.planning.reports.support.WithoutBorders.docx(f, out)).as("borders taken out of " + f)
                        .isPositive();
                sampleNoBorders.add(out);
            }
            LibreOffice.convert(sampleNoBorders, "pdf", sampleBorderless);
            LibreOffice.convert(sampleXlsx, "xls", dir.resolve("sample"));
        }
    }

    @AfterAll
    static void printTheTable() {
        System.out.println("| corpus | format | indicator rows right | activity rows right |");
        PRINTED.values().forEach(System.out::println);
    }

    @ParameterizedTest(name = "{0} layout, {1}")
    @CsvSource({"sample, docx", "sample, pdf", "sample, xlsx", "sample, doc", "sample, xls",
            "other, docx", "other, pdf", "other, doc", "other, xlsx", "other, xls"})
    void indicatorAndActivityRowsOfEveryFormatOfBothLayoutsAreReadAsTheSeedHasThem(String layout, String ext)
            throws Exception {
        Path folder = file(layout, ext, "01").getParent();
        boolean made = !(layout.equals("sample") && List.of("docx", "pdf", "xlsx").contains(ext))
                && !(layout.equals("other") && List.of("docx", "xlsx", "xls").contains(ext));
        if (made) {
            assumeTrue(LibreOffice.installed(), LibreOffice.ABSENT);
        }
        if (layout.equals("other") && ext.equals("docx")) {
            assertThat(wordMarkup(folder)).as("merges and repeated headers in the Word corpus")
                    .allSatisfy((what, count) -> assertThat(count).as(what).isPositive());
        }
        if (layout.equals("other") && ext.equals("pdf")) {
            // tables broken across pages: pages that open on an activity or indicator header (repeated, odd reports)
            assertThat(pagesOpeningOnATableHeader(folder)).isGreaterThanOrEqualTo(20);
        }
        Score kpis = new Score();
        Score activities = new Score();
        Score headline = new Score();
        Map<String, ExpectedReport> seed = new TreeMap<>();
        ExpectedReport.all().forEach(e -> seed.put(e.nn(), e));
        for (int n = 1; n <= 40; n++) {
            String nn = String.format("%02d", n);
            ReportRecord r = FormExtractor.extract(READER.read(file(layout, ext, nn)));
            scoreHeadline(nn, r, seed.get(nn), headline);
            scoreKpis(nn, r.kpis(), KpiRowsSampleTest.expected().getOrDefault(nn, List.of()), kpis);
            scoreActivities(nn, r.activities(), ActivityRowsSampleTest.expected().getOrDefault(nn, List.of()), activities);
        }
        String line = String.format("| %s | %s | %s | %s |", layout, ext, kpis, activities);
        PRINTED.put(layout + " " + ext, line);
        System.out.println(line + " (" + folder + "; headline fields " + headline + ")");
        headline.wrong.forEach(w -> System.out.println("  headline " + w));
        kpis.wrong.forEach(w -> System.out.println("  indicator " + w));
        activities.wrong.forEach(w -> System.out.println("  activity " + w));
        assertThat(kpis.share()).as("indicator rows right, " + layout + " " + ext + ":\n" + String.join("\n", kpis.wrong))
                .isGreaterThanOrEqualTo(AT_LEAST);
        assertThat(activities.share()).as("activity rows right, " + layout + " " + ext + ":\n"
                + String.join("\n", activities.wrong)).isGreaterThanOrEqualTo(AT_LEAST);
        assertThat(headline.wrong).as("headline fields, " + layout + " " + ext).isEmpty();
    }

    /**
     * The other layout's Word files written without cell borders, made PDFs by LibreOffice: no ruling lines,
     * so the PDF reader finds the tables from the text's columns (reading/BorderlessTables). Before it, 0 % of
     * either table was read; with its first rules 89 / 107 indicators (83.2 %) and 139 / 161 activities
     * (86.3 %); measured now (2026-12): indicators 99 / 104 (95.2 %), activities 144 / 156 (92.3 %),
     * headline fields 360 / 360. The floors below are those, not the 99 % goal, so that a regression shows
     * while the rest is open: packed indicator cells (several indicators and targets in one cell, its items
     * taken as rows), a wrapped value cell whose line above ends short, a table broken over a page without its
     * header repeated.
     */
    @org.junit.jupiter.api.Test
    void borderlessTablesOfTheOtherLayoutInPdfAreReadFromTheirTextColumns() throws Exception {
        scoreBorderless("borderless", "other, no cell borders", 40, 0.95, 0.92);
    }

    /**
     * A second borderless corpus made by another route, so that the rules are not fitted to one: sample-input's
     * docx (written by LibreOffice from Flat ODT: header text centred in its cells, 0.1 cm cell padding, its
     * own column widths and fonts) with every table and cell border taken out ({@code WithoutBorders}), made
     * PDFs by LibreOffice. Before the centred-header and padding rules: 0 / 103 indicators, 0 / 196
     * activities (no table had a body: every line starts left of a centred header); measured now (2026-12):
     * indicators 83 / 104 (79.8 %), activities 140 / 164 (85.4 %), headline fields 360 / 360. Floors just
     * under those. Still wrong: packed cells (every target of a kind in one cell), rows whose cells wrap in
     * narrow columns beside a first column that starts no item, lists indented in a results cell.
     */
    @org.junit.jupiter.api.Test
    void borderlessTablesOfTheSampleLayoutWithCentredHeadersAndCellPaddingAreReadFromTheirTextColumns()
            throws Exception {
        scoreBorderless("sample-borderless", "sample, no cell borders", 40, 0.79, 0.85);
    }

    private static void scoreBorderless(String folderName, String label, int reportsWithTables, double kpiFloor,
            double activityFloor) throws Exception {
        assumeTrue(LibreOffice.installed(), LibreOffice.ABSENT);
        Path folder = dir.resolve(folderName);
        Score kpis = new Score();
        Score activities = new Score();
        Score headline = new Score();
        Map<String, ExpectedReport> seed = new TreeMap<>();
        ExpectedReport.all().forEach(e -> seed.put(e.nn(), e));
        int withTables = 0;
        for (int n = 1; n <= 40; n++) {
            String nn = String.format("%02d", n);
            th.planning.reports.document.Document d = READER.read(folder.resolve("report-" + nn + ".pdf"));
            if (d.blocks().stream().filter(b -> b instanceof th.planning.reports.document.Table).count() >= 2) {
                withTables++;
            }
            ReportRecord r = FormExtractor.extract(d);
            scoreHeadline(nn, r, seed.get(nn), headline);
            scoreKpis(nn, r.kpis(), KpiRowsSampleTest.expected().getOrDefault(nn, List.of()), kpis);
            scoreActivities(nn, r.activities(), ActivityRowsSampleTest.expected().getOrDefault(nn, List.of()), activities);
        }
        String line = String.format("| %s | pdf | %s | %s |", label, kpis, activities);
        PRINTED.put(label, line);
        System.out.println(line + " (" + folder + "; headline fields " + headline + "; reports with tables " + withTables + ")");
        kpis.wrong.forEach(w -> System.out.println("  indicator " + w));
        activities.wrong.forEach(w -> System.out.println("  activity " + w));
        assertThat(withTables).as("reports whose PDF without rules reads as tables, " + label)
                .isGreaterThanOrEqualTo(reportsWithTables);
        assertThat(kpis.share()).as("indicator rows right, " + label).isGreaterThanOrEqualTo(kpiFloor);
        assertThat(activities.share()).as("activity rows right, " + label).isGreaterThanOrEqualTo(activityFloor);
        assertThat(headline.wrong).as("headline fields, " + label).isEmpty();
    }

    /**
     * The headline fields read by hand from the seed (seed-reports.tsv), which another layout must leave as
     * they are: fiscal year, project (spaces aside), agency, the §๓/§๙ amounts and §๑๔'s progress.
     */
    static void scoreHeadline(String nn, ReportRecord r, ExpectedReport e, Score score) {
        Map<String, Object[]> fields = new java.util.LinkedHashMap<>();
        fields.put("fiscal year", new Object[] {r.fiscalYearBe(), e.fiscalYearBe()});
        fields.put("project", new Object[] {ExpectedReport.squeeze(r.projectName().value()), ExpectedReport.squeeze(e.projectName())});
        fields.put("agency", new Object[] {r.agency().value(), e.agency()});
        fields.put("project value", new Object[] {r.projectValue().value(), e.projectValue()});
        fields.put("allocated", new Object[] {r.allocated().value(), e.allocated()});
        fields.put("contracted", new Object[] {r.contracted().value(), e.contracted()});
        fields.put("disbursed", new Object[] {r.disbursed().value(), e.disbursed()});
        fields.put("progress 14.1", new Object[] {r.progressTotal().value(), e.progressTotal()});
        fields.put("progress 14.2", new Object[] {r.progressYear().value(), e.progressYear()});
        for (Map.Entry<String, Object[]> f : fields.entrySet()) {
            Object got = f.getValue()[0];
            Object want = f.getValue()[1];
            boolean ok = got instanceof java.math.BigDecimal g && want instanceof java.math.BigDecimal w
                    ? g.compareTo(w) == 0 : Objects.equals(got, want);
            score.total++;
            if (ok) {
                score.right++;
            } else {
                score.wrong.add(nn + " " + f.getKey() + ": want " + want + ", got " + got);
            }
        }
    }

    /**
     * Not a test: the other-layout Word files written without cell borders, made PDFs by LibreOffice, scored
     * the same way (args[0]: a folder to write them to, and read again from on later runs), with the rows read
     * wrong: for working on reading/BorderlessTables without the whole corpus. Measured before that reader:
     * 0 % of either table; with it, see {@link #borderlessTablesOfTheOtherLayoutInPdfAreReadFromTheirTextColumns}.
     */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/borderless");
        Files.createDirectories(out);
        List<List<String>> reports = SeedReports.texts();
        List<Path> docx = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            Path f = out.resolve(String.format("report-%02d.docx", i + 1));
            OtherLayoutWord.docx(f, reports.get(i), i % 2 == 0 ? OtherLayoutWord.Font.GARUDA_14
                    : OtherLayoutWord.Font.LAKSAMAN_16, i % 2 == 0, false);
            docx.add(f);
        }
        if (!Files.exists(out.resolve("report-40.pdf"))) {
            LibreOffice.convert(docx, "pdf", out);
        }
        Score kpis = new Score();
        Score activities = new Score();
        for (int n = 1; n <= reports.size(); n++) {
            String nn = String.format("%02d", n);
            ReportRecord r = FormExtractor.extract(READER.read(out.resolve("report-" + nn + ".pdf")));
            scoreKpis(nn, r.kpis(), KpiRowsSampleTest.expected().getOrDefault(nn, List.of()), kpis);
            scoreActivities(nn, r.activities(), ActivityRowsSampleTest.expected().getOrDefault(nn, List.of()), activities);
        }
        System.out.println("| other, no cell borders | pdf | " + kpis + " | " + activities + " |");
        kpis.wrong.forEach(w -> System.out.println("  indicator " + w));
        activities.wrong.forEach(w -> System.out.println("  activity " + w));
    }

    /** How often the corpus's Word files merge cells across, down, and mark header rows to repeat. */
    static Map<String, Integer> wordMarkup(Path folder) throws Exception {
        Map<String, Integer> out = new TreeMap<>(Map.of("w:gridSpan", 0, "w:vMerge w:val=\"restart\"", 0,
                "w:vMerge w:val=\"continue\"", 0, "w:tblHeader", 0));
        for (int n = 1; n <= 40; n++) {
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(folder.resolve(String.format("report-%02d.docx", n)).toFile())) {
                String xml = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8);
                out.replaceAll((what, count) -> count + xml.split(java.util.regex.Pattern.quote("<" + what), -1).length - 1);
            }
        }
        System.out.println("Word corpus markup: " + out);
        return out;
    }

    /** Pages after the first whose first line is a table's header row: a table broken over a page under its repeated header. */
    static int pagesOpeningOnATableHeader(Path folder) throws Exception {
        int pages = 0;
        for (int n = 1; n <= 40; n++) {
            try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
                    folder.resolve(String.format("report-%02d.pdf", n)).toFile())) {
                for (int p = 2; p <= pdf.getNumberOfPages(); p++) {
                    org.apache.pdfbox.text.PDFTextStripper text = new org.apache.pdfbox.text.PDFTextStripper();
                    text.setStartPage(p);
                    text.setEndPage(p);
                    String first = text.getText(pdf).strip().split("\n", 2)[0];
                    if (first.startsWith("ตัวชี้วัด") || first.startsWith("กิจกรรม ")) {
                        pages++;
                    }
                }
            }
        }
        System.out.println("PDF pages opening on a table header: " + pages);
        return pages;
    }

    private static Path file(String layout, String ext, String nn) {
        String name = "report-" + nn + "." + ext;
        if (layout.equals("other")) {
            return dir.resolve("other").resolve(name);
        }
        return List.of("doc", "xls").contains(ext) ? dir.resolve("sample").resolve(name) : SAMPLES.resolve(name);
    }

    /** Rows right of rows compared; the wrong ones described. */
    static final class Score {
        int right;
        int total;
        final List<String> wrong = new ArrayList<>();

        double share() {
            return total == 0 ? 1 : (double) right / total;
        }

        @Override
        public String toString() {
            return String.format("%d / %d (%.1f %%)", right, total, 100 * share());
        }
    }

    /** Indicators as KpiRowsSampleTest scores them: kind, text and this year's target, in order. */
    static void scoreKpis(String nn, List<Kpi> read, List<KpiRowsSampleTest.Expected> want, Score score) {
        score.total += Math.max(want.size(), read.size());
        for (int i = 0; i < want.size(); i++) {
            KpiRowsSampleTest.Expected w = want.get(i);
            Kpi k = i < read.size() ? read.get(i) : null;
            boolean ok = k != null && Objects.equals(w.kind(), k.kind() == null ? "" : k.kind())
                    && KpiRowsSampleTest.key(w.indicator()).equals(KpiRowsSampleTest.key(k.indicator()))
                    && KpiRowsSampleTest.key(w.target()).equals(KpiRowsSampleTest.key(k.targetText()));
            if (ok) {
                score.right++;
            } else {
                score.wrong.add(nn + "#" + (i + 1) + " want " + w.kind() + " | " + w.indicator() + " | " + w.target()
                        + "\n      got  " + (k == null ? "nothing" : k.kind() + " | " + k.indicator() + " | " + k.targetText()));
            }
        }
        for (int i = want.size(); i < read.size(); i++) {
            score.wrong.add(nn + "#" + (i + 1) + " not an indicator: " + read.get(i).source());
        }
    }

    /** Activities as ActivityRowsSampleTest scores them: name, planned start and end, number of steps. */
    static void scoreActivities(String nn, List<Activity> read, List<ActivityRowsSampleTest.Expected> want, Score score) {
        score.total += Math.max(want.size(), read.size());
        for (int i = 0; i < want.size(); i++) {
            ActivityRowsSampleTest.Expected w = want.get(i);
            Activity a = i < read.size() ? read.get(i) : null;
            boolean ok = a != null && KpiRowsSampleTest.key(w.activity()).equals(KpiRowsSampleTest.key(a.activity()))
                    && w.start().equals(date(a.plannedStart())) && w.end().equals(date(a.plannedEnd()))
                    && w.steps() == a.steps().size();
            if (ok) {
                score.right++;
            } else {
                score.wrong.add(nn + "#" + (i + 1) + " want " + w.activity() + " | " + w.start() + " | " + w.end()
                        + " | " + w.steps() + "\n      got  " + (a == null ? "nothing" : a.activity() + " | "
                        + date(a.plannedStart()) + " | " + date(a.plannedEnd()) + " | " + a.steps().size()));
            }
        }
        for (int i = want.size(); i < read.size(); i++) {
            score.wrong.add(nn + "#" + (i + 1) + " not an activity: " + read.get(i).activity());
        }
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
