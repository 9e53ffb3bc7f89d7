package th.planning.reports.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.planning.reports.support.WarehouseRows;

/**
 * Incremental runs over a changing drop folder: a copy under another name is a duplicate; a changed
 * file at the same path supersedes the earlier submission (analysts see the latest, auditors all);
 * a run with nothing new changes nothing.
 */
class IngestJobVersionsTest {

    static final Path SAMPLES = Path.of("sample-input/2567/Q4/สำนักงานสถิติแห่งชาติ");

    @TempDir
    Path input;
    @TempDir
    Path warehouse;

    List<String> query(String sql) throws Exception {
        return WarehouseRows.of(warehouse, sql, " ");
    }

    @Test
    void aCopyIsADuplicateAndAChangedDocxAtTheSamePathSupersedesTheOldOne() throws Exception {
        Path dir = Files.createDirectories(input.resolve("2567/Q4/agency"));
        Path report = dir.resolve("report-26.docx");
        Files.copy(SAMPLES.resolve("report-26.docx"), report);
        assertThat(IngestRunner.run(input, warehouse, 2, Map.of()).loaded()).isEqualTo(1);

        Files.copy(report, dir.resolve("report-26 copy.docx"));
        RunSummary second = IngestRunner.run(input, warehouse, 2, Map.of());
        assertThat(second.duplicates()).isEqualTo(1);
        assertThat(query("SELECT file_name, status, reason FROM submission WHERE run_id = 2"))
                .containsExactly("report-26 copy.docx duplicate same content as 2567/Q4/agency/report-26.docx");

        // The agency sends a new version under the same name (here: its Excel rendition's bytes).
        Files.copy(SAMPLES.resolve("report-26.xlsx"), report, StandardCopyOption.REPLACE_EXISTING);
        RunSummary third = IngestRunner.run(input, warehouse, 2, Map.of());
        assertThat(third.loaded()).isEqualTo(1);
        assertThat(query("SELECT submission_id, detected_format, status, superseded_by FROM v_submission_history "
                + "WHERE path = '2567/Q4/agency/report-26.docx'"))
                .containsExactly("1 docx loaded 3", "3 xlsx loaded null");
        assertThat(query("SELECT file_name, allocated FROM v_submission_summary"))
                .containsExactly("report-26.docx 2542500.00");
        assertThat(query("SELECT count(*) FROM v_submission_history")).containsExactly("3");
        // the old version's findings stay for the audit trail
        assertThat(query("SELECT submission_id, rule FROM dq_finding ORDER BY 1"))
                .containsExactly("1 amount_words_disagree", "3 amount_words_disagree");

        RunSummary fourth = IngestRunner.run(input, warehouse, 2, Map.of());
        assertThat(List.of(fourth.loaded(), fourth.duplicates(), fourth.rejected(), fourth.unchanged()))
                .containsExactly(0, 0, 0, 2);
        assertThat(query("SELECT count(*) FROM submission")).containsExactly("3");
    }

    @Test
    void aDifferentReportAtTheSamePathSupersedesNothing() throws Exception {
        Path dir = Files.createDirectories(input.resolve("2567/Q4/agency"));
        Path report = dir.resolve("report.docx");
        Files.copy(SAMPLES.resolve("report-31.docx"), report);
        IngestRunner.run(input, warehouse, 2, Map.of());
        Files.copy(SAMPLES.resolve("report-32.docx"), report, StandardCopyOption.REPLACE_EXISTING);
        IngestRunner.run(input, warehouse, 2, Map.of());
        assertThat(query("SELECT count(*), count(superseded_by) FROM submission")).containsExactly("2 0");
        assertThat(query("SELECT count(*) FROM v_submission_summary")).containsExactly("2");
    }

    /**
     * Report 03's xlsx, with its project name spaced "…ศูนย์ราชการ อาคาร C" where the docx reads
     * "…ศูนย์ราชการอาคาร C" (the sample's cell wraps the name there, which now reads as the docx does,
     * so the test types the space). Whichever file arrives first, the project is named as its docx says.
     */
    @Test
    void report03IsNamedAsItsDocxSaysWhetherTheXlsxArrivedFirstOrNot() throws Exception {
        Path dir = Files.createDirectories(input.resolve("2567/Q4/agency"));
        spacedName(SAMPLES.resolve("report-03.xlsx"), dir.resolve("report-03.xlsx"));
        IngestRunner.run(input, warehouse, 2, Map.of());
        assertThat(query("SELECT project_name FROM dim_project"))
                .containsExactly("โครงการจัดหาครุภัณฑ์คอมพิวเตอร์เพื่อรองรับการปฏิบัติงานอาคารศูนย์ราชการ อาคาร C");

        Files.copy(SAMPLES.resolve("report-03.docx"), dir.resolve("report-03.docx"));
        IngestRunner.run(input, warehouse, 2, Map.of());
        assertThat(query("SELECT project_name FROM dim_project"))
                .containsExactly("โครงการจัดหาครุภัณฑ์คอมพิวเตอร์เพื่อรองรับการปฏิบัติงานอาคารศูนย์ราชการอาคาร C");
        assertThat(query("SELECT detected_format, project_name = (SELECT project_name FROM dim_project) FROM submission ORDER BY 1"))
                .containsExactly("docx true", "xlsx false");
    }

    /** The workbook with its project name's line break typed as a space. */
    private static void spacedName(Path from, Path to) throws Exception {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(from));
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(to))) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("xl/sharedStrings.xml")) {
                    String xml = new String(data, java.nio.charset.StandardCharsets.UTF_8);
                    String spaced = xml.replace("ศูนย์ราชการ&#10;อาคาร C", "ศูนย์ราชการ อาคาร C");
                    assertThat(spaced).isNotEqualTo(xml);
                    data = spaced.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
    }
}
