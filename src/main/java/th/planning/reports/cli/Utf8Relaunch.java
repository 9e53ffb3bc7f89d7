package th.planning.reports.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Java 17 takes the encoding of file names ({@code sun.jnu.encoding}) from the locale when it starts,
 * and nothing changes it afterwards: not {@code -Dsun.jnu.encoding} (ignored), not the jar's manifest.
 * Under cron, with no LANG, it is ASCII and no Thai file name can be opened. So {@code java -jar} started
 * that way runs itself again under {@code LC_ALL=C.UTF-8} and passes on its exit status; the scripts in
 * {@code jobs/} set the locale themselves and never get here.
 *
 * <p>Only when the command line is plain ASCII, as the JVM decoded it with the same wrong encoding and a
 * Thai argument could not be given again exactly; otherwise, or when no UTF-8 locale is installed, the
 * run goes on and the scan names each file it cannot open, with this remedy, and leaves it for the next run.
 */
final class Utf8Relaunch {

    /** Set in the started process, so it never starts another (if C.UTF-8 is not installed, say). */
    static final String MARKER = "REPORT_ETL_RELAUNCHED_FROM_ENCODING";

    private Utf8Relaunch() {
    }

    /** The exit status of this command run again under a UTF-8 locale; empty when this process can go on itself. */
    static OptionalInt ifNeeded() {
        String encoding = System.getProperty("sun.jnu.encoding", "");
        if (encoding.equalsIgnoreCase("UTF-8") || System.getenv(MARKER) != null) {
            return OptionalInt.empty();
        }
        List<String> command = asciiCommandLine();
        if (command == null) {
            return OptionalInt.empty();
        }
        System.err.println("report-etl: the locale's file-name encoding is " + encoding
                + ", in which Thai file names cannot be opened; running again with LC_ALL=C.UTF-8");
        ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
        pb.environment().put("LC_ALL", "C.UTF-8");
        pb.environment().put(MARKER, encoding);
        Process child;
        try {
            child = pb.start();
        } catch (IOException e) {
            System.err.println("report-etl: could not run again (" + e.getMessage() + "); going on as started");
            return OptionalInt.empty();
        }
        // A SIGTERM to this process (systemd, timeout) is passed on and waited for, as the run must end cleanly.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            child.destroy();
            try {
                child.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        while (true) {
            try {
                return OptionalInt.of(child.waitFor());
            } catch (InterruptedException e) {
                // keep waiting: the child is the run
            }
        }
    }

    /** This process's command line (Linux), when every byte of it is ASCII; null otherwise. */
    static List<String> asciiCommandLine() {
        byte[] raw;
        try {
            raw = Files.readAllBytes(Path.of("/proc/self/cmdline"));
        } catch (IOException | RuntimeException e) {
            return null;
        }
        List<String> args = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] < 0) {
                return null;
            }
            if (raw[i] == 0) {
                args.add(new String(raw, start, i - start, StandardCharsets.US_ASCII));
                start = i + 1;
            }
        }
        if (args.isEmpty()) {
            return null;
        }
        // The same JVM, whatever PATH would find for "java".
        ProcessHandle.current().info().command().ifPresent(java -> args.set(0, java));
        return args;
    }
}
