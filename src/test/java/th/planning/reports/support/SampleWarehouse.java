package th.planning.reports.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import th.planning.reports.batch.IngestRunner;

/**
 * The warehouse of one job run on sample-input, built once per test JVM and shared by the tests that
 * only read it (the job takes several seconds; each reading test running it again was work done
 * three times). Tests that write or count runs make their own.
 */
public final class SampleWarehouse {

    private static Path dir;

    private SampleWarehouse() {
    }

    public static synchronized Path get() throws Exception {
        if (dir == null) {
            Path d = Files.createTempDirectory("sample-warehouse");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(d)));
            IngestRunner.run(Path.of("sample-input"), d, 2, Map.of());
            dir = d;
        }
        return dir;
    }

    /** A read-only connection to the shared warehouse. */
    public static Connection connect() throws Exception {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        return DriverManager.getConnection("jdbc:duckdb:" + get().resolve("warehouse.duckdb"), readOnly);
    }

    /** Each row of {@code sql} as its cells joined by '|'. */
    public static List<String> rows(String sql) throws Exception {
        try (Connection c = connect()) {
            return WarehouseRows.of(c, sql, "|");
        }
    }

    private static void deleteTree(Path d) {
        try (Stream<Path> walk = Files.walk(d)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temp dir left behind is harmless
        }
    }
}
