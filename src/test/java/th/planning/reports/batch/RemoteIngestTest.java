package th.planning.reports.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import th.planning.reports.support.PostgresCluster;
import th.planning.reports.support.WarehouseComparison;

/**
 * {@code ingest --workers remote} on this machine: an Artemis broker on loopback, a throwaway
 * PostgreSQL 15 job repository, two worker JVMs and a manager JVM over the sample drop folder. The
 * warehouse must equal a local run's, table by table (natural keys), also when one worker is killed
 * (SIGKILL) in the middle of a partition: the broker gives its partition to the other worker, which
 * goes on from the partition's last committed chunk, and nothing is lost or doubled.
 * Skipped, saying why, where PostgreSQL 15 is not installed or cannot start.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemoteIngestTest {

    static final Path DROP = Path.of("sample-input").toAbsolutePath();
    static final Duration LIMIT = Duration.ofMinutes(6);

    @TempDir
    static Path tmp;
    PostgresCluster postgres;
    Broker broker;
    String brokerUrl;
    Path reference;
    final List<Proc> started = new ArrayList<>();
    final Map<String, String> results = new LinkedHashMap<>();

    @BeforeAll
    void brokerJobRepositoryAndALocalReferenceRun() throws Exception {
        String why = PostgresCluster.unavailable();
        assumeTrue(why == null, () -> "skipped: " + why);
        try {
            postgres = PostgresCluster.start(Path.of("target").toAbsolutePath().resolve("pg-remote-" + System.nanoTime()));
        } catch (IOException e) {
            assumeTrue(false, () -> "skipped: PostgreSQL 15 cannot start here: " + e.getMessage());
        }
        brokerUrl = "tcp://127.0.0.1:" + freePort();
        broker = Broker.start(brokerUrl, null);
        reference = tmp.resolve("local");
        Proc local = Proc.start(tmp, "local", List.of(), "ingest", "--input", DROP.toString(), "--warehouse",
                reference.toString(), "--threads", "2");
        assertThat(local.waitFor()).as(local.log()).isZero();
        results.put("local run, 2 threads", "%.1f s".formatted(local.seconds()));
    }

    @AfterAll
    void stopEverything() throws Exception {
        for (Proc p : started) {
            p.process.destroyForcibly();
        }
        if (broker != null) {
            broker.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        StringBuilder sb = new StringBuilder("remote runs:\n");
        results.forEach((k, v) -> sb.append("  ").append(k).append(": ").append(v).append('\n'));
        System.out.print(sb);
    }

    @Test
    void twoWorkersOnLoopbackLoadTheSampleDropFolderAsALocalRunDoes() throws Exception {
        Path staging = tmp.resolve("staging-two");
        Proc a = worker("two-a", staging);
        Proc b = worker("two-b", staging);
        a.awaitLog("worker ready");
        b.awaitLog("worker ready");
        Path wh = tmp.resolve("remote-two");
        Proc manager = manager("two", wh, staging);
        assertThat(manager.waitFor()).as(manager.log()).isZero();
        assertThat(manager.log()).contains("loaded: 120, rejected: 0, duplicates: 0");
        assertThat(WarehouseComparison.differences(reference, wh)).as("tables that differ from the local run").isEmpty();
        assertThat(readLines(a)).as("worker a read files").isPositive();
        assertThat(readLines(b)).as("worker b read files").isPositive();
        assertThat(readLines(a) + readLines(b)).isEqualTo(120);
        assertThat(stagedChunks(staging)).as("every staged chunk loaded and removed").isEmpty();
        assertThat(partitionStatuses(manager)).containsOnly("COMPLETED");
        results.put("remote run, 2 workers", "%.1f s (files read by worker a / b: %d / %d)"
                .formatted(manager.seconds(), readLines(a), readLines(b)));
        a.process.destroyForcibly();
        b.process.destroyForcibly();
    }

    @Test
    void aWorkerKilledInTheMiddleOfAPartitionLosesAndDoublesNothing() throws Exception {
        Path staging = tmp.resolve("staging-kill");
        // slowed and in chunks of 4, so the kill falls inside a partition with a chunk of it committed
        List<String> slow = List.of("-Dreport-etl.slow-per-file-ms=150", "-Dreport-etl.chunk-size=4");
        Proc a = worker("kill-a", staging, slow);
        Proc b = worker("kill-b", staging, slow);
        a.awaitLog("worker ready");
        b.awaitLog("worker ready");
        Path wh = tmp.resolve("remote-kill");
        Proc manager = manager("kill", wh, staging);
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (readLines(a) < 7) {
            assertThat(System.nanoTime()).as("worker a never read 7 files: " + a.log()).isLessThan(deadline);
            assertThat(manager.process.isAlive()).as(manager.log()).isTrue();
            Thread.sleep(20);
        }
        a.process.destroyForcibly();
        assertThat(a.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        int readByKilled = readLines(a);
        assertThat(manager.waitFor()).as(manager.log() + "\nworker b:\n" + b.log()).isZero();
        assertThat(manager.log()).contains("loaded: 120, rejected: 0, duplicates: 0");
        assertThat(WarehouseComparison.differences(reference, wh)).as("tables that differ from the local run").isEmpty();
        assertThat(stagedChunks(staging)).isEmpty();
        assertThat(partitionStatuses(manager)).containsOnly("COMPLETED");
        // worker b read its own partitions and the killed one's files from its last committed chunk on
        assertThat(readLines(b)).isGreaterThanOrEqualTo(120 - readByKilled);
        results.put("remote run, worker a killed after reading " + readByKilled + " files",
                "%.1f s, worker b read %d files, warehouse equal to the local run's".formatted(manager.seconds(), readLines(b)));
        b.process.destroyForcibly();
    }

    // ---------------------------------------------------------------------------------------------

    private Proc worker(String name, Path staging) throws IOException {
        return worker(name, staging, List.of());
    }

    private Proc worker(String name, Path staging, List<String> jvm) throws IOException {
        Proc p = Proc.start(tmp, "worker-" + name, jvm, "worker", "--broker", brokerUrl, "--job-repository-url",
                postgres.jdbcUrl(), "--staging", staging.toString(), "--threads", "1", "--verbose");
        started.add(p);
        return p;
    }

    private Proc manager(String name, Path wh, Path staging) throws IOException {
        Proc p = Proc.start(tmp, "manager-" + name, List.of(), "ingest", "--workers", "remote", "--broker", brokerUrl,
                "--job-repository-url", postgres.jdbcUrl(), "--staging", staging.toString(), "--partitions", "6",
                "--input", DROP.toString(), "--warehouse", wh.toString());
        started.add(p);
        return p;
    }

    /** Files a worker has started reading (its --verbose lines). */
    private static int readLines(Proc p) {
        return (int) p.log().lines().filter(l -> l.contains("ProgressListener - reading ")).count();
    }

    private static List<Path> stagedChunks(Path staging) throws IOException {
        if (!Files.isDirectory(staging)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(staging)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).toList();
        }
    }

    /** The statuses of the manager's last job's partitions, from the shared job repository. */
    private List<String> partitionStatuses(Proc manager) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(), "sa", "");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT status FROM batch_step_execution WHERE step_name LIKE 'readAndLoad:%'"
                     + " AND job_execution_id = (SELECT max(job_execution_id) FROM batch_job_execution)")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        assertThat(out).as("partitions of the last run").hasSize(6);
        return out;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** A report-etl JVM with the application's own logging (stderr), its output in one file. */
    static final class Proc {
        final Process process;
        final Path logFile;
        final long started = System.nanoTime();
        long ended;

        private Proc(Process process, Path logFile) {
            this.process = process;
            this.logFile = logFile;
        }

        static Proc start(Path dir, String name, List<String> jvm, String... args) throws IOException {
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.add("-Xmx512m");
            cmd.add("-Dfile.encoding=UTF-8");
            cmd.add("-Djava.io.tmpdir=" + dir);
            cmd.addAll(jvm);
            String classPath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                    .filter(e -> !e.isBlank() && !Path.of(e).endsWith("test-classes"))
                    .collect(Collectors.joining(File.pathSeparator));
            cmd.addAll(List.of("-cp", classPath, "th.planning.reports.cli.ReportEtl"));
            cmd.addAll(List.of(args));
            Path log = dir.resolve("log-" + name + ".txt");
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            return new Proc(p, log);
        }

        int waitFor() throws InterruptedException {
            if (!process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("did not end within " + LIMIT + ": " + log());
            }
            ended = System.nanoTime();
            return process.exitValue();
        }

        double seconds() {
            return ((process.isAlive() ? System.nanoTime() : ended) - started) / 1e9;
        }

        String log() {
            try {
                return Files.readString(logFile, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "(no log: " + e + ")";
            }
        }

        void awaitLog(String text) throws InterruptedException {
            long deadline = System.nanoTime() + LIMIT.toNanos();
            while (!log().contains(text)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new AssertionError("never logged '" + text + "': " + log());
                }
                Thread.sleep(50);
            }
        }
    }
}
