package th.planning.reports.batch;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import th.planning.reports.warehouse.IncomingFile;

/**
 * A partition's work as its step execution context carries it: the list of its files, each as
 * {@code sha256 TAB size TAB modified TAB path relative to the drop folder}, so a partition can run on
 * any thread or machine that sees the drop folder, and a restarted one finds its files in the job
 * repository. (Formerly the partitions took files from a queue in one JVM's memory.)
 *
 * <p>The files are dealt by size, largest first, each to the partition with the fewest bytes so far,
 * so partitions of one run take about as long as each other: reading costs grow with a file's size.
 */
final class FilePartitions {

    /** Step execution context key: the partition's files. */
    static final String FILES = "files";

    private FilePartitions() {
    }

    static Map<String, ExecutionContext> split(List<IncomingFile> files, int partitions) {
        int n = Math.max(1, Math.min(partitions, Math.max(1, files.size())));
        List<List<String>> parts = new ArrayList<>();
        long[] bytes = new long[n];
        PriorityQueue<Integer> lightest = new PriorityQueue<>(
                Comparator.<Integer>comparingLong(i -> bytes[i]).thenComparingInt(i -> i));
        for (int i = 0; i < n; i++) {
            parts.add(new ArrayList<>());
            lightest.add(i);
        }
        List<IncomingFile> bySize = files.stream()
                .sorted(Comparator.comparingLong(IncomingFile::size).reversed().thenComparing(IncomingFile::relativePath))
                .toList();
        for (IncomingFile f : bySize) {
            int i = lightest.poll();
            parts.get(i).add(encode(f));
            bytes[i] += Math.max(1, f.size());
            lightest.add(i);
        }
        Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            ExecutionContext c = new ExecutionContext();
            c.put(FILES, new ArrayList<>(parts.get(i)));
            c.putInt("partition", i);
            contexts.put("files-" + i, c);
        }
        return contexts;
    }

    static String encode(IncomingFile f) {
        return f.sha256() + "\t" + f.size() + "\t" + (f.modified() == null ? "" : f.modified().toString()) + "\t"
                + f.relativePath();
    }

    static IncomingFile decode(String line, Path dropFolder) {
        String[] p = line.split("\t", 4);
        if (p.length != 4) {
            throw new IllegalArgumentException("not a partition's file entry: " + line);
        }
        return new IncomingFile(dropFolder.resolve(p[3]), p[3], Long.parseLong(p[1]),
                p[2].isEmpty() ? null : Instant.parse(p[2]), p[0]);
    }
}
