import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import th.planning.reports.batch.SubmissionProcessor;
import th.planning.reports.thai.ThaiText;
import th.planning.reports.warehouse.IncomingFile;
import th.planning.reports.warehouse.StagedChunks;
import th.planning.reports.warehouse.Submission;

/**
 * CPU cost per file of the staging that remote partitioning adds, warm, in one thread: writing the
 * files' validated reports as a staged chunk (JSON lines, forced to disk) and reading it back, against
 * reading the files themselves (read + extract + validate; the process's CPU, as the reading runs on
 * the processor's own thread). Staging: this thread's CPU. PASSES passes, the last reported. Usage: java -cp <classpath> src/benchmark/StagingCost.java DIR [PASSES] [STAGING_DIR]
 */
public class StagingCost {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path stagingDir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("staging-cost");
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        StagedChunks staging = new StagedChunks(stagingDir);
        try (SubmissionProcessor p = new SubmissionProcessor(ThaiText::canonicalize)) {
            for (int pass = 1; pass <= passes; pass++) {
                // the reading runs on the processor's own thread (its time limit): count the process's CPU
                long r0 = os.getProcessCpuTime();
                long t0 = mx.getCurrentThreadCpuTime();
                List<Submission> subs = new ArrayList<>();
                for (Path f : files) {
                    var attrs = Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class);
                    subs.add(p.process(new IncomingFile(f, dir.relativize(f).toString(), attrs.size(), null,
                            Integer.toHexString(f.hashCode()) + pass)));
                }
                long r1 = os.getProcessCpuTime();
                long t1 = mx.getCurrentThreadCpuTime();
                Path chunk = staging.write(subs);
                long t2 = mx.getCurrentThreadCpuTime();
                List<Submission> back = staging.read(chunk, dir);
                long t3 = mx.getCurrentThreadCpuTime();
                long bytes = Files.size(chunk);
                Files.delete(chunk);
                if (pass == passes) {
                    int n = files.size();
                    System.out.printf("%d files: read+extract+validate %.2f ms/file, stage (write) %.3f ms/file,"
                                    + " read back %.3f ms/file, chunk %.1f KB/file (%d read back)%n", n,
                            (r1 - r0) / 1e6 / n, (t2 - t1) / 1e6 / n, (t3 - t2) / 1e6 / n, bytes / 1024.0 / n, back.size());
                }
            }
        }
    }
}
