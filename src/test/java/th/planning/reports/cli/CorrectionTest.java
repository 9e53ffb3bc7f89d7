package th.planning.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import th.planning.reports.support.WarehouseRows;
import th.planning.reports.batch.IngestRunner;

/**
 * An analyst's correction of report-01's disbursed figure (the seed report says 0.00 though its work is
 * 35 % done), recorded with `report-etl correct`: audited, applied by the views and the Parquet export
 * with the figure as reported beside it, to the report's docx and pdf alike, answering the findings on
 * that field; kept across a re-run and a rebuild of the warehouse; and no longer applied, with a
 * finding, once the agency resubmits the file.
 */
class CorrectionTest {

    static final Path SAMPLES = Path.of("sample-input/2567/Q4/สำนักงานสถิติแห่งชาติ");

    @TempDir
    Path input;
    @TempDir
    Path warehouse;

    private String correct(int expectedExit, String... args) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream out = System.out;
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        int exit;
        try {
            List<String> all = new ArrayList<>(List.of("correct"));
            all.addAll(List.of(args));
            all.addAll(List.of("--warehouse", warehouse.toString()));
            exit = new CommandLine(new ReportEtl()).execute(all.toArray(String[]::new));
        } finally {
            System.setOut(out);
        }
        String printed = buf.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed).isEqualTo(expectedExit);
        return printed;
    }

    private List<String> query(String sql) throws Exception {
        return WarehouseRows.of(warehouse, sql, " | ");
    }

    private List<String> parquetSummary() throws Exception {
        return query("SELECT file_name, disbursed, disbursed_as_reported, corrected_fields FROM read_parquet('"
                + warehouse.resolve("parquet/submission_summary") + "/**/*.parquet', hive_partitioning = true)"
                + " WHERE file_name LIKE 'report-01%'");
    }

    @Test
    void aCorrectionOfReport01DisbursedIsAuditedAppliedExportedKeptOnRerunAndRebuildAndOutdatedByResubmission()
            throws Exception {
        Path dir = Files.createDirectories(input.resolve("2567/Q4/agency"));
        for (String f : List.of("report-01.docx", "report-01.pdf", "report-02.docx")) {
            Files.copy(SAMPLES.resolve(f), dir.resolve(f));
        }
        IngestRunner.run(input, warehouse, 2, Map.of());
        assertThat(query("SELECT field, resolved_by_correction_id FROM v_finding WHERE file_name = 'report-01.docx'"
                + " AND rule = 'progress_ahead_of_disbursement'")).containsExactly("progress_total_pct | null");

        assertThat(correct(2, dir.resolve("report-01.docx").toString(), "budget", "1", "--reason", "x"))
                .isEmpty();
        String printed = correct(0, dir.resolve("report-01.docx").toString(), "disbursed", "๑,๕๐๐,๐๐๐",
                "--reason", "สำนักงานยืนยันทางโทรศัพท์ว่าเบิกจ่ายแล้ว ๑.๕ ล้านบาท", "--by", "analyst-a");
        assertThat(printed).contains("correction 1: 2567/Q4/agency/report-01.docx disbursed 0.00 -> 1500000.00")
                .contains("applies to 2 file(s)")
                .contains("findings it answers: progress_ahead_of_disbursement (report-01.docx),"
                        + " progress_ahead_of_disbursement (report-01.pdf)");

        // Audited, applied to both renditions in force, the figure as reported beside it.
        assertThat(query("SELECT correction_id, field, value_as_reported, corrected_value, corrected_by, reason,"
                + " corrected_at IS NOT NULL, state FROM v_correction"))
                .containsExactly("1 | disbursed | 0.00 | 1500000.00 | analyst-a"
                        + " | สำนักงานยืนยันทางโทรศัพท์ว่าเบิกจ่ายแล้ว ๑.๕ ล้านบาท | true | applied");
        assertThat(query("SELECT file_name, disbursed, disbursed_as_reported, corrected_fields"
                + " FROM v_submission_file_summary WHERE file_name LIKE 'report-01%' ORDER BY file_name"))
                .containsExactly("report-01.docx | 1500000.00 | 0.00 | [disbursed]",
                        "report-01.pdf | 1500000.00 | 0.00 | [disbursed]");
        assertThat(query("SELECT disbursed, disbursed_as_reported FROM v_budget_execution"
                + " WHERE file_name = 'report-01.docx'")).containsExactly("1500000.00 | 0.00");
        // The finding it answers (35 % done, nothing disbursed) is marked resolved, on both renditions.
        assertThat(query("SELECT file_name, rule, resolved_by_correction_id FROM v_finding"
                + " WHERE resolved_by_correction_id IS NOT NULL ORDER BY 1, 2"))
                .containsExactly("report-01.docx | progress_ahead_of_disbursement | 1",
                        "report-01.pdf | progress_ahead_of_disbursement | 1");
        assertThat(parquetSummary()).containsExactly("report-01.docx | 1500000.00 | 0.00 | [disbursed]");
        assertThat(query("SELECT correction_id, corrected_value FROM read_parquet('"
                + warehouse.resolve("parquet/correction/correction.parquet") + "')")).containsExactly("1 | 1500000.00");

        // A second correction of the same field replaces the first; both stay.
        correct(0, "2567/Q4/agency/report-01.docx", "disbursed", "1250000", "--reason", "ตามหนังสือแจ้งยอดเบิกจ่าย",
                "--by", "analyst-b");
        assertThat(query("SELECT correction_id, state FROM v_correction ORDER BY 1"))
                .containsExactly("1 | replaced", "2 | applied");

        // A run with nothing new keeps it, in the views and in the Parquet.
        assertThat(IngestRunner.run(input, warehouse, 2, Map.of()).loaded()).isZero();
        assertThat(query("SELECT disbursed FROM v_submission_summary WHERE file_name = 'report-01.docx'"))
                .containsExactly("1250000.00");
        assertThat(parquetSummary()).containsExactly("report-01.docx | 1250000.00 | 0.00 | [disbursed]");

        // The warehouse file is lost and rebuilt from the drop folder: the journal beside it brings the
        // corrections back, as they were.
        assertThat(Files.readAllLines(warehouse.resolve("corrections.tsv"))).hasSize(2);
        Files.delete(warehouse.resolve("warehouse.duckdb"));
        Files.deleteIfExists(warehouse.resolve("warehouse.duckdb.wal"));
        assertThat(IngestRunner.run(input, warehouse, 2, Map.of()).loaded()).isEqualTo(3);
        assertThat(query("SELECT correction_id, corrected_value, corrected_by, state FROM v_correction ORDER BY 1"))
                .containsExactly("1 | 1500000.00 | analyst-a | replaced", "2 | 1250000.00 | analyst-b | applied");
        assertThat(parquetSummary()).containsExactly("report-01.docx | 1250000.00 | 0.00 | [disbursed]");

        // The agency resubmits report-01.docx (a new version at its path): the correction stops applying.
        Files.copy(SAMPLES.resolve("report-01.xlsx"), dir.resolve("report-01.docx"), StandardCopyOption.REPLACE_EXISTING);
        assertThat(IngestRunner.run(input, warehouse, 2, Map.of()).loaded()).isEqualTo(1);
        assertThat(query("SELECT correction_id, state FROM v_correction ORDER BY 1"))
                .containsExactly("1 | outdated", "2 | outdated");
        assertThat(query("SELECT file_name, disbursed, disbursed_as_reported, corrected_fields"
                + " FROM v_submission_file_summary WHERE file_name LIKE 'report-01%' ORDER BY file_name"))
                .containsExactly("report-01.docx | 0.00 | 0.00 | []", "report-01.pdf | 0.00 | 0.00 | []");
        assertThat(query("SELECT rule, file_name, evidence FROM v_finding WHERE rule = 'correction_outdated'"))
                .singleElement().asString()
                .startsWith("correction_outdated | report-01.docx | correction 2 by analyst-b")
                .contains("disbursed 0.00 -> 1250000.00 (\"ตามหนังสือแจ้งยอดเบิกจ่าย\"); the new version states 0.00");
        assertThat(parquetSummary()).containsExactly("report-01.docx | 0.00 | 0.00 | []");
        assertThat(query("SELECT count(*) FROM v_finding WHERE resolved_by_correction_id IS NOT NULL"))
                .containsExactly("0");
    }
}
