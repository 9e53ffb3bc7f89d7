import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import th.planning.reports.batch.SubmissionProcessor;
import th.planning.reports.thai.ThaiText;
import th.planning.reports.warehouse.IncomingFile;

/**
 * CPU cost per file and format, warm, in one thread: the job's read + extract + validate
 * (SubmissionProcessor, no warehouse) against Tika's text extraction of the same files. Thread CPU
 * time, not wall time, so other load on the machine changes the figures little. Start-up and JIT
 * warm-up are excluded: PASSES passes over the files, only the last is reported.
 * Usage: java -cp <benchmark classpath> src/benchmark/ReadCost.java DIR [PASSES] [ours|tika|both]
 */
public class ReadCost {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String which = args.length > 2 ? args[2] : "both";
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        if (!which.equals("tika")) {
            try (SubmissionProcessor p = new SubmissionProcessor(ThaiText::canonicalize)) {
                run("ours", files, passes, mx, f -> {
                    var attrs = Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class);
                    p.process(new IncomingFile(f, f.toString(), attrs.size(), null, "x"));
                });
            }
        }
        if (!which.equals("ours")) {
            AutoDetectParser parser = new AutoDetectParser();
            run("tika", files, passes, mx, f -> {
                try (var in = Files.newInputStream(f)) {
                    parser.parse(in, new BodyContentHandler(-1), new Metadata(), new ParseContext());
                }
            });
        }
    }

    interface Work {
        void run(Path f) throws Exception;
    }

    static void run(String label, List<Path> files, int passes, ThreadMXBean mx, Work w) throws Exception {
        for (int pass = 1; pass <= passes; pass++) {
            Map<String, long[]> byExt = new TreeMap<>();
            for (Path f : files) {
                String n = f.getFileName().toString();
                String ext = n.substring(n.lastIndexOf('.') + 1);
                // SubmissionProcessor reads on a worker thread: count process CPU, not this thread's
                long c0 = processCpu();
                w.run(f);
                long[] a = byExt.computeIfAbsent(ext, k -> new long[2]);
                a[0] += processCpu() - c0;
                a[1]++;
            }
            if (pass == passes || pass == 1) {
                List<String> parts = new ArrayList<>();
                byExt.forEach((ext, a) -> parts.add(String.format("%s %d files %.1f ms/file (%.0f files/s per core)",
                        ext, a[1], a[0] / 1e6 / a[1], a[1] / (a[0] / 1e9))));
                System.out.printf("%s pass %d: %s%n", label, pass, String.join("; ", parts));
            }
        }
    }

    /** CPU of the whole process (includes GC and JIT, which are part of the cost too). */
    static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
