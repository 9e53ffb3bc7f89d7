package th.planning.reports.warehouse;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * {@code parquet/manifest.json}: what the published export holds, for readers that cannot list a folder
 * (a browser over HTTP) or would rather not guess: each table, its columns, whether it is split by
 * period, and its files with their period, row count and size, plus the run that published it.
 * Written into the version folder before the link is switched, so it always describes the tables
 * beside it. Paths are relative to the published folder, with '/' between names.
 * <pre>
 * {"manifest_version": 1, "layout": 3, "exported_at": "…Z", "version_folder": "20261203T…",
 *  "run": {"run_id": 4, "started_at": "…", "input_dir": "…"},
 *  "tables": [{"name": "fact_budget", "partition_columns": ["fiscal_year", "quarter"], "rows": 40,
 *              "columns": [{"name": "submission_id", "type": "BIGINT"}, …],
 *              "files": [{"path": "fact_budget/fiscal_year=2567/quarter=4/data_0.parquet",
 *                         "partition": {"fiscal_year": 2567, "quarter": 4}, "rows": 40, "bytes": 9123}]}, …]}
 * </pre>
 * A NULL period is {@code null} in {@code partition} (its folder is {@code __HIVE_DEFAULT_PARTITION__});
 * a table not split by period has no {@code partition_columns} and its one file no {@code partition}.
 * The partition columns are in the folder names only, not in {@code columns}.
 */
public final class ParquetManifest {

    public static final String FILE_NAME = "manifest.json";

    /** Raised when the manifest's fields change meaning; adding a field does not raise it. */
    public static final int MANIFEST_VERSION = 1;

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private ParquetManifest() {
    }

    /** One Parquet file as written: where, its period (null for none or a NULL period), rows and bytes. */
    record DataFile(Path file, Integer fiscalYear, Integer quarter, long rows, long bytes) {

        /** Counts the rows from the file's own footer, as any reader would. */
        static DataFile of(Connection c, Path file, Integer fiscalYear, Integer quarter)
                throws SQLException, IOException {
            return new DataFile(file, fiscalYear, quarter, count(c, file), Files.size(file));
        }

        private static long count(Connection c, Path file) throws SQLException {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT count(*) FROM read_parquet('" + file.toAbsolutePath().toString().replace("'", "''") + "')")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** One table: its columns as DuckDB types them (the partition columns left out) and its files. */
    record Table(String name, boolean partitioned, List<String[]> columns, List<DataFile> files) {

        static Table of(Connection c, String name, boolean partitioned, String query, List<DataFile> files)
                throws SQLException {
            List<String[]> columns = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("DESCRIBE " + query)) {
                while (rs.next()) {
                    columns.add(new String[] {rs.getString("column_name"), rs.getString("column_type")});
                }
            }
            List<DataFile> sorted = new ArrayList<>(files);
            sorted.sort(Comparator.comparing(f -> f.file().toString()));
            return new Table(name, partitioned, columns, sorted);
        }
    }

    /** Writes {@code manifest.json} into {@code version}, the tables in the order given. */
    static void write(Connection connection, Path version, List<Table> tables) throws SQLException, IOException {
        Path tmp = version.resolve("." + FILE_NAME + ".tmp");
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
             JsonGenerator g = JSON.createGenerator(new ObjectWriteContext.Base() {
                 @Override
                 public tools.jackson.core.PrettyPrinter getPrettyPrinter() {
                     return new DefaultPrettyPrinter();
                 }
             }, out)) {
            g.writeStartObject();
            g.writeNumberProperty("manifest_version", MANIFEST_VERSION);
            g.writeNumberProperty("layout", ParquetExporter.LAYOUT);
            g.writeStringProperty("exported_at", Instant.now().toString());
            g.writeStringProperty("version_folder", version.getFileName().toString());
            writeRun(connection, g);
            g.writeArrayPropertyStart("tables");
            for (Table t : tables) {
                writeTable(g, version, t);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        Files.move(tmp, version.resolve(FILE_NAME), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** The latest run: the one exporting (a run inserts its row when it starts). */
    private static void writeRun(Connection connection, JsonGenerator g) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT run_id, CAST(started_at AS VARCHAR), input_dir FROM ingest_run ORDER BY run_id DESC LIMIT 1")) {
            if (!rs.next()) {
                g.writeNullProperty("run");
                return;
            }
            g.writeObjectPropertyStart("run");
            g.writeNumberProperty("run_id", rs.getLong(1));
            g.writeStringProperty("started_at", rs.getString(2));
            g.writeStringProperty("input_dir", rs.getString(3));
            g.writeEndObject();
        }
    }

    private static void writeTable(JsonGenerator g, Path version, Table t) {
        g.writeStartObject();
        g.writeStringProperty("name", t.name());
        if (t.partitioned()) {
            g.writeArrayPropertyStart("partition_columns");
            g.writeString("fiscal_year");
            g.writeString("quarter");
            g.writeEndArray();
        }
        g.writeNumberProperty("rows", t.files().stream().mapToLong(DataFile::rows).sum());
        g.writeArrayPropertyStart("columns");
        for (String[] col : t.columns()) {
            g.writeStartObject();
            g.writeStringProperty("name", col[0]);
            g.writeStringProperty("type", col[1]);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("files");
        for (DataFile f : t.files()) {
            g.writeStartObject();
            StringBuilder rel = new StringBuilder();
            for (Path part : version.relativize(f.file())) {
                rel.append(rel.isEmpty() ? "" : "/").append(part);
            }
            g.writeStringProperty("path", rel.toString());
            if (t.partitioned()) {
                g.writeObjectPropertyStart("partition");
                nullableInt(g, "fiscal_year", f.fiscalYear());
                nullableInt(g, "quarter", f.quarter());
                g.writeEndObject();
            }
            g.writeNumberProperty("rows", f.rows());
            g.writeNumberProperty("bytes", f.bytes());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void nullableInt(JsonGenerator g, String name, Integer value) {
        if (value == null) {
            g.writeNullProperty(name);
        } else {
            g.writeNumberProperty(name, value);
        }
    }
}
