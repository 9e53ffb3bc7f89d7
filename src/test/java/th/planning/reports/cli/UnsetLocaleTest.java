package th.planning.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cron starts the job with no LANG or LC_ALL; Java 17 then decodes file names as ASCII and could open
 * none of the Thai-named files. Run here as cron would: a child process with the locale removed.
 */
class UnsetLocaleTest {

    static final Path SAMPLES = Path.of("sample-input/2567/Q4/สำนักงานสถิติแห่งชาติ");
    static final String AGENCY = "2567/Q4/สำนักงานสถิติแห่งชาติ/";
    static final List<String> THAI_NAMES = List.of(AGENCY + "รายงาน ๑.docx", AGENCY + "รายงาน ๒.pdf",
            AGENCY + "รายงาน ๓.xlsx", AGENCY + "report-04.docx");

    @TempDir
    Path tmp;

    Path thaiDropFolder() throws Exception {
        Path drop = tmp.resolve("drop");
        Path agency = Files.createDirectories(drop.resolve(AGENCY));
        Files.copy(SAMPLES.resolve("report-01.docx"), agency.resolve("รายงาน ๑.docx"));
        Files.copy(SAMPLES.resolve("report-02.pdf"), agency.resolve("รายงาน ๒.pdf"));
        Files.copy(SAMPLES.resolve("report-03.xlsx"), agency.resolve("รายงาน ๓.xlsx"));
        Files.copy(SAMPLES.resolve("report-04.docx"), agency.resolve("report-04.docx"));
        return drop;
    }

    /** Surefire's class path without its empty entry (which would add the working directory). */
    static String classPath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.isBlank()).collect(Collectors.joining(File.pathSeparator));
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs a command with every locale variable removed; its exit status, output in {@code log}. */
    int runWithoutLocale(List<String> command, Map<String, String> extraEnv, Path log) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().keySet().removeIf(k -> k.equals("LANG") || k.equals("LANGUAGE") || k.startsWith("LC_"));
        pb.environment().putAll(extraEnv);
        Process p = pb.start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("did not end within 300 s: " + Files.readString(log, StandardCharsets.UTF_8));
        }
        return p.exitValue();
    }

    static List<String> loadedPaths(Path warehouse) throws Exception {
        List<String> paths = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse.resolve("warehouse.duckdb"));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT path || ' ' || status FROM submission ORDER BY path")) {
            while (rs.next()) {
                paths.add(rs.getString(1));
            }
        }
        return paths;
    }

    static List<String> loaded(List<String> paths) {
        return paths.stream().map(p -> p + " loaded").sorted().toList();
    }

    /** The shipped nightly script and env file set a UTF-8 locale of their own. */
    @Test
    void theNightlyScriptLoadsThaiNamedFilesWithoutALocale() throws Exception {
        Path drop = thaiDropFolder();
        Path warehouse = tmp.resolve("warehouse");
        Path jar = tmp.resolve("opt/report-etl.jar");          // absent: the script then launches app/launch.args
        Path app = Files.createDirectories(jar.resolveSibling("app"));
        Files.writeString(app.resolve("launch.args"), "-Djava.io.tmpdir=" + tmp + "\n-cp\n\"" + classPath()
                + "\"\n" + ReportEtl.class.getName() + "\n");
        Path env = Files.writeString(tmp.resolve("test.env"), String.join("\n",
                ". " + Path.of("jobs/report-etl.env").toAbsolutePath(),
                "REPORT_ETL_JAR=" + jar, "REPORT_ETL_INPUT=" + drop, "REPORT_ETL_WAREHOUSE=" + warehouse, ""));
        Path log = tmp.resolve("nightly.log");
        // The marker keeps the program from running itself again: this test is about what jobs/ sets.
        int rc = runWithoutLocale(List.of("bash", Path.of("jobs/report-etl-nightly.sh").toAbsolutePath().toString()),
                Map.of("REPORT_ETL_ENV", env.toString(), Utf8Relaunch.MARKER, "test"), log);
        assertThat(rc).as(Files.readString(log, StandardCharsets.UTF_8)).isZero();
        assertThat(loadedPaths(warehouse)).containsExactlyElementsOf(loaded(THAI_NAMES));
    }

    /** Plain {@code java -jar} under cron: the program runs itself again under C.UTF-8. */
    @Test
    void plainJavaWithoutALocaleRunsItselfAgainInUtf8AndLoadsThaiNamedFiles() throws Exception {
        Path drop = thaiDropFolder();
        Path warehouse = tmp.resolve("warehouse");
        Path log = tmp.resolve("plain.log");
        int rc = runWithoutLocale(List.of(java(), "-Xmx1g", "-Djava.io.tmpdir=" + tmp, "-cp", classPath(),
                ReportEtl.class.getName(), "ingest", "--input", drop.toString(), "--warehouse", warehouse.toString()),
                Map.of(), log);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(rc).as(output).isZero();
        assertThat(output).contains("running again with LC_ALL=C.UTF-8").contains("loaded: 4, rejected: 0");
        assertThat(loadedPaths(warehouse)).containsExactlyElementsOf(loaded(THAI_NAMES));
    }
}
