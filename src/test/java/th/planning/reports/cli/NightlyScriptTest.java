package th.planning.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jobs/report-etl-nightly.sh} run by bash as cron or systemd would, with a {@code java} of the
 * test's own on the PATH that only records how it was called: the script's part is the lock and the
 * exit status, and systemd counts only 0 and 3 (SuccessExitStatus) as a good night.
 */
class NightlyScriptTest {

    @TempDir
    Path tmp;

    @Test
    void aNightStartedWhileOneHoldsTheLockSaysSoAndExits3WithoutStartingJava() throws Exception {
        Path wh = setUp();
        // One process holding the lock as a running night does (exec: killing it frees the lock).
        Process holder = new ProcessBuilder("bash", "-c", "exec 9>>\"$1\"; flock -n 9 && echo held && exec sleep 60",
                "holder", wh.resolve(".nightly.flock").toString()).redirectErrorStream(true).start();
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(r.readLine()).isEqualTo("held");
            Result night = runScript();
            assertThat(night.exit()).as(night.err()).isEqualTo(3);
            assertThat(night.err()).contains("report-etl-nightly: another nightly run holds " + wh.resolve(".nightly.flock")
                    + "; this run did nothing");
            assertThat(tmp.resolve("java-called")).doesNotExist();
            assertThat(wh.resolve(".nightly.last-start.next")).as("the running night's JIT marker untouched").doesNotExist();
        } finally {
            holder.destroy();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
        // the lock gone, the next night runs the job
        Result night = runScript();
        assertThat(night.exit()).as(night.err()).isZero();
        assertThat(Files.readString(tmp.resolve("java-called"))).contains("ingest --input " + tmp.resolve("drop"));
    }

    record Result(int exit, String err) {
    }

    private Path setUp() throws Exception {
        Path wh = Files.createDirectories(tmp.resolve("wh"));
        Files.createDirectories(tmp.resolve("drop"));
        Files.createDirectories(tmp.resolve("opt"));
        Files.writeString(tmp.resolve("report-etl.env"), String.join("\n",
                "REPORT_ETL_JAR=" + tmp.resolve("opt/report-etl.jar"),
                "REPORT_ETL_INPUT=" + tmp.resolve("drop"),
                "REPORT_ETL_WAREHOUSE=" + wh,
                "REPORT_ETL_JOB_REPOSITORY_URL=",
                "JAVA_OPTS=", ""));
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/usr/bin/env bash\necho \"$*\" > " + tmp.resolve("java-called") + "\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return wh;
    }

    private Result runScript() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(List.of("bash", Path.of("jobs/report-etl-nightly.sh").toAbsolutePath().toString()));
        pb.environment().put("REPORT_ETL_ENV", tmp.resolve("report-etl.env").toString());
        pb.environment().put("PATH", tmp.resolve("bin") + ":" + System.getenv("PATH"));
        Path err = tmp.resolve("err-" + System.nanoTime());
        Process p = pb.redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), Files.readString(err));
    }
}
