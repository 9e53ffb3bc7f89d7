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
                "submission_summary", "submission", "dim_agency", "dim_project", "dim_fiscal_period", "report_text",
                "ingest_run", "fact_money_mention", "dq_finding")) {
            assertThat(Files.isDirectory(dir.resolve("parquet").resolve(t))).as(t).isTrue();
        }
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
