package th.planning.reports.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The example analyst queries in {@code warehouse/queries} answer what the seed text says: the job
 * runs once on sample-input, every {@code NN-name.sql} runs against that warehouse, and its result
 * must equal {@code NN-name.expected.tsv} cell for cell (header first, NULL for null).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalystQueriesTest {

    private static final Path QUERIES = Path.of("warehouse", "queries");

    static Path warehouse;

    @BeforeAll
    void theSampleWarehouse() throws Exception {
        warehouse = th.planning.reports.support.SampleWarehouse.get();
    }

    private static List<Path> queryFiles() throws Exception {
        try (Stream<Path> s = Files.list(QUERIES)) {
            return s.filter(p -> p.getFileName().toString().matches("\\d\\d-.+\\.sql")).sorted().toList();
        }
    }

    @Test
    void everyQueryStatesItsQuestionInThaiAndEnglishAndHasAnExpectedAnswer() throws Exception {
        List<Path> files = queryFiles();
        assertThat(files).hasSizeGreaterThanOrEqualTo(4);
        for (Path sql : files) {
            List<String> lines = Files.readAllLines(sql, StandardCharsets.UTF_8);
            assertThat(lines.get(0)).as(sql + " starts with its question in Thai").startsWith("-- ")
                    .containsPattern("[\\u0E00-\\u0E7F]");
            assertThat(lines.get(1)).as(sql + " then in English").startsWith("-- ").containsPattern("[A-Za-z].*\\?$");
            Path expected = expectedFor(sql);
            assertThat(expected).as("expected answer for " + sql).exists();
            assertThat(Files.readAllLines(expected, StandardCharsets.UTF_8))
                    .as(expected + " has a header and at least one row").hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @TestFactory
    Stream<DynamicTest> eachQueryGivesItsExpectedAnswerOnTheSampleWarehouse() throws Exception {
        return queryFiles().stream().map(sql -> DynamicTest.dynamicTest(sql.getFileName().toString(), () -> {
            List<String> expected = Files.readAllLines(expectedFor(sql), StandardCharsets.UTF_8);
            // Cell for cell, spaces included: project names come from the primary (docx) rendition
            // whatever order the threads loaded the files in (V007).
            assertThat(run(Files.readString(sql, StandardCharsets.UTF_8))).containsExactlyElementsOf(expected);
        }));
    }

    @Test
    void latestSubmissionPicksOneRenditionPerProjectPreferringDocx() throws Exception {
        assertThat(run("""
                SELECT detected_format, renditions, count(*) AS projects
                FROM v_latest_submission GROUP BY ALL""")).containsExactly(
                "detected_format\trenditions\tprojects", "docx\t3\t40");
    }

    @Test
    void budgetExecutionRatesOfReport22AreDisbursedAndContractedOverAllocated() throws Exception {
        // Seed report 22: allocated 6,977,600, contracted 6,977,600, disbursed 3,357,680.30.
        assertThat(run("""
                SELECT allocated, contracted, disbursed, disbursement_rate, contract_rate
                FROM v_budget_execution WHERE file_name = 'report-22.docx'""")).containsExactly(
                "allocated\tcontracted\tdisbursed\tdisbursement_rate\tcontract_rate",
                "6977600.00\t6977600.00\t3357680.30\t0.4812\t1.0000");
    }

    @Test
    void budgetExecutionOfANoBudgetProjectHasNoRate() throws Exception {
        // Seed report 14 (ไม่ใช้งบประมาณ): ๙.๑–๙.๓ are dotted blanks.
        assertThat(run("""
                SELECT allocated, disbursement_rate, allocated_status FROM v_budget_execution
                WHERE file_name = 'report-14.docx'""")).containsExactly(
                "allocated\tdisbursement_rate\tallocated_status", "NULL\tNULL\tBLANK");
    }

    @Test
    void kpiAttainmentIsUnknownForUnreportedResultsAndCompoundTargets() throws Exception {
        assertThat(run("""
                SELECT file_name, seq, attained FROM v_kpi_attainment
                WHERE (file_name = 'report-01.docx' AND seq = 1) OR (file_name = 'report-10.docx' AND seq = 1)
                   OR (file_name = 'report-27.docx' AND seq = 1) OR (file_name = 'report-40.docx' AND seq IN (4, 6))
                ORDER BY file_name, seq""")).containsExactly(
                "file_name\tseq\tattained",
                "report-01.docx\t1\tunknown",
                // "๑๗ หลักสูตร (Q๑=๓ หลักสูตร …)": a result of several numbers.
                "report-10.docx\t1\tunknown",
                // Report 27's packed cell, now one indicator per item: "๖๐ เรื่อง" planned, "๓๘ เรื่อง" done.
                "report-27.docx\t1\tno",
                "report-40.docx\t4\tyes",
                "report-40.docx\t6\tyes");
    }

    @Test
    void activityStatusOfReport01ShowsBothActivitiesDueWithAQ4Result() throws Exception {
        assertThat(run("""
                SELECT seq, plan_status, result_reported, result_this_quarter IS NOT NULL AS q4
                FROM v_activity_status WHERE file_name = 'report-01.docx' ORDER BY seq""")).containsExactly(
                "seq\tplan_status\tresult_reported\tq4", "1\tdue\ttrue\ttrue", "2\tdue\ttrue\ttrue");
    }


    private static Path expectedFor(Path sql) {
        String name = sql.getFileName().toString();
        return sql.resolveSibling(name.substring(0, name.length() - ".sql".length()) + ".expected.tsv");
    }

    /** The result as TSV lines, header first; NULL for null, numbers and booleans as DuckDB prints them. */
    private List<String> run(String sql) throws Exception {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse.resolve("warehouse.duckdb"), readOnly);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            List<String> header = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                header.add(rs.getMetaData().getColumnLabel(i));
            }
            out.add(String.join("\t", header));
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    cells.add(v == null ? "NULL" : v.toString());
                }
                out.add(String.join("\t", cells));
            }
        }
        return out;
    }
}
