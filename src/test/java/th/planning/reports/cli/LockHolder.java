package th.planning.reports.cli;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Run in a child JVM by a test: holds a lock on a file, as another process's DuckDB writer would, until killed. */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (FileChannel ch = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE); FileLock lock = ch.lock()) {
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(60_000);   // bounded, should the test fail to stop it
        }
    }
}
