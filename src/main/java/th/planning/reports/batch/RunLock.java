package th.planning.reports.batch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * One run per warehouse at a time, and no reader in the way of a run. The operating system releases
 * the locks when the process dies, even by kill -9, so a crashed run never blocks the next one.
 *
 * <p>Two lock files. {@code .run.lock}: a run holds it exclusively for its whole life; a second run
 * that cannot take it refuses. {@code .readers.lock}: a run holds it exclusively too, and a reader
 * ({@code status}) holds it shared while it has the warehouse and the job repository open. Both DuckDB
 * and an embedded H2 refuse a writer while another process has the file open, so without it a
 * {@code status} at the moment a run opened them made the run fail. A run waits for the readers to
 * finish (a reading takes well under a second). Runs come first: a reader takes its share only while
 * holding a shared lock on {@code .run.lock} for an instant, so a reader never starts while a run is
 * active or waiting, and says so instead (exit 3). A run that finds {@code .run.lock} held tries again
 * for {@link #RUN_LOCK_RETRY} before it refuses, which outlasts a reader's instant and not a run.
 */
public final class RunLock implements AutoCloseable {

    static final String RUN_LOCK = ".run.lock";
    static final String READERS_LOCK = ".readers.lock";
    /** How long a run or a reader tries for {@code .run.lock} (held by a reader for an instant, by a run for its life). */
    static final Duration RUN_LOCK_RETRY = Duration.ofSeconds(1);
    /** How long a run waits for readers to finish before it gives up. */
    static final Duration READERS_WAIT = Duration.ofSeconds(60);

    private final FileChannel channel;
    private final FileLock lock;
    private final FileChannel readersChannel;
    private final FileLock readersLock;

    private RunLock(FileChannel channel, FileLock lock, FileChannel readersChannel, FileLock readersLock) {
        this.channel = channel;
        this.lock = lock;
        this.readersChannel = readersChannel;
        this.readersLock = readersLock;
    }

    /**
     * Takes the run lock, then waits for any reader to finish.
     *
     * @throws AlreadyRunningException when another process holds the warehouse
     */
    public static RunLock acquire(Path warehouseDir) throws IOException {
        Files.createDirectories(warehouseDir);
        Path file = warehouseDir.resolve(RUN_LOCK);
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock l = tryLockFor(ch, false, RUN_LOCK_RETRY);
        if (l == null) {
            ch.close();
            throw new AlreadyRunningException("another run is using the warehouse " + warehouseDir.toAbsolutePath()
                    + " (lock held on " + file + "); this run did nothing");
        }
        FileChannel readers = null;
        boolean acquired = false;
        try {
            readers = FileChannel.open(warehouseDir.resolve(READERS_LOCK), StandardOpenOption.CREATE,
                    StandardOpenOption.READ, StandardOpenOption.WRITE);
            long deadline = System.nanoTime() + READERS_WAIT.toNanos();
            FileLock r;
            while ((r = tryLock(readers, false)) == null) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("a reader (report-etl status) has held " + warehouseDir.resolve(READERS_LOCK)
                            + " for over " + READERS_WAIT.toSeconds() + " s; this run did nothing");
                }
                pause(warehouseDir);
            }
            acquired = true;
            return new RunLock(ch, l, readers, r);
        } finally {
            if (!acquired) {
                l.release();
                ch.close();
                if (readers != null) {
                    readers.close();
                }
            }
        }
    }

    /**
     * A reader's share of the warehouse, held while it has the warehouse or the job repository open.
     *
     * @return null when the lock file cannot be opened (a warehouse this user may not write, never run
     *         by this version): the reader goes on unprotected, as before
     * @throws AlreadyRunningException when a run holds the warehouse
     */
    public static java.io.Closeable forReading(Path warehouseDir) throws IOException {
        FileChannel run;
        try {
            run = openForReading(warehouseDir.resolve(RUN_LOCK));
        } catch (IOException e) {
            return null;
        }
        try (run) {
            FileLock gate = tryLockFor(run, true, RUN_LOCK_RETRY);
            if (gate == null) {
                throw new AlreadyRunningException("a run is using the warehouse " + warehouseDir.toAbsolutePath()
                        + "; try again when it has finished");
            }
            FileChannel readers;
            try {
                readers = openForReading(warehouseDir.resolve(READERS_LOCK));
            } catch (IOException e) {
                return null;
            }
            // No run holds the readers' lock while we hold the run lock's share (a run takes it second).
            FileLock l = tryLock(readers, true);
            if (l == null) {
                readers.close();
                throw new AlreadyRunningException("a run is using the warehouse " + warehouseDir.toAbsolutePath()
                        + "; try again when it has finished");
            }
            return () -> {
                l.release();
                readers.close();
            };
        }
    }

    /** Read-only when the file exists (a reader may not be allowed to write the warehouse directory). */
    private static FileChannel openForReading(Path file) throws IOException {
        return Files.exists(file)
                ? FileChannel.open(file, StandardOpenOption.READ)
                : FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    private static FileLock tryLockFor(FileChannel ch, boolean shared, Duration patience) throws IOException {
        long deadline = System.nanoTime() + patience.toNanos();
        FileLock l;
        while ((l = tryLock(ch, shared)) == null && System.nanoTime() < deadline) {
            pause(null);
        }
        return l;
    }

    private static void pause(Path warehouseDir) throws IOException {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for a lock" + (warehouseDir == null ? "" : " on " + warehouseDir), e);
        }
    }

    /** Null when another process, or another channel of this one, holds the file. */
    private static FileLock tryLock(FileChannel ch, boolean shared) throws IOException {
        try {
            return ch.tryLock(0L, Long.MAX_VALUE, shared);
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        readersLock.release();
        readersChannel.close();
        lock.release();
        channel.close();
    }

    public static final class AlreadyRunningException extends IOException {
        public AlreadyRunningException(String message) {
            super(message);
        }
    }
}
