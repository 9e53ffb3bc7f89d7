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

    /**
     * What a scan found. {@code unreadable}: files that vanished or could not be read while scanning
     * ("path: reason"); they are not recorded, so the next run tries them again.
     */
    public record Scan(int seen, int unchanged, int ignored, List<IncomingFile> newFiles,
                       List<Submission> duplicates, List<String> unreadable) {
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
        List<Candidate> candidates = new ArrayList<>();
        for (Path file : files) {
            Path rel = dropFolder.relativize(file);
            if (isIgnored(rel, ignore)) {
                ignored++;
                continue;
            }
            seen++;
            String relative = rel.toString().replace('\\', '/');
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (IOException e) {
                candidates.add(new Candidate(relative, null, e));
                continue;
            }
            // Stored as a DuckDB TIMESTAMP (microseconds): compare at that precision, or a file
            // with a nanosecond time would never be "unchanged" and be hashed on every run.
            var modified = attrs.lastModifiedTime().toInstant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
            if (warehouse.unchanged(relative, attrs.size(), modified).isPresent()) {
                unchanged++;
            } else {
                candidates.add(new Candidate(relative, new IncomingFile(file, relative, attrs.size(), modified, null), null));
            }
        }
        // Hashing reads every new byte: on all cores, as the ingest does, or it is the serial part of
        // a big night. Order is kept, so which copy is the original stays the first in path order.
        List<Candidate> hashed = candidates.parallelStream().map(DropFolderScanner::hash).toList();
        List<IncomingFile> fresh = new ArrayList<>();
        List<Submission> duplicates = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        Map<String, String> shaInScan = new HashMap<>();
        for (Candidate c : hashed) {
            if (c.error() != null) {
                unreadable.add(c.relative() + ": " + reason(c.error()));
                continue;
            }
            IncomingFile incoming = c.file();
            Optional<Warehouse.KnownFile> known = warehouse.bySha(incoming.sha256());
            if (warehouse.recorded(incoming.relativePath(), incoming.sha256())) {
                unchanged++;            // touched but same content (or a duplicate already recorded here)
            } else if (known.isPresent()) {
                duplicates.add(Submission.duplicate(incoming, known.get().path()));
            } else if (shaInScan.containsKey(incoming.sha256())) {
                duplicates.add(Submission.duplicate(incoming, shaInScan.get(incoming.sha256())));
            } else {
                shaInScan.put(incoming.sha256(), incoming.relativePath());
                fresh.add(incoming);
            }
        }
        return new Scan(seen, unchanged, ignored, fresh, duplicates, unreadable);
    }

    /** A file to hash; after hashing, either its incoming record with the SHA-256 or the reason it could not be read. */
    record Candidate(String relative, IncomingFile file, Exception error) {
    }

    static String reason(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "it vanished while the folder was scanned";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    static Candidate hash(Candidate c) {
        if (c.error() != null) {
            return c;
        }
        try {
            IncomingFile f = c.file();
            return new Candidate(c.relative(),
                    new IncomingFile(f.path(), f.relativePath(), f.size(), f.modified(), sha256(f.path())), null);
        } catch (IOException e) {
            return new Candidate(c.relative(), null, e);
        }
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
