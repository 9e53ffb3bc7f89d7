package th.planning.reports.batch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One run per warehouse at a time. The operating system releases the lock when the process dies,
 * even by kill -9, so a crashed run never blocks the next one.
 */
public final class RunLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws AlreadyRunningException when another process holds the warehouse */
    public static RunLock acquire(Path warehouseDir) throws IOException {
        Files.createDirectories(warehouseDir);
        Path file = warehouseDir.resolve(".run.lock");
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock l;
        try {
            l = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            l = null;
        }
        if (l == null) {
            ch.close();
            throw new AlreadyRunningException("another run is using the warehouse " + warehouseDir.toAbsolutePath()
                    + " (lock held on " + file + "); this run did nothing");
        }
        return new RunLock(ch, l);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }

    public static final class AlreadyRunningException extends IOException {
        public AlreadyRunningException(String message) {
            super(message);
        }
    }
}
