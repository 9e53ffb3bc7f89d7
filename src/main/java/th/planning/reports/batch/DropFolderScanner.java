package th.planning.reports.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
 *
 * <p>Symbolic links are never read through, and never walked: a link to a file or directory outside
 * the drop folder would let anyone who can write the folder have the job read (and report on) any file
 * the job's user can read. Each link, and each named pipe, socket or device, is recorded as what it is
 * (see {@link #notAFile}), so none is silently dropped and none is looked at again until it changes.
 */
public final class DropFolderScanner {

    public static final String IGNORE_FILE = ".etlignore";

    /**
     * What a scan found. {@code unreadable}: files that vanished or could not be read while scanning
     * ("path: reason"); they are not recorded, so the next run tries them again.
     */
    public record Scan(int seen, int unchanged, int ignored, List<IncomingFile> newFiles,
                       List<Submission> duplicates, List<String> unreadable, List<Submission> notFiles) {
    }

    private DropFolderScanner() {
    }

    public static Scan scan(Path dropFolder, Warehouse warehouse) throws IOException {
        List<PathMatcher> ignore = ignoreRules(dropFolder);
        List<Path> files;
        // Not following links: a link is listed as itself and a link to a directory is not entered.
        try (Stream<Path> walk = Files.walk(dropFolder)) {
            files = walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
        Path realRoot = dropFolder.toRealPath();
        List<Submission> notFiles = new ArrayList<>();
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
            if (!decodable(file, relative)) {
                candidates.add(new Candidate(relative, null, new UndecodableNameException()));
                continue;
            }
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                candidates.add(new Candidate(relative, null, e));
                continue;
            }
            // Stored as a DuckDB TIMESTAMP (microseconds): compare at that precision, or a file
            // with a nanosecond time would never be "unchanged" and be hashed on every run.
            var modified = attrs.lastModifiedTime().toInstant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
            if (warehouse.unchanged(relative, attrs.size(), modified).isPresent()) {
                unchanged++;
            } else if (!attrs.isRegularFile()) {
                notFiles.add(notAFile(file, relative, attrs.size(), modified, attrs, realRoot, ignore));
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
        return new Scan(seen, unchanged, ignored, fresh, duplicates, unreadable, notFiles);
    }

    /**
     * The record of a symbolic link or special file, never opened. A link to a regular file inside the
     * drop folder is a {@code duplicate} of its target: the target is scanned and read under its own
     * name, so reading it again through the link would load the same report twice (or make the real
     * file the copy, when the link's name sorts first). Every other link, and a named pipe, socket or
     * device, is {@code rejected} with what it is; a link's target outside the folder is not named or
     * looked into beyond whether it exists and is a directory. Its identity is the link itself (its own
     * size and time, and as {@code sha256} the hash of "symbolic link", NUL and its target), so it is
     * recorded once and again only when the link is changed.
     */
    static Submission notAFile(Path file, String relative, long size, java.time.Instant modified,
                               BasicFileAttributes attrs, Path realRoot, List<PathMatcher> ignore) {
        if (!attrs.isSymbolicLink()) {
            IncomingFile f = new IncomingFile(file, relative, size, modified, sha256("special file\0" + relative));
            return Submission.rejected(f, null, "not a regular file (a named pipe, socket or device): not read");
        }
        String target;
        try {
            target = Files.readSymbolicLink(file).toString();
        } catch (IOException e) {
            target = "";
        }
        IncomingFile f = new IncomingFile(file, relative, size, modified, sha256("symbolic link\0" + target));
        Path real;
        try {
            real = file.toRealPath();
        } catch (java.nio.file.NoSuchFileException e) {
            return Submission.rejected(f, null, "dangling symbolic link: its target does not exist");
        } catch (IOException e) {
            return Submission.rejected(f, null, "symbolic link whose target cannot be reached ("
                    + e.getClass().getSimpleName() + "): not followed");
        }
        boolean directory = Files.isDirectory(real);
        if (!real.startsWith(realRoot)) {
            return Submission.rejected(f, null, "symbolic link to a " + (directory ? "directory" : "file")
                    + " outside the drop folder: not followed");
        }
        Path targetRel = realRoot.relativize(real);
        String inside = targetRel.toString().replace('\\', '/');
        if (directory) {
            return Submission.rejected(f, null, "symbolic link to a directory in the drop folder ("
                    + (inside.isEmpty() ? "." : inside) + "): not followed; its files are read where they are");
        }
        if (!Files.isRegularFile(real)) {
            return Submission.rejected(f, null, "symbolic link to something that is not a regular file: not followed");
        }
        if (isIgnored(targetRel, ignore)) {
            return Submission.rejected(f, null, "symbolic link to " + inside + ", which is ignored: not followed");
        }
        return new Submission(f, Submission.Status.DUPLICATE, null,
                "symbolic link to " + inside + ", which is read under its own name", null);
    }

    /** A file to hash; after hashing, either its incoming record with the SHA-256 or the reason it could not be read. */
    record Candidate(String relative, IncomingFile file, Exception error) {
    }

    /**
     * A name the JVM could not decode into characters: Thai names under a locale that is not UTF-8 (as
     * under cron, with LANG unset: Java 17 takes the file-name encoding from the locale only), or a
     * name that is not valid UTF-8 at all. Such a path cannot be opened by name, and recording it would
     * put a garbled name in the ledger; it is left for a run with the right locale, or a rename.
     */
    static final class UndecodableNameException extends IOException {
        UndecodableNameException() {
            super(message());
        }

        private static String message() {
            String encoding = System.getProperty("sun.jnu.encoding", "?");
            return "UTF-8".equalsIgnoreCase(encoding)
                    ? "its name is not valid UTF-8 (made by an old program?): rename the file"
                    : "its name cannot be decoded in this process's file-name encoding " + encoding
                            + ", taken from the locale: run with a UTF-8 locale, e.g. LC_ALL=C.UTF-8 "
                            + "(jobs/report-etl.env sets it)";
        }
    }

    /** Whether the path's name was decoded into characters that name it again (see UndecodableNameException). */
    static boolean decodable(Path file, String relative) {
        if (relative.indexOf('\uFFFD') < 0) {
            return true;
        }
        try {
            return file.toFile().toPath().equals(file);
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    static String reason(Exception e) {
        if (e instanceof UndecodableNameException) {
            return e.getMessage();
        }
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

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                digest.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
