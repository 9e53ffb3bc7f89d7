package th.planning.reports.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code report-etl} run as a user runs it: a JVM of its own, with the application's own logging
 * configuration (the tests' logback-test.xml is left off its class path), stdout and stderr kept
 * apart.
 */
public record ReportEtlProcess(int exitCode, String stdout, String stderr) {

    /**
     * @param jvmOptions e.g. {@code -Xmx512m}
     * @param args the command line after {@code report-etl}
     */
    public static ReportEtlProcess run(Path workDir, Duration limit, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.add("-Djava.io.tmpdir=" + workDir);
        cmd.addAll(jvmOptions);
        String classPath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.isBlank() && !Path.of(e).endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        cmd.addAll(List.of("-cp", classPath, "th.planning.reports.cli.ReportEtl"));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(workDir, "stdout", ".txt");
        Path err = Files.createTempFile(workDir, "stderr", ".txt");
        Process p = new ProcessBuilder(cmd).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("report-etl " + String.join(" ", args) + " did not end within " + limit
                    + "; stderr:\n" + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new ReportEtlProcess(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
