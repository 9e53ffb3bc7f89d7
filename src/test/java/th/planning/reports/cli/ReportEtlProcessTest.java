package th.planning.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.planning.reports.batch.RunHistory;

/**
 * The command as a process of its own: what reaches stdout and stderr, and {@code status} read over
 * and over while runs start and end. The child gets the main classes and libraries only, not the
 * test classes, so it logs as the jar does (logback-test.xml is not on its class path).
 */
class ReportEtlProcessTest {

    static final Path SAMPLE_DIR = Path.of("sample-input/2567/Q4/สำนักงานสถิติแห่งชาติ");

    @TempDir
    Path tmp;

    @Test
    void ingestWritesOnlyTheSummaryToStdoutAndItsProgressToStderr() throws Exception {
        Path drop = tmp.resolve("drop");
        Path agency = Files.createDirectories(drop.resolve("2567/Q4/สำนักงานสถิติแห่งชาติ"));
        Files.copy(SAMPLE_DIR.resolve("report-07.xlsx"), agency.resolve("report-07.xlsx"));
        Child run = Child.start(tmp, "ingest", "--input", drop.toString(), "--warehouse", tmp.resolve("wh").toString(),
                "--threads", "1");
        assertThat(run.waitFor()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("run 1 completed in ")
                .contains("files seen: 1 (already loaded: 0, ignored: 0)\nloaded: 1, rejected: 0, duplicates: 0\n")
                .doesNotContain("files (").doesNotContain("INFO");
        assertThat(run.err()).contains("reading 1 new files").contains("1/1 files (100%)");
    }

    /**
     * Ten runs one after another, each in its own JVM with a new file, while this JVM reads the status
     * as fast as it can. Before the readers' lock, status's H2 or DuckDB connection at the moment a run
     * opened them made that run fail ("Database may be already in use").
     */
    @Test
    void statusReadAgainAndAgainDuringTenIngestsBreaksNone() throws Exception {
        Path drop = tmp.resolve("drop");
        Path agency = Files.createDirectories(drop.resolve("2567/Q4/สำนักงานสถิติแห่งชาติ"));
        Path wh = tmp.resolve("wh");
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger busy = new AtomicInteger();
        AtomicInteger read = new AtomicInteger();
        AtomicInteger noWarehouse = new AtomicInteger();
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        Thread status = new Thread(() -> {
            while (!stop.get()) {
                try {
                    RunHistory.History h = RunHistory.read(wh, null, 20);
                    read.incrementAndGet();
                    if (h.runs().isEmpty()) {
                        wrong.add("no runs recorded yet, with a warehouse file present");
                    }
                } catch (RunHistory.WarehouseBusyException e) {
                    busy.incrementAndGet();
                } catch (RunHistory.NoWarehouseException e) {
                    noWarehouse.incrementAndGet();
                } catch (Exception e) {
                    wrong.add(e.toString());
                }
                Thread.onSpinWait();
            }
        }, "status-loop");
        status.start();
        List<String> failures = new ArrayList<>();
        try {
            for (int i = 1; i <= 10; i++) {
                String name = "report-%02d.xlsx".formatted(i);
                Files.copy(SAMPLE_DIR.resolve(name), agency.resolve(name));
                Child run = Child.start(tmp, "ingest", "--input", drop.toString(), "--warehouse", wh.toString(),
                        "--threads", "1");
                int rc = run.waitFor();
                if (rc != 0) {
                    failures.add("run " + i + " exit " + rc + ": " + run.err());
                }
            }
        } finally {
            stop.set(true);
            status.join();
        }
        assertThat(failures).as("runs broken by status").isEmpty();
        assertThat(wrong).as("status answers that were wrong").isEmpty();
        assertThat(busy.get()).as("status found a run active (so they did overlap)").isPositive();
        assertThat(read.get()).as("status read the history between runs").isPositive();
        RunHistory.History h = RunHistory.read(wh, null, 20);
        assertThat(h.runs()).hasSize(10).allMatch(r -> r.status().equals("completed") && r.loaded() == 1);
    }

    /**
     * A query is a reader too: a run started while an analyst's query (here one of some seconds) has
     * the warehouse open waits for it. Before the query took its share of the readers' lock, the run
     * failed to open the warehouse ("Conflicting lock is held").
     */
    @Test
    void aRunStartedWhileALongQueryReadsWaitsForItInsteadOfFailing() throws Exception {
        Path drop = tmp.resolve("drop-q");
        Path agency = Files.createDirectories(drop.resolve("2567/Q4/สำนักงานสถิติแห่งชาติ"));
        Path wh = tmp.resolve("wh-q");
        Files.copy(SAMPLE_DIR.resolve("report-01.xlsx"), agency.resolve("report-01.xlsx"));
        Child first = Child.start(tmp, "ingest", "--input", drop.toString(), "--warehouse", wh.toString(), "--threads", "1");
        assertThat(first.waitFor()).as(first.err()).isZero();
        Files.copy(SAMPLE_DIR.resolve("report-02.xlsx"), agency.resolve("report-02.xlsx"));
        AtomicInteger queryExit = new AtomicInteger(-1);
        // two billion rows: several seconds on any machine this runs on
        Thread query = new Thread(() -> queryExit.set(new picocli.CommandLine(new ReportEtl()).execute("query",
                "--warehouse", wh.toString(),
                "SELECT count(*) AS n, sum((a.range * 7 + b.range) % 13) AS s FROM range(20000) a, range(100000) b")));
        query.start();
        Thread.sleep(500);
        Child run = Child.start(tmp, "ingest", "--input", drop.toString(), "--warehouse", wh.toString(), "--threads", "1");
        int rc = run.waitFor();
        query.join();
        assertThat(queryExit.get()).isZero();
        assertThat(rc).as(run.err()).isZero();
        assertThat(run.out()).contains("loaded: 1, rejected: 0");
    }

    /** {@code report-etl ARGS} in a JVM of its own; stdout and stderr kept apart. */
    record Child(Process process, Path outFile, Path errFile) {

        static Child start(Path dir, String... args) throws Exception {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                    "-Djava.io.tmpdir=" + dir));
            String classPath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                    .filter(e -> !e.isBlank() && !Path.of(e).endsWith("test-classes"))
                    .collect(Collectors.joining(File.pathSeparator));
            cmd.addAll(List.of("-cp", classPath, ReportEtl.class.getName()));
            cmd.addAll(List.of(args));
            long n = System.nanoTime();
            Path out = dir.resolve("out-" + n + ".txt");
            Path err = dir.resolve("err-" + n + ".txt");
            Process p = new ProcessBuilder(cmd).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            return new Child(p, out, err);
        }

        int waitFor() throws Exception {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("did not end within 2 minutes: " + err());
            }
            return process.exitValue();
        }

        String out() throws Exception {
            return Files.readString(outFile, StandardCharsets.UTF_8);
        }

        String err() throws Exception {
            return Files.readString(errFile, StandardCharsets.UTF_8);
        }
    }
}
