package th.planning.reports.warehouse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a failure says about the warehouse's storage, read from the messages of the whole exception
 * chain (DuckDB reports everything as {@code SQLException} text, H2 and the JDK bury the operating
 * system's reason a few causes down). The operator's way out differs for each, so each gets its own
 * message and exit status instead of a stack trace.
 */
public enum StorageFault {

    /** The disk is full: free space and run again; the rerun completes what the failed one left. */
    NO_SPACE("no space left on device", "enospc", "disk full", "disk is full", "could not write all bytes",
            "\"errno\":\"28\""),
    /** Another process holds DuckDB's lock on the file (a run, or a DuckDB CLI left open). */
    LOCKED("could not set lock on file", "conflicting lock is held"),
    /** The file is not (or no longer) a whole DuckDB database: truncated, zeroed, garbled. */
    DAMAGED("not a valid duckdb database file", "could not read enough bytes from file", "corrupt database file",
            "data corruption error", "does not match stored checksum");

    private static final Pattern DUCKDB_FILE = Pattern.compile("file \\\\?\"(.+?)\\\\?\"");

    private final List<String> signs;

    StorageFault(String... signs) {
        this.signs = List.of(signs);
    }

    /**
     * The fault this failure shows, if any. A full disk wins over the rest: once H2 or DuckDB has
     * failed to write, the errors on top of it ("database has been closed") are consequences.
     */
    public static Optional<StorageFault> of(Throwable failure) {
        List<Throwable> chain = chain(failure);
        for (StorageFault f : values()) {
            for (Throwable t : chain) {
                if (f.matches(t.getMessage())) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    /** The first of these failures that shows this fault, e.g. among a job's failure exceptions. */
    public static Optional<Throwable> find(StorageFault fault, List<? extends Throwable> failures) {
        return failures.stream().filter(t -> of(t).orElse(null) == fault).map(t -> (Throwable) t).findFirst();
    }

    /** This fault's message in the chain, first line only (DuckDB adds hints and carets below). */
    public Optional<String> message(Throwable failure) {
        return chain(failure).stream().map(Throwable::getMessage).filter(this::matches)
                .map(m -> m.lines().findFirst().orElse("").strip()).findFirst();
    }

    /** The file DuckDB names in this fault's message ({@code Could not write file "/x/y"}), if any. */
    public Optional<Path> file(Throwable failure) {
        return message(failure).map(DUCKDB_FILE::matcher).filter(Matcher::find).map(m -> Path.of(m.group(1)));
    }

    /**
     * For the operator: where the disk is full and what to do.
     *
     * @param where the directory the run writes to, named when no message names a file
     */
    public static String noSpaceMessage(Throwable failure, Path where) {
        Path at = NO_SPACE.file(failure).orElse(where).toAbsolutePath().normalize();
        String said = NO_SPACE.message(failure).orElse("");
        return "no space left on device at " + at
                + (said.equalsIgnoreCase("no space left on device") ? "" : " (" + said + ")") + "; free space"
                + " on that file system and run ingest again: the next run completes what this one left undone";
    }

    private boolean matches(String message) {
        if (message == null) {
            return false;
        }
        String m = message.toLowerCase(Locale.ROOT);
        return signs.stream().anyMatch(m::contains);
    }

    /** The failure, its causes and everything suppressed along the way, each once. */
    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> out = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> todo = new ArrayList<>();
        if (failure != null) {
            todo.add(failure);
        }
        while (!todo.isEmpty()) {
            Throwable t = todo.remove(0);
            if (!seen.add(t)) {
                continue;
            }
            out.add(t);
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            todo.addAll(List.of(t.getSuppressed()));
        }
        return out;
    }
}
