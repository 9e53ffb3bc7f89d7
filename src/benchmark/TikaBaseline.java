import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The baseline: Apache Tika extracting plain text from every file under DIR, on THREADS threads
 * (the ingest job's default is one per core, so the comparison uses the same), nothing else.
 * Usage: java -cp <benchmark classpath> src/benchmark/TikaBaseline.java DIR THREADS
 */
public class TikaBaseline {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        AutoDetectParser parser = new AutoDetectParser();
        Map<String, AtomicLong> nanos = new ConcurrentHashMap<>();
        Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
        AtomicLong chars = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        for (Path f : files) {
            pool.submit(() -> {
                String name = f.getFileName().toString();
                String ext = name.substring(name.lastIndexOf('.') + 1);
                long t0 = System.nanoTime();
                try (var in = Files.newInputStream(f)) {
                    BodyContentHandler text = new BodyContentHandler(-1);
                    parser.parse(in, text, new Metadata(), new ParseContext());
                    chars.addAndGet(text.toString().length());
                } catch (Exception e) {
                    failures.incrementAndGet();
                }
                nanos.computeIfAbsent(ext, k -> new AtomicLong()).addAndGet(System.nanoTime() - t0);
                counts.computeIfAbsent(ext, k -> new AtomicLong()).incrementAndGet();
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.DAYS);
        double wall = (System.nanoTime() - start) / 1e9;
        for (String ext : new java.util.TreeSet<>(counts.keySet())) {
            double s = nanos.get(ext).get() / 1e9;
            System.out.printf("tika %s files=%d thread-seconds=%.1f files/s-per-thread=%.1f%n", ext,
                    counts.get(ext).get(), s, counts.get(ext).get() / s);
        }
        System.out.printf("tika all files=%d wall-seconds=%.1f files/s=%.1f chars=%d failures=%d%n",
                files.size(), wall, files.size() / wall, chars.get(), failures.get());
    }
}
