package th.planning.reports.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.planning.reports.document.Document;
import th.planning.reports.reading.DocumentReader;
import th.planning.reports.reading.DocumentReaders;
import th.planning.reports.support.SummaryWorkbooks;
import th.planning.reports.support.SummaryWorkbooks.Layout;
import th.planning.reports.support.SummaryWorkbooks.Line;
import th.planning.reports.support.SummaryWorkbooks.Spec;
import th.planning.reports.thai.ThaiText;
import th.planning.reports.thai.ValueStatus;
import th.planning.reports.validate.Finding;
import th.planning.reports.validate.SummaryValidation;
import th.planning.reports.validate.ValidatedSummary;

/**
 * The sample agency's summary workbook (its 40 reports of FY ๒๕๖๗ Q4 as one row each), made with POI in
 * two layouts and both file formats, read back as an agency summary: every row, its figures and their
 * status, the header however many rows it takes, and the total row checked against the rows.
 */
class SummaryWorkbookTest {

    private static final DocumentReader READER = DocumentReaders.withCanonicalizer(ThaiText::canonicalize);
    private static final String AGENCY = "สำนักงานสถิติแห่งชาติ";

    @TempDir
    Path dir;

    private ValidatedSummary read(Path file) throws Exception {
        Document d = READER.read(file);
        AgencySummary s = SummaryExtractor.read(d).orElseThrow(() -> new AssertionError(file + " not recognised"));
        return SummaryValidation.validate(s, "2567/Q4/" + AGENCY + "/" + file.getFileName());
    }

    @Test
    void classicSummaryOfTheSampleAgencyXlsxReadsAllFortyRowsAndItsTotalAgrees() throws Exception {
        List<Line> lines = SummaryWorkbooks.sampleAgencyLines();
        Path file = dir.resolve("summary-classic.xlsx");
        SummaryWorkbooks.write(file, Layout.CLASSIC, new Spec(AGENCY, 2567, 4, lines, null));

        ValidatedSummary v = read(file);
        AgencySummary s = v.summary();
        assertThat(v.agency()).isEqualTo(AGENCY);
        assertThat(v.fiscalYearBe()).isEqualTo(2567);
        assertThat(v.quarter()).isEqualTo(4);
        assertThat(v.periodSource()).isEqualTo("form");
        assertThat(s.headerRows()).isEqualTo(2);
        assertThat(s.rows()).hasSize(40);
        AgencySummary.Row first = s.rows().get(0);
        assertThat(first.numberTyped()).isEqualTo("1");
        assertThat(first.projectName()).isEqualTo(lines.get(0).name());
        assertThat(first.allocated().value()).isEqualByComparingTo("9365800.00");
        assertThat(first.contracted().value()).isEqualByComparingTo("5944420.00");
        assertThat(first.disbursed().value()).isEqualByComparingTo("0");
        assertThat(first.progress().value()).isEqualByComparingTo("35");
        for (int i = 0; i < 40; i++) {
            assertSame(s.rows().get(i).disbursed().value(), lines.get(i).disbursed(), i);
        }
        assertThat(s.total()).isNotNull();
        assertThat(v.findings()).extracting(Finding::rule).doesNotContain(SummaryValidation.TOTAL_DIFFERS);
    }

    @Test
    void classicSummaryXlsWithAMistypedTotalIsAFindingQuotingTheTotalAndTheSum() throws Exception {
        List<Line> lines = SummaryWorkbooks.sampleAgencyLines();
        BigDecimal sum = lines.stream().map(Line::disbursed).filter(d -> d != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal typed = sum.add(new BigDecimal("90000"));
        Path file = dir.resolve("summary-classic.xls");
        SummaryWorkbooks.write(file, Layout.CLASSIC, new Spec(AGENCY, 2567, 4, lines, typed));

        ValidatedSummary v = read(file);
        assertThat(v.summary().rows()).hasSize(40);
        assertThat(v.findings()).filteredOn(f -> f.rule().equals(SummaryValidation.TOTAL_DIFFERS))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.field()).isEqualTo("disbursed");
                    assertThat(f.evidence()).contains("รวมทั้งสิ้น").contains(SummaryValidationMoney.of(sum))
                            .contains("difference 90,000.00");
                });
    }

    @Test
    void reorderedSummaryXlsWithThreeHeaderRowsThaiDigitsDashesAndASubProjectLineReadsEveryFigure()
            throws Exception {
        List<Line> lines = new ArrayList<>(SummaryWorkbooks.sampleAgencyLines());
        lines.remove(6);                                               // one project missing
        lines.set(2, lines.get(2).withSubProjectLine("โครงการย่อย: ระบบสำรองข้อมูล"));
        Path file = dir.resolve("summary-reordered.xls");
        SummaryWorkbooks.write(file, Layout.REORDERED, new Spec(AGENCY, 2567, 4, lines, null));

        ValidatedSummary v = read(file);
        AgencySummary s = v.summary();
        assertThat(v.agency()).isEqualTo(AGENCY);
        assertThat(v.quarter()).isEqualTo(4);
        assertThat(s.headerRows()).isEqualTo(4);
        assertThat(s.rows()).hasSize(39);
        assertThat(s.rows().get(2).projectName()).isEqualTo(lines.get(2).name() + "\nโครงการย่อย: ระบบสำรองข้อมูล");
        assertThat(s.rows().get(3).numberTyped()).isEqualTo("๔");
        AgencySummary.Row first = s.rows().get(0);
        assertThat(first.allocated().value()).isEqualByComparingTo("9365800.00");
        assertThat(first.disbursed().status()).isEqualTo(ValueStatus.NIL);        // typed "-"
        assertThat(first.progress().value()).isEqualByComparingTo("35");
        for (int i = 0; i < 39; i++) {
            assertSame(s.rows().get(i).allocated().value(), lines.get(i).allocated(), i);
            assertSame(s.rows().get(i).contracted().value(), lines.get(i).contracted(), i);
            assertSame(s.rows().get(i).disbursed().value(), lines.get(i).disbursed(), i);
        }
        assertThat(v.findings()).extracting(Finding::rule).doesNotContain(SummaryValidation.TOTAL_DIFFERS);
    }

    @Test
    void aSummaryRowWithoutANameAndAFigureThatIsNoNumberAreFindingsQuotingTheRow() throws Exception {
        List<Line> lines = new ArrayList<>(SummaryWorkbooks.sampleAgencyLines().subList(0, 3));
        lines.set(1, lines.get(1).withName(""));
        Path file = dir.resolve("summary-unnamed.xlsx");
        SummaryWorkbooks.write(file, Layout.CLASSIC, new Spec(AGENCY, 2567, 4, lines, null));
        ValidatedSummary v = read(file);
        assertThat(v.summary().rows()).hasSize(3);
        assertThat(v.findings()).filteredOn(f -> f.rule().equals(SummaryValidation.MISSING))
                .singleElement()
                .satisfies(f -> assertThat(f.evidence()).startsWith("2 | 20100000"));
    }

    @Test
    void aReportOfTheFormIsNotTakenForASummary() throws Exception {
        Document d = READER.read(Path.of("sample-input/2567/Q4/" + AGENCY + "/report-01.xlsx"));
        assertThat(SummaryExtractor.read(d)).isEmpty();
    }

    private static void assertSame(BigDecimal read, BigDecimal expected, int i) {
        if (expected == null) {
            assertThat(read).as("row %d", i + 1).isNull();
        } else {
            assertThat(read).as("row %d", i + 1).isEqualByComparingTo(expected);
        }
    }

    /** The money format findings quote. */
    static final class SummaryValidationMoney {
        static String of(BigDecimal v) {
            return new java.text.DecimalFormat("#,##0.00").format(v);
        }
    }
}
