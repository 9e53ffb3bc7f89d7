package th.planning.reports.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import th.planning.reports.support.ExpectedReport;

/**
 * The whole job on sample-input (40 seed reports × docx, pdf, xlsx) into a fresh warehouse, checked
 * through the analyst view, the submission table and the Parquet export read back with parquet-java.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestJobSampleInputTest {

    static final Path SAMPLES = Path.of("sample-input");

    @TempDir
    static Path warehouse;
    RunSummary first;
    RunSummary second;
    Path exportAfterFirst;
    final Map<String, ExpectedReport> expected = new HashMap<>();

    @BeforeAll
    void runTheJobTwice() throws Exception {
        for (ExpectedReport e : ExpectedReport.all()) {
            expected.put("report-" + e.nn(), e);
        }
        first = IngestRunner.run(SAMPLES, warehouse, 2, Map.of());
        exportAfterFirst = Files.readSymbolicLink(warehouse.resolve("parquet"));
        second = IngestRunner.run(SAMPLES, warehouse, 2, Map.of());
    }

    private Connection readOnly() throws Exception {
        return DriverManager.getConnection("jdbc:duckdb:" + warehouse.resolve("warehouse.duckdb"));
    }

    @Test
    void aSecondRunWithNothingNewKeepsTheParquetExportInsteadOfRewritingIt() throws Exception {
        assertThat(Files.readSymbolicLink(warehouse.resolve("parquet"))).isEqualTo(exportAfterFirst);
    }

    @Test
    void everySampleFileLoadsAndTheRunCompletes() {
        assertThat(first.completed()).isTrue();
        assertThat(first.rejections()).isEmpty();
        assertThat(first.loaded()).isEqualTo(120);
        assertThat(first.seen()).isEqualTo(120);
    }

    @Test
    void thePerFileViewHoldsWhatTheSeedSaysForEveryReportInEveryFormat() throws Exception {
        List<String> mismatches = new ArrayList<>();
        int rows = 0;
        try (Connection c = readOnly(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM v_submission_file_summary ORDER BY file_name")) {
            while (rs.next()) {
                rows++;
                String file = rs.getString("file_name");
                ExpectedReport e = expected.get(file.substring(0, file.lastIndexOf('.')));
                check(mismatches, file, "agency", e.agency(), rs.getString("agency"));
                check(mismatches, file, "project", ExpectedReport.squeeze(e.projectName()),
                        ExpectedReport.squeeze(rs.getString("project_name")));
                check(mismatches, file, "fiscal_year_be", e.fiscalYearBe(), rs.getObject("fiscal_year_be"));
                check(mismatches, file, "quarter", e.quarter(), rs.getObject("quarter"));
                money(mismatches, file, "allocated", e.allocated(), rs.getBigDecimal("allocated"));
                money(mismatches, file, "contracted", e.contracted(), rs.getBigDecimal("contracted"));
                money(mismatches, file, "disbursed", e.disbursed(), rs.getBigDecimal("disbursed"));
                money(mismatches, file, "progress_total_pct", e.progressTotal(), rs.getBigDecimal("progress_total_pct"));
                money(mismatches, file, "progress_year_pct", e.progressYear(), rs.getBigDecimal("progress_year_pct"));
            }
        }
        assertThat(rows).isEqualTo(120);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void bothSummaryViewsHaveTheContractedColumnsThenTheKeys() throws Exception {
        for (String view : List.of("v_submission_summary", "v_submission_file_summary")) {
            try (Connection c = readOnly(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT column_name, data_type FROM information_schema.columns "
                         + "WHERE table_name = '" + view + "' ORDER BY ordinal_position")) {
                List<String> cols = new ArrayList<>();
                while (rs.next()) {
                    cols.add(rs.getString(1) + " " + rs.getString(2));
                }
                assertThat(cols).as(view).containsExactly("file_name VARCHAR", "agency VARCHAR",
                        "project_name VARCHAR", "fiscal_year_be INTEGER", "quarter INTEGER",
                        "allocated DECIMAL(18,2)", "contracted DECIMAL(18,2)", "disbursed DECIMAL(18,2)",
                        "progress_total_pct DECIMAL(7,2)", "progress_year_pct DECIMAL(7,2)",
                        "submission_id BIGINT", "rendition_of BIGINT", "renditions INTEGER",
                        "detected_format VARCHAR", "path VARCHAR", "project_id INTEGER", "agency_id INTEGER",
                        "fiscal_period_id INTEGER",
                        // corrections (issue 19): the figures above are corrected, these as reported
                        "allocated_as_reported DECIMAL(18,2)", "contracted_as_reported DECIMAL(18,2)",
                        "disbursed_as_reported DECIMAL(18,2)", "progress_total_pct_as_reported DECIMAL(7,2)",
                        "progress_year_pct_as_reported DECIMAL(7,2)", "corrected_fields VARCHAR[]");
            }
        }
    }

    /**
     * Each report came as docx, pdf and xlsx: the summary dashboards sum has it once (its docx, the
     * primary rendition), so its total is v_budget_execution's, not three times it; the per-file
     * summary keeps all three, tied together by rendition_of.
     */
    @Test
    void theSummaryHasEachReportOnceAndThePerFileSummaryEveryRendition() throws Exception {
        try (Connection c = readOnly(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("""
                     SELECT (SELECT count(*) || ' ' || count(DISTINCT project_id) || ' ' || sum(allocated) || ' '
                                    || string_agg(DISTINCT detected_format) || ' ' || min(renditions)
                             FROM v_submission_summary),
                            (SELECT sum(allocated) FROM v_budget_execution),
                            (SELECT count(*) || ' ' || count(DISTINCT coalesce(rendition_of, submission_id)) || ' '
                                    || sum(allocated) FROM v_submission_file_summary)""")) {
            rs.next();
            BigDecimal total = expected.values().stream().map(ExpectedReport::allocated)
                    .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(total).isEqualByComparingTo("305002334.00");
            assertThat(rs.getString(1)).isEqualTo("40 40 " + total.setScale(2) + " docx 3");
            assertThat(rs.getBigDecimal(2)).isEqualByComparingTo(total);
            assertThat(rs.getString(3)).isEqualTo("120 40 " + total.multiply(BigDecimal.valueOf(3)).setScale(2));
        }
    }

    /**
     * The done-when of issue 20: a dashboard that sums allocated over the published summary, read as
     * most tools read a partitioned Parquet folder, gets v_budget_execution's total.
     */
    @Test
    void aDashboardSummingThePublishedSummaryParquetGetsTheTotalOfBudgetExecution() throws Exception {
        String summary = sql(warehouse.resolve("parquet/submission_summary") + "/**/*.parquet");
        String perFile = sql(warehouse.resolve("parquet/submission_file_summary") + "/**/*.parquet");
        BigDecimal execution;
        try (Connection c = readOnly(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT sum(allocated), sum(disbursed) FROM v_budget_execution")) {
            rs.next();
            execution = rs.getBigDecimal(1);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT sum(allocated), count(*), count(DISTINCT submission_id), "
                     + "count(rendition_of), (SELECT count(*) || ' ' || count(rendition_of) FROM read_parquet('" + perFile
                     + "', hive_partitioning = true)) FROM read_parquet('" + summary + "', hive_partitioning = true)")) {
            rs.next();
            assertThat(rs.getBigDecimal(1)).isEqualByComparingTo(execution).isEqualByComparingTo("305002334.00");
            assertThat(rs.getInt(2)).isEqualTo(40);
            assertThat(rs.getInt(3)).isEqualTo(40);
            assertThat(rs.getInt(4)).as("primaries only").isZero();
            assertThat(rs.getString(5)).as("per file: every rendition, 80 pointing at their primary").isEqualTo("120 80");
        }
    }

    /**
     * Reading the whole published folder with one recursive glob, as many tools do by default, gives
     * each table's rows once: no hidden earlier or current copies beside the published ones.
     */
    @Test
    void aRecursiveGlobOfThePublishedFolderFindsEachRowOnce() throws Exception {
        Map<String, Long> inWarehouse = new java.util.TreeMap<>();
        try (Connection c = readOnly(); Statement st = c.createStatement()) {
            for (String t : th.planning.reports.warehouse.ParquetExporter.TABLES) {
                // The tables that are views exported (each as its v_ view).
                String source = java.util.Set.of("submission_summary", "submission_file_summary", "budget_execution",
                        "kpi_attainment", "activity_status", "agency_summary_row", "finding").contains(t) ? "v_" + t : t;
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + source)) {
                    rs.next();
                    inWarehouse.put(t, rs.getLong(1));
                }
            }
        }
        // The second run loaded nothing and left the export as it was: ingest_run's Parquet has run 1 only.
        inWarehouse.put("ingest_run", 1L);
        Map<String, Long> inParquet = new java.util.TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT regexp_extract(filename, '/parquet/([^/]+)/', 1), count(*) "
                     + "FROM read_parquet('" + sql(warehouse.resolve("parquet") + "/**/*.parquet")
                     + "', union_by_name = true, filename = true) GROUP BY 1")) {
            while (rs.next()) {
                inParquet.put(rs.getString(1), rs.getLong(2));
            }
        }
        // sample-input has no agency summary and no correction: a table without rows has none in the glob.
        inWarehouse.values().removeIf(n -> n == 0);
        assertThat(inParquet).isEqualTo(inWarehouse);
    }

    /** The period is in the folder names only: a hive-partitioned reader gets one fiscal_year and one quarter. */
    @Test
    void hivePartitionedReadersGetOneFiscalYearAndOneQuarterColumn() throws Exception {
        for (String t : List.of("fact_budget", "fact_progress", "fact_kpi", "fact_kpi_target", "fact_activity",
                "submission_summary", "submission_file_summary", "submission", "dq_finding")) {
            List<String> period = new ArrayList<>();
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT column_name FROM (DESCRIBE SELECT * FROM read_parquet('"
                         + sql(warehouse.resolve("parquet/" + t) + "/**/*.parquet") + "', hive_partitioning = true)) "
                         + "WHERE column_name IN ('fiscal_year', 'fiscal_year_be', 'quarter')")) {
                while (rs.next()) {
                    period.add(rs.getString(1));
                }
            }
            assertThat(period).as(t).containsExactly("fiscal_year", "quarter");
        }
    }

    private static String sql(String path) {
        return path.replace("'", "''");
    }

    @Test
    void submissionTableRecordsEachFileWithHashFormatAndRun() throws Exception {
        try (Connection c = readOnly(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT detected_format, count(*), count(DISTINCT sha256), "
                     + "min(length(sha256)), min(run_id), max(run_id), count(*) FILTER (WHERE status = 'loaded') "
                     + "FROM submission GROUP BY 1 ORDER BY 1")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getInt(2) + " " + rs.getInt(3) + " " + rs.getInt(4)
                        + " " + rs.getLong(5) + "-" + rs.getLong(6) + " " + rs.getInt(7));
            }
            assertThat(rows).containsExactly("docx 40 40 64 1-1 40", "pdf 40 40 64 1-1 40", "xlsx 40 40 64 1-1 40");
        }
        try (Connection c = readOnly(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM submission WHERE quarter_source = 'form'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("every quarter read from the ticked box, none from the folder").isEqualTo(120);
        }
    }

    @Test
    void theThreeFormatsOfEachReportAreOneSubmissionWhoseRenditionsAgree() throws Exception {
        try (Connection c = readOnly(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FILTER (WHERE rendition_of IS NULL), "
                     + "count(*) FILTER (WHERE rendition_of IS NOT NULL), "
                     + "(SELECT count(*) FROM dq_finding WHERE rule = 'renditions_disagree') FROM submission")) {
            rs.next();
            assertThat(List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3))).containsExactly(40, 80, 0);
        }
    }

    @Test
    void aSecondRunFindsNothingNewAndChangesNothing() throws Exception {
        assertThat(second.completed()).isTrue();
        assertThat(second.loaded()).isZero();
        assertThat(second.unchanged()).isEqualTo(120);
        try (Connection c = readOnly(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM submission), (SELECT count(*) FROM fact_budget), "
                     + "(SELECT count(*) FROM ingest_run WHERE status = 'completed')")) {
            rs.next();
            assertThat(List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3))).containsExactly(120, 120, 2);
        }
    }

    @Test
    void everyFactRowKeepsAUniqueKeyWithoutAKeyIndexAfterTwoRuns() throws Exception {
        // V008 dropped the fact tables' PRIMARY KEY indexes: the loader alone keeps the keys unique.
        Map<String, String> keys = Map.of("fact_budget", "submission_id", "fact_progress", "submission_id",
                "report_text", "submission_id", "fact_kpi", "submission_id, seq",
                "fact_activity", "submission_id, seq", "dq_finding", "submission_id, finding_no",
                "fact_money_mention", "submission_id, seq", "fact_kpi_target", "submission_id, seq, year_be",
                "fact_activity_step", "submission_id, activity_seq, step_no");
        try (Connection c = readOnly(); Statement st = c.createStatement()) {
            for (var k : keys.entrySet()) {
                try (ResultSet rs = st.executeQuery("SELECT count(*), count(DISTINCT (" + k.getValue() + ")) FROM "
                        + k.getKey())) {
                    rs.next();
                    assertThat(rs.getLong(1)).as(k.getKey() + " has rows").isPositive();
                    assertThat(rs.getLong(2)).as(k.getKey() + " keys (" + k.getValue() + ") are unique")
                            .isEqualTo(rs.getLong(1));
                }
            }
        }
    }

    @Test
    void parquetExportReadsBackWithParquetJava() throws Exception {
        Path table = warehouse.resolve("parquet/fact_budget");
        Path partition = table.resolve("fiscal_year=2567/quarter=4");
        assertThat(Files.isDirectory(partition)).isTrue();
        List<Path> files;
        try (Stream<Path> s = Files.list(partition)) {
            files = s.filter(p -> p.toString().endsWith(".parquet")).toList();
        }
        assertThat(files).isNotEmpty();
        BigDecimal allocated = BigDecimal.ZERO;
        int rows = 0;
        for (Path f : files) {
            try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(f))) {
                MessageType schema = reader.getFooter().getFileMetaData().getSchema();
                int col = schema.getFieldIndex("allocated");
                int scale = schema.getType(col).asPrimitiveType().getDecimalMetadata().getScale();
                PageReadStore pages;
                while ((pages = reader.readNextRowGroup()) != null) {
                    RecordReader<Group> records = new ColumnIOFactory().getColumnIO(schema)
                            .getRecordReader(pages, new GroupRecordConverter(schema));
                    for (long i = 0; i < pages.getRowCount(); i++) {
                        Group g = records.read();
                        rows++;
                        if (g.getFieldRepetitionCount(col) > 0) {
                            allocated = allocated.add(BigDecimal.valueOf(g.getLong(col, 0), scale));
                        }
                    }
                }
            }
        }
        BigDecimal expectedTotal = expected.values().stream().map(ExpectedReport::allocated)
                .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add)
                .multiply(BigDecimal.valueOf(3));
        assertThat(rows).isEqualTo(120);
        assertThat(allocated).isEqualByComparingTo(expectedTotal);
    }

    /**
     * Spring Batch 6 reads a whole chunk (500) before processing it: when the reader only handed out
     * files, whichever partition asked first took most of the 120 (splits of 0/120 to 60/60 by timing),
     * and one thread read them while the other idled. Now each partition's context lists its files,
     * dealt by size, so each of the two has about half the bytes.
     */
    @Test
    void twoThreadsEachReadAboutHalfTheSampleFilesThoughAllFitInOneChunk() throws Exception {
        List<Integer> perPartition = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(RunHistory.defaultJobRepositoryUrl(warehouse), "sa", "");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT s.READ_COUNT FROM BATCH_STEP_EXECUTION s "
                     + "WHERE s.STEP_NAME LIKE 'readAndLoad:%' AND s.JOB_EXECUTION_ID = "
                     + "(SELECT MIN(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)")) {
            while (rs.next()) {
                perPartition.add(rs.getInt(1));
            }
        }
        assertThat(perPartition).hasSize(2);
        assertThat(perPartition.get(0) + perPartition.get(1)).isEqualTo(120);
        // dealt by size before the partitions start: about half each, whatever the timing
        assertThat(perPartition).allSatisfy(n -> assertThat(n).isBetween(30, 90));
    }

    @Test
    void parquetFindingsOfTheSampleFilesSitInTheirReportsQuarterAndMatchTheWarehouse() throws Exception {
        String findings = warehouse.resolve("parquet/dq_finding").toRealPath() + "/**/*.parquet";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT fiscal_year, quarter, count(*), "
                     + "count(*) FILTER (WHERE rule = 'amount_words_disagree') FROM read_parquet('" + findings
                     + "', hive_partitioning = true) GROUP BY ALL")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(2567);
            assertThat(rs.getInt(2)).isEqualTo(4);
            // one row per finding of each file: 40 findings of the 40 reports, in each of three renditions
            assertThat(rs.getInt(3)).isEqualTo(3 * first.findingsByAgency().get("สำนักงานสถิติแห่งชาติ").count());
            assertThat(rs.getInt(4)).isEqualTo(33);
            assertThat(rs.next()).as("every sample report is for 2567 Q4").isFalse();
        }
    }

    @Test
    void everyFormatRaisesTheSameFindingsAsTheSeedTextAndTheSummaryListsThemPerAgency() throws Exception {
        List<String> fromSeed = new ArrayList<>();
        List<List<String>> texts = th.planning.reports.support.SeedReports.texts();
        for (int i = 0; i < texts.size(); i++) {
            String nn = String.format("%02d", i + 1);
            var record = th.planning.reports.extract.FormExtractor.extract(
                    th.planning.reports.support.SeedReports.document(texts.get(i)));
            th.planning.reports.validate.Validation.validate(record, "2567/Q4/x/report-" + nn + ".docx")
                    .findings().forEach(f -> fromSeed.add("report-" + nn + " " + f.rule() + " " + f.field()));
        }
        for (String format : List.of("docx", "pdf", "xlsx")) {
            List<String> found = new ArrayList<>();
            try (Connection c = readOnly(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT s.file_name, f.rule, f.field FROM dq_finding f "
                         + "JOIN submission s USING (submission_id) WHERE s.detected_format = '" + format + "' "
                         + "ORDER BY s.file_name, f.finding_no")) {
                while (rs.next()) {
                    String file = rs.getString(1);
                    found.add(file.substring(0, file.lastIndexOf('.')) + " " + rs.getString(2) + " " + rs.getString(3));
                }
            }
            assertThat(found).as(format).containsExactlyElementsOf(fromSeed);
        }
        // The run summary counts each finding once per report, though each of its three files raised it.
        RunSummary.AgencyFindings nso = first.findingsByAgency().get("สำนักงานสถิติแห่งชาติ");
        assertThat(nso.byRule().get("amount_words_disagree")).isEqualTo(new RunSummary.RuleFindings(11, 11));
        assertThat(fromSeed.stream().filter(f -> f.contains(" activity_count_differs ")).count()).isEqualTo(3);
        assertThat(List.of(nso.count(), nso.alike(), nso.reports(), nso.files()))
                .containsExactly(fromSeed.size(), fromSeed.size(), 40, 120);
        assertThat(fromSeed).hasSize(40);
        assertThat(first.render()).contains("findings for สำนักงานสถิติแห่งชาติ: 40, counted once per report "
                        + "(40 reports sent as 120 files); all found alike in every rendition\n",
                "  amount_words_disagree: 11\n", "  contracted_over_allocated: 1\n");
    }

    private static void check(List<String> out, String file, String what, Object expected, Object actual) {
        if (!java.util.Objects.equals(expected, actual)) {
            out.add(file + " " + what + ": expected " + expected + " got " + actual);
        }
    }

    private static void money(List<String> out, String file, String what, BigDecimal expected, BigDecimal actual) {
        boolean same = expected == null ? actual == null : actual != null && expected.compareTo(actual) == 0;
        if (!same) {
            out.add(file + " " + what + ": expected " + expected + " got " + actual);
        }
    }
}
