package th.planning.reports.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice headless ({@code soffice --convert-to}), for the tests that make legacy .doc/.xls and PDFs
 * from files they wrote. Debian: {@code apt-get install libreoffice-writer-nogui libreoffice-calc-nogui}
 * (about 45 s); the tests that need it are skipped, saying so, where it is absent.
 */
public final class LibreOffice {

    /** Why a test needing LibreOffice is skipped where it is absent. */
    public static final String ABSENT = "LibreOffice (soffice) is not installed: apt-get install "
            + "libreoffice-writer-nogui libreoffice-calc-nogui to make and read the .doc, .xls and PDF renditions";

    private LibreOffice() {
    }

    public static boolean installed() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, "soffice"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Converts every file to {@code format} ("pdf", "doc", "xls") into {@code outDir}, in one LibreOffice
     * process with a profile of its own (so it never meets another running instance); returns the outputs
     * in the order of the inputs, and fails naming any file it did not produce.
     */
    public static List<Path> convert(List<Path> files, String format, Path outDir) throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        Path profile = Files.createTempDirectory("lo-profile");
        List<String> cmd = new ArrayList<>(List.of("soffice", "--headless", "--norestore",
                "-env:UserInstallation=" + profile.toUri(), "--convert-to", format, "--outdir", outDir.toString()));
        files.forEach(f -> cmd.add(f.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(outDir.resolve("soffice-" + format + ".log").toFile()).start();
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("soffice did not finish converting to " + format + " in 15 minutes");
        }
        List<Path> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            Path target = outDir.resolve(name.substring(0, name.lastIndexOf('.') + 1) + format);
            if (!Files.isRegularFile(target)) {
                throw new IOException("soffice made no " + target + " (exit " + p.exitValue() + "): "
                        + Files.readString(outDir.resolve("soffice-" + format + ".log")));
            }
            out.add(target);
        }
        return out;
    }
}
