package th.planning.reports.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import th.planning.reports.warehouse.IncomingFile;
import th.planning.reports.warehouse.Submission;
import th.planning.reports.warehouse.Warehouse;

/**
 * Finds the work of a run: every regular file under the drop folder that the warehouse has not
 * recorded yet. A file whose path, size and modification time are unchanged since it was recorded is
 * not even hashed (that keeps a run with nothing new fast); any other file is identified by its
 * SHA-256. Content already recorded under another name, or seen twice in this scan, is a duplicate.
 *
 * <p>Dot files and names matched by the globs in {@code <drop folder>/.etlignore} are skipped and
 * counted, never silently.
 */
public final class DropFolderScanner {

    public static final String IGNORE_FILE = ".etlignore";

    /** What a scan found. */
    public record Scan(int seen, int unchanged, int ignored, List<IncomingFile> newFiles,
                       List<Submission> duplicates) {
    }

    private DropFolderScanner() {
    }

    public static Scan scan(Path dropFolder, Warehouse warehouse) throws IOException {
        List<PathMatcher> ignore = ignoreRules(dropFolder);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dropFolder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        int seen = 0;
        int unchanged = 0;
        int ignored = 0;
        List<IncomingFile> fresh = new ArrayList<>();
        List<Submission> duplicates = new ArrayList<>();
        Map<String, String> shaInScan = new HashMap<>();
        for (Path file : files) {
            Path rel = dropFolder.relativize(file);
            if (isIgnored(rel, ignore)) {
                ignored++;
                continue;
            }
            seen++;
            String relative = rel.toString().replace('\\', '/');
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            // Stored as a DuckDB TIMESTAMP (microseconds): compare at that precision, or a file
            // with a nanosecond time would never be "unchanged" and be hashed on every run.
            var modified = attrs.lastModifiedTime().toInstant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
            if (warehouse.unchanged(relative, attrs.size(), modified).isPresent()) {
                unchanged++;
                continue;
            }
            IncomingFile incoming = new IncomingFile(file, relative, attrs.size(), modified, sha256(file));
            Optional<Warehouse.KnownFile> known = warehouse.bySha(incoming.sha256());
            if (warehouse.recorded(relative, incoming.sha256())) {
                unchanged++;            // touched but same content (or a duplicate already recorded here)
            } else if (known.isPresent()) {
                duplicates.add(Submission.duplicate(incoming, known.get().path()));
            } else if (shaInScan.containsKey(incoming.sha256())) {
                duplicates.add(Submission.duplicate(incoming, shaInScan.get(incoming.sha256())));
            } else {
                shaInScan.put(incoming.sha256(), relative);
                fresh.add(incoming);
            }
        }
        return new Scan(seen, unchanged, ignored, fresh, duplicates);
    }

    private static boolean isIgnored(Path rel, List<PathMatcher> ignore) {
        for (Path part : rel) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        for (PathMatcher m : ignore) {
            if (m.matches(rel) || m.matches(rel.getFileName())) {
                return true;
            }
        }
        return false;
    }

    private static List<PathMatcher> ignoreRules(Path dropFolder) throws IOException {
        Path rules = dropFolder.resolve(IGNORE_FILE);
        if (!Files.isRegularFile(rules)) {
            return List.of();
        }
        List<PathMatcher> out = new ArrayList<>();
        for (String line : Files.readAllLines(rules)) {
            String glob = line.strip();
            if (!glob.isEmpty() && !glob.startsWith("#")) {
                out.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            }
        }
        return out;
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                digest.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
