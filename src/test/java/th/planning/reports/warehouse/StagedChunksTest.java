package th.planning.reports.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.planning.reports.document.DocumentFormat;
import th.planning.reports.extract.FormExtractor;
import th.planning.reports.reading.DocumentReaders;
import th.planning.reports.thai.ThaiText;
import th.planning.reports.extract.SummaryExtractor;
import th.planning.reports.support.SummaryWorkbooks;
import th.planning.reports.validate.Finding;
import th.planning.reports.validate.SummaryValidation;
import th.planning.reports.validate.ValidatedReport;
import th.planning.reports.validate.ValidatedSummary;
import th.planning.reports.validate.Validation;

/**
 * Staged chunks of sample reports: what is read back is what was staged, row for row and value for
 * value (Thai text, decimals, dates, lists, NULLs), named by the files' hashes, and a chunk staged for
 * other columns is told apart instead of loaded.
 */
class StagedChunksTest {

    static final Path SAMPLES = Path.of("sample-input/2567/Q4/สำนักงานสถิติแห่งชาติ");

    @TempDir
    Path dir;

    @Test
    void sampleReports35And27AsDocxPdfXlsxComeBackFromTheirStagedChunkRowForRow() throws Exception {
        List<Submission> chunk = new ArrayList<>();
        int n = 0;
        for (String name : new String[] {"report-35.docx", "report-35.pdf", "report-27.xlsx"}) {
            Path file = SAMPLES.resolve(name);
            ValidatedReport v = Validation.validate(FormExtractor.extract(
                    DocumentReaders.withCanonicalizer(ThaiText::canonicalize).read(file)), "2567/Q4/สำนักงานสถิติแห่งชาติ/" + name);
            IncomingFile f = new IncomingFile(file, "2567/Q4/สำนักงานสถิติแห่งชาติ/" + name, Files.size(file),
                    Instant.parse("2026-11-30T01:02:03.123456Z"), Integer.toString(++n).repeat(64));
            chunk.add(Submission.loaded(f, DocumentFormat.valueOf(name.substring(name.indexOf('.') + 1).toUpperCase()), v));
        }
        IncomingFile bad = new IncomingFile(SAMPLES.resolve("notes.xlsx"), "2567/Q4/notes.xlsx", 18, null, "f".repeat(64));
        chunk.add(Submission.rejected(bad, null, "ไม่ใช่แบบรายงาน: not the form"));

        StagedChunks staging = new StagedChunks(dir.resolve("staged"));
        Path staged = staging.write(chunk);
        assertThat(staged.getFileName().toString()).isEqualTo(StagedChunks.name(chunk)).startsWith("chunk-").endsWith(".jsonl");
        assertThat(staging.write(chunk)).as("the same files staged again: the same chunk").isEqualTo(staged);
        assertThat(staging.pending()).containsExactly(staged);
        assertThat(Files.readAllLines(staged)).hasSize(4);

        List<Submission> back = staging.read(staged, Path.of("/drop"));
        assertThat(back).hasSize(4);
        for (int i = 0; i < chunk.size(); i++) {
            Submission a = chunk.get(i);
            Submission b = back.get(i);
            assertThat(b.file().relativePath()).isEqualTo(a.file().relativePath());
            assertThat(b.file().fileName()).isEqualTo(a.file().fileName());
            assertThat(b.file().sha256()).isEqualTo(a.file().sha256());
            assertThat(b.file().size()).isEqualTo(a.file().size());
            assertThat(b.file().modified()).isEqualTo(a.file().modified());
            assertThat(b.status()).isEqualTo(a.status());
            assertThat(b.format()).isEqualTo(a.format());
            assertThat(b.reason()).isEqualTo(a.reason());
            if (a.rows() == null) {
                assertThat(b.rows()).isNull();
                continue;
            }
            assertThat(b.rows().agency()).isEqualTo(a.rows().agency());
            assertThat(b.rows().projectName()).isEqualTo(a.rows().projectName());
            assertThat(b.rows().fiscalYearBe()).isEqualTo(2567);
            assertThat(b.rows().quarter()).isEqualTo(a.rows().quarter());
            assertThat(b.rows().periodSource()).isEqualTo(a.rows().periodSource());
            for (FactTable<?> t : FactTables.ALL) {
                List<Object[]> x = a.rows().rows(t.name());
                List<Object[]> y = b.rows().rows(t.name());
                assertThat(y).as(t.name()).hasSameSizeAs(x);
                for (int r = 0; r < x.size(); r++) {
                    assertThat(y.get(r)).as(t.name() + " row " + r).containsExactly(x.get(r));
                }
            }
        }
        // real values made the trip: report 35's allocation and carried-over year, report 27's activities
        List<String> budget = FactTables.FACT_BUDGET.columnNames();
        Object[] b35 = back.get(0).rows().rows("fact_budget").get(0);
        assertThat(b35[budget.indexOf("allocated")]).isEqualTo(new java.math.BigDecimal("2980100.00"));
        assertThat(b35[budget.indexOf("carried_over_from_year_be")]).isEqualTo(2566);
        assertThat(back.get(2).rows().rows("fact_activity")).isNotEmpty();
        assertThat(back.get(2).rows().rows("fact_activity").get(0)[FactTables.FACT_ACTIVITY.columnNames().indexOf("planned_start")])
                .isInstanceOf(java.time.LocalDate.class);
    }

    @Test
    void aChunkStagedForOtherColumnsIsRefusedAsStale() throws Exception {
        Path file = SAMPLES.resolve("report-35.docx");
        ValidatedReport v = Validation.validate(FormExtractor.extract(
                DocumentReaders.withCanonicalizer(ThaiText::canonicalize).read(file)), "report-35.docx");
        IncomingFile f = new IncomingFile(file, "report-35.docx", Files.size(file), null, "a".repeat(64));
        StagedChunks staging = new StagedChunks(dir);
        Path staged = staging.write(List.of(Submission.loaded(f, DocumentFormat.DOCX, v)));
        Files.writeString(staged, Files.readString(staged).replace("\"indicator\",\"unit\"", "\"unit\",\"indicator\""));
        assertThatThrownBy(() -> staging.read(staged, dir))
                .isInstanceOf(StagedChunks.StaleChunkException.class)
                .hasMessageContaining("fact_kpi staged with columns");
    }

    @Test
    void aMistypedSummaryWorkbookXlsAndAnOcrReadReportComeBackFromTheirChunkWithAllTheyCarry() throws Exception {
        // The summary workbook: every row, its figures and its total-row finding make the trip.
        List<SummaryWorkbooks.Line> lines = SummaryWorkbooks.sampleAgencyLines();
        java.math.BigDecimal sum = lines.stream().map(SummaryWorkbooks.Line::disbursed).filter(d -> d != null)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        Path xls = dir.resolve("summary.xls");
        SummaryWorkbooks.write(xls, SummaryWorkbooks.Layout.CLASSIC, new SummaryWorkbooks.Spec(
                "สำนักงานสถิติแห่งชาติ", 2567, 4, lines, sum.add(new java.math.BigDecimal("90000"))));
        ValidatedSummary summary = SummaryValidation.validate(SummaryExtractor.read(
                DocumentReaders.withCanonicalizer(ThaiText::canonicalize).read(xls)).orElseThrow(), "2567/Q4/summary.xls");
        IncomingFile sf = new IncomingFile(xls, "2567/Q4/summary.xls", Files.size(xls), null, "5".repeat(64));
        // A report read by OCR: where its text came from and how sure the OCR was go to submission.
        Path file = SAMPLES.resolve("report-35.pdf");
        ValidatedReport v = Validation.validate(FormExtractor.extract(
                DocumentReaders.withCanonicalizer(ThaiText::canonicalize).read(file)), "report-35.pdf");
        ReportRows r = ReportRows.of(v);
        ReportRows ocr = new ReportRows(r.agency(), r.projectName(), r.fiscalYearBe(), r.quarter(), r.periodSource(),
                "ocr", 71.25, r.tables());
        IncomingFile of = new IncomingFile(file, "report-35.pdf", Files.size(file), null, "6".repeat(64));

        StagedChunks staging = new StagedChunks(dir.resolve("staged"));
        List<Submission> back = staging.read(staging.write(List.of(
                Submission.summary(sf, DocumentFormat.XLS, summary),
                new Submission(of, Submission.Status.LOADED, DocumentFormat.PDF, null, null, ocr))), dir);

        ValidatedSummary s = back.get(0).summary();
        assertThat(back.get(0).rows()).isNull();
        assertThat(s).isEqualTo(summary);
        assertThat(s.summary().rows()).hasSize(40);
        assertThat(s.findings()).extracting(Finding::rule).contains(SummaryValidation.TOTAL_DIFFERS);
        assertThat(back.get(1).summary()).isNull();
        assertThat(back.get(1).rows().textSource()).isEqualTo("ocr");
        assertThat(back.get(1).rows().ocrConfidence()).isEqualTo(71.25);
        assertThat(r.textSource()).as("a PDF with a text layer").isEqualTo("text");
    }
}
