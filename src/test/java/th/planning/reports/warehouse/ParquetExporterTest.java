package th.planning.reports.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.planning.reports.document.DocumentFormat;

/** The Parquet export's folders, as dashboards and DuckDB's hive_partitioning read them. */
class ParquetExporterTest {

    @TempDir
    Path dir;

    @Test
    void seedReportsAndARejectedFileExportOneFolderPerPeriodWithTheNullPeriodAsHiveDefault() throws Exception {
        IncomingFile bad = new IncomingFile(Path.of("x/broken.pdf"), "x/broken.pdf", 10,
                Instant.parse("2024-10-01T00:00:00Z"), "9".repeat(64));
        try (Warehouse w = Warehouse.open(dir)) {
            w.write(1, List.of(WarehouseLedgerTest.seedReport(0, "2567/Q4/nso/report-01.docx", "1".repeat(64)),
                    WarehouseLedgerTest.seedReport(1, "2567/Q4/nso/report-02.docx", "2".repeat(64)),
                    Submission.rejected(bad, DocumentFormat.PDF, "corrupt pdf")));
            w.exportParquet(table -> { });
        }
        Path submission = dir.resolve("parquet/submission");
        assertThat(submission.resolve("fiscal_year=2567/quarter=4/data_0.parquet")).isRegularFile();
        assertThat(submission.resolve("fiscal_year=__HIVE_DEFAULT_PARTITION__/quarter=__HIVE_DEFAULT_PARTITION__/data_0.parquet"))
                .isRegularFile();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT status, fiscal_year, quarter, file_name FROM read_parquet('"
                     + submission.toRealPath() + "/**/*.parquet', hive_partitioning = true) ORDER BY file_name")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getObject(2) + " " + rs.getObject(3) + " " + rs.getString(4));
            }
            assertThat(rows).containsExactly("rejected null null broken.pdf", "loaded 2567 4 report-01.docx",
                    "loaded 2567 4 report-02.docx");
        }
        // Every table is published, those without a row in these reports too.
        for (String t : List.of("fact_budget", "fact_progress", "fact_kpi", "fact_kpi_target", "fact_activity",
                "submission_summary", "submission_file_summary", "submission", "dim_agency", "dim_project",
                "dim_fiscal_period", "report_text", "ingest_run", "fact_money_mention", "dq_finding")) {
            assertThat(Files.isDirectory(dir.resolve("parquet").resolve(t))).as(t).isTrue();
        }
    }

    /**
     * After two exports (the previous one is kept for readers still in it) a recursive glob of the
     * published folder, the way DuckDB, Spark or a dashboard reads a folder by default, finds each row
     * once: the versions are outside it, and the tables in it are real folders, not links a glob
     * would not follow.
     */
    @Test
    void aRecursiveGlobOfThePublishedFolderFindsEachRowOnceAfterSeveralExports() throws Exception {
        try (Warehouse w = Warehouse.open(dir)) {
            w.write(1, List.of(WarehouseLedgerTest.seedReport(0, "2567/Q4/nso/report-01.docx", "1".repeat(64))));
            w.exportParquet(table -> { });
            w.write(2, List.of(WarehouseLedgerTest.seedReport(1, "2567/Q4/nso/report-02.docx", "2".repeat(64))));
            w.exportParquet(table -> { });
            w.exportParquet(table -> { });
        }
        Path parquet = dir.resolve("parquet");
        assertThat(rowsPerTable(parquet)).containsEntry("fact_budget", 2L).containsEntry("submission", 2L)
                .containsEntry("submission_summary", 2L).containsEntry("dim_agency", 1L)
                .doesNotContainKey(".versions");
        assertThat(Files.isSymbolicLink(parquet)).as("the whole export is switched by one link").isTrue();
        try (var versions = Files.list(dir.resolve(".parquet-versions"))) {
            assertThat(versions.toList()).as("the current export and the previous one").hasSize(2)
                    .contains(parquet.toRealPath());
        }
    }

    /**
     * A warehouse exported by the earlier layout (parquet/ a folder of per-table links into
     * parquet/.versions, where a glob found every version) is moved whole beside the new export and
     * kept as its previous version; the published folder then holds each row once.
     */
    @Test
    void anExportOfTheEarlierLayoutIsKeptAsThePreviousVersionAndLeavesThePublishedFolder() throws Exception {
        Path parquet = dir.resolve("parquet");
        Path old = Files.createDirectories(parquet.resolve(".versions/fact_budget@20240101T000000.000/fiscal_year=2567/quarter=4"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("COPY (SELECT 7 AS submission_id) TO '" + old.resolve("data_0.parquet") + "' (FORMAT parquet)");
        }
        Files.createSymbolicLink(parquet.resolve("fact_budget"), Path.of(".versions/fact_budget@20240101T000000.000"));
        try (Warehouse w = Warehouse.open(dir)) {
            w.write(1, List.of(WarehouseLedgerTest.seedReport(0, "2567/Q4/nso/report-01.docx", "1".repeat(64))));
            w.exportParquet(table -> { });
        }
        assertThat(Files.isSymbolicLink(parquet)).isTrue();
        assertThat(rowsPerTable(parquet)).containsEntry("fact_budget", 1L).containsEntry("submission", 1L)
                .doesNotContainKey(".versions");
        Path legacy;
        try (var versions = Files.list(dir.resolve(".parquet-versions"))) {
            legacy = versions.filter(v -> !v.equals(parquetReal(parquet))).findFirst().orElseThrow();
        }
        assertThat(legacy.resolve("fact_budget/fiscal_year=2567/quarter=4/data_0.parquet"))
                .as("a reader still in the earlier export finds it through its own link").isRegularFile();
    }

    @Test
    void aRegularFileWhereTheExportIsPublishedFailsTheExportNamingIt() throws Exception {
        Files.writeString(dir.resolve("parquet"), "not a directory");
        try (Warehouse w = Warehouse.open(dir)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> w.exportParquet(table -> { }))
                    .isInstanceOf(java.io.IOException.class).hasMessageContaining(dir.resolve("parquet").toString());
        }
        assertThat(Files.readString(dir.resolve("parquet"))).isEqualTo("not a directory");
    }

    /** A link someone made to publish elsewhere is not silently switched away from there. */
    @Test
    void aLinkToAFolderOutsideTheVersionsFailsTheExportNamingIt() throws Exception {
        Path share = Files.createDirectories(dir.resolve("share"));
        Files.createSymbolicLink(dir.resolve("parquet"), share);
        try (Warehouse w = Warehouse.open(dir)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> w.exportParquet(table -> { }))
                    .isInstanceOf(java.io.IOException.class).hasMessageContaining("is a link to " + share);
        }
        assertThat(Files.readSymbolicLink(dir.resolve("parquet"))).isEqualTo(share);
    }

    /**
     * The period is only in the folder names, as Hive writes it: a hive-partitioned reader gets one
     * fiscal_year and one quarter, the other columns as the warehouse has them. With the columns in
     * the files too it got fiscal_year_be INTEGER beside fiscal_year BIGINT.
     */
    @Test
    void hivePartitionedReadersGetThePeriodOnceFromTheFolderNames() throws Exception {
        try (Warehouse w = Warehouse.open(dir)) {
            w.write(1, List.of(WarehouseLedgerTest.seedReport(0, "2567/Q4/nso/report-01.docx", "1".repeat(64))));
            w.exportParquet(table -> { });
        }
        Path table = dir.resolve("parquet/fact_budget");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            List<String> cols = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT column_name FROM (DESCRIBE SELECT * FROM read_parquet('"
                    + table + "/**/*.parquet', hive_partitioning = true))")) {
                while (rs.next()) {
                    cols.add(rs.getString(1));
                }
            }
            assertThat(cols).contains("submission_id", "allocated", "fiscal_period_id", "fiscal_year", "quarter")
                    .doesNotContain("fiscal_year_be").doesNotHaveDuplicates();
            try (ResultSet rs = st.executeQuery("SELECT fiscal_year, quarter, fiscal_period_id, allocated FROM read_parquet('"
                    + table + "/**/*.parquet', hive_partitioning = true)")) {
                rs.next();
                assertThat(List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3))).containsExactly(2567L, 4L, 25674L);
                assertThat(rs.getBigDecimal(4)).isEqualByComparingTo("9365800.00");
            }
        }
    }

    /**
     * The manifest a browser reads instead of listing folders: every table, every file the export wrote
     * (each once, none missing, as a recursive listing of the published folder finds them), the period
     * of each file as its folder names say, its row count as parquet-java reads it from the file's own
     * footer, the columns without the partition columns, and the run that published it. It lives in the
     * version folder, so the link switches it with the tables.
     */
    @Test
    void theManifestListsEachPublishedFileWithItsPeriodAndTheRowsAnotherReaderCounts() throws Exception {
        IncomingFile bad = new IncomingFile(Path.of("x/broken.pdf"), "x/broken.pdf", 10,
                Instant.parse("2024-10-01T00:00:00Z"), "9".repeat(64));
        try (Warehouse w = Warehouse.open(dir)) {
            w.startRun(1, "drop-folder");
            w.write(1, List.of(WarehouseLedgerTest.seedReport(0, "2567/Q4/nso/report-01.docx", "1".repeat(64)),
                    WarehouseLedgerTest.seedReport(1, "2567/Q4/nso/report-02.docx", "2".repeat(64)),
                    Submission.rejected(bad, DocumentFormat.PDF, "corrupt pdf")));
            w.exportParquet(table -> { });
        }
        Path parquet = dir.resolve("parquet");
        Path manifestFile = parquet.resolve("manifest.json");
        assertThat(manifestFile.toRealPath().getParent()).isEqualTo(parquet.toRealPath());
        tools.jackson.databind.JsonNode m = new tools.jackson.databind.ObjectMapper().readTree(manifestFile.toFile());
        assertThat(m.get("layout").asInt()).isEqualTo(ParquetExporter.LAYOUT);
        assertThat(m.get("run").get("run_id").asLong()).isEqualTo(1);
        assertThat(m.get("run").get("input_dir").asString()).isEqualTo("drop-folder");
        assertThat(m.get("version_folder").asString()).isEqualTo(parquet.toRealPath().getFileName().toString());

        java.util.Map<String, tools.jackson.databind.JsonNode> tables = new java.util.LinkedHashMap<>();
        m.get("tables").forEach(t -> tables.put(t.get("name").asString(), t));
        assertThat(tables.keySet()).containsExactlyElementsOf(ParquetExporter.TABLES);

        List<String> listed = new ArrayList<>();
        for (tools.jackson.databind.JsonNode t : tables.values()) {
            long tableRows = 0;
            for (tools.jackson.databind.JsonNode f : t.get("files")) {
                String path = f.get("path").asString();
                listed.add(path);
                long footerRows;
                try (org.apache.parquet.hadoop.ParquetFileReader r = org.apache.parquet.hadoop.ParquetFileReader.open(
                        new org.apache.parquet.io.LocalInputFile(parquet.resolve(path)))) {
                    footerRows = r.getRecordCount();
                }
                assertThat(f.get("rows").asLong()).as(path).isEqualTo(footerRows);
                assertThat(f.get("bytes").asLong()).as(path).isEqualTo(Files.size(parquet.resolve(path)));
                tableRows += footerRows;
            }
            assertThat(t.get("rows").asLong()).as(t.get("name").asString()).isEqualTo(tableRows);
        }
        try (var walk = Files.walk(parquet.toRealPath())) {
            Path real = parquet.toRealPath();
            assertThat(listed).containsExactlyInAnyOrderElementsOf(walk.filter(p -> p.toString().endsWith(".parquet"))
                    .map(p -> real.relativize(p).toString().replace('\\', '/')).toList());
        }

        tools.jackson.databind.JsonNode submission = tables.get("submission");
        assertThat(submission.get("partition_columns").toString()).isEqualTo("[\"fiscal_year\",\"quarter\"]");
        assertThat(submission.get("rows").asLong()).isEqualTo(3);
        List<String> periods = new ArrayList<>();
        submission.get("files").forEach(f -> periods.add(f.get("path").asString() + " " + f.get("partition")
                + " " + f.get("rows")));
        assertThat(periods).containsExactly(
                "submission/fiscal_year=2567/quarter=4/data_0.parquet {\"fiscal_year\":2567,\"quarter\":4} 2",
                "submission/fiscal_year=__HIVE_DEFAULT_PARTITION__/quarter=__HIVE_DEFAULT_PARTITION__/data_0.parquet"
                        + " {\"fiscal_year\":null,\"quarter\":null} 1");
        List<String> budgetColumns = new ArrayList<>();
        tables.get("fact_budget").get("columns").forEach(c -> budgetColumns.add(c.get("name").asString()
                + " " + c.get("type").asString()));
        assertThat(budgetColumns).contains("submission_id BIGINT", "allocated DECIMAL(18,2)")
                .noneMatch(c -> c.startsWith("fiscal_year ") || c.startsWith("quarter "));
        tools.jackson.databind.JsonNode dimAgency = tables.get("dim_agency");
        assertThat(dimAgency.has("partition_columns")).isFalse();
        assertThat(dimAgency.get("files").get(0).get("path").asString()).isEqualTo("dim_agency/dim_agency.parquet");
        assertThat(dimAgency.get("files").get(0).has("partition")).isFalse();
    }

    private static Path parquetReal(Path parquet) {
        try {
            return parquet.toRealPath();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Rows per table as one recursive glob of the whole published folder reads them. */
    private static java.util.Map<String, Long> rowsPerTable(Path parquet) throws Exception {
        java.util.Map<String, Long> rows = new java.util.TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT regexp_extract(filename, '/parquet/([^/]+)/', 1), count(*) "
                     + "FROM read_parquet('" + parquet + "/**/*.parquet', union_by_name = true, filename = true) "
                     + "GROUP BY 1")) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getLong(2));
            }
        }
        return rows;
    }

    /**
     * A big quarter of long Thai activity text (30,000 rows of about 3 KB, as a ministry's quarter
     * brings) is written in several row groups, each bounded in bytes, and not one that outgrows the
     * warehouse's memory limit; every row is there.
     */
    @Test
    void aBigQuarterOfLongActivityTextIsExportedInRowGroupsBoundedInBytes() throws Exception {
        try (Warehouse w = Warehouse.open(dir)) {
            try (Connection c = w.newConnection(); Statement st = c.createStatement()) {
                st.execute("""
                    INSERT INTO fact_activity (submission_id, seq, fiscal_year_be, quarter, activity, result_text)
                    SELECT i // 4, i % 4, 2567, 4, 'กิจกรรมที่ ' || i, repeat('ผลการดำเนินงานไตรมาสที่ ๔ ', 40) || i
                    FROM range(30000) t(i)""");
            }
            w.exportParquet(table -> { });
        }
        Path file = dir.resolve("parquet/fact_activity/fiscal_year=2567/quarter=4/data_0.parquet").toRealPath();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*), max(bytes), sum(rows) FROM (SELECT row_group_id, "
                     + "sum(total_uncompressed_size) AS bytes, any_value(row_group_num_rows) AS rows "
                     + "FROM parquet_metadata('" + file + "') GROUP BY row_group_id)")) {
            rs.next();
            // About 90 MB of text: one row group by DuckDB's row count alone, three of about 31 MB here.
            assertThat(rs.getInt(1)).as("row groups").isGreaterThan(1);
            assertThat(rs.getLong(2)).as("bytes in the biggest row group").isLessThanOrEqualTo(32L << 20);
            assertThat(rs.getLong(3)).as("rows in all").isEqualTo(30000);
        }
    }
}
