package th.planning.reports.reading;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The Tesseract command ({@code tesseract}, Debian's {@code tesseract-ocr} with
 * {@code tesseract-ocr-tha}) run as a process per page: the page goes in on stdin as a grey PGM, its
 * words come back as TSV (box and confidence per word).
 *
 * <p>Why the command rather than a Java binding: it works with what Debian installs (5.3.0, its
 * Leptonica 1.82) and nothing else; Tess4J 5.x fails against that Leptonica, and bytedeco's
 * tesseract-platform brings its own 5.5.2 natives for linux-x86_64 only (7 MB in the jar, another
 * platform's machine gets nothing). A process is also what the time limit needs: a page that takes
 * too long is killed and its memory is gone, where a native call in the JVM cannot be stopped. The
 * process start costs about 50 ms against 1.5–2 s of recognition per page.
 *
 * <p>Each process runs with {@code OMP_THREAD_LIMIT=1} (Tesseract's own threads make a page 9 s
 * instead of 2 on a busy machine); pages run in parallel instead, at most one process per core
 * in the whole JVM, whichever files they belong to.
 */
final class Tesseract {

    static final String COMMAND = "tesseract";
    static final String LANGUAGE = "tha";
    /** What to install when Tesseract or its Thai model is missing (Debian). */
    static final String INSTALL = "apt-get install tesseract-ocr tesseract-ocr-tha";

    /** One process per core in the JVM, whatever file each page belongs to. */
    private static final Semaphore CORES = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));

    /**
     * When set (by tests), each page's TSV is kept in this directory under a digest of the image and
     * the arguments, and a page already read is not read again: the measurement tests read the same
     * scans in many JVMs while the OCR layer is tuned.
     */
    static volatile Path cache;

    private static volatile String unavailable;
    private static volatile boolean checked;

    private Tesseract() {
    }

    /** One word as Tesseract read it: page pixels, its line's place in the layout, confidence 0–100. */
    record Word(int block, int paragraph, int line, int x, int y, int width, int height, double confidence,
                String text) {
        int right() {
            return x + width;
        }

        int bottom() {
            return y + height;
        }
    }

    /** Null when Tesseract with its Thai model can be run; otherwise why not, with what to install. */
    static String unavailable() {
        if (!checked) {
            synchronized (Tesseract.class) {
                if (!checked) {
                    unavailable = check();
                    checked = true;
                }
            }
        }
        return unavailable;
    }

    private static String check() {
        try {
            Process p = new ProcessBuilder(COMMAND, "--list-langs").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "tesseract did not answer; reinstall it (" + INSTALL + ")";
            }
            if (!out.lines().map(String::strip).toList().contains(LANGUAGE)) {
                return "tesseract has no Thai model (apt-get install tesseract-ocr-tha)";
            }
            if (!ThaiDigitClassifier.fontsInstalled()) {
                return "the Thai digit reader needs the TLWG fonts (apt-get install fonts-thai-tlwg)";
            }
            return null;
        } catch (IOException e) {
            return "tesseract is not installed (" + INSTALL + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "tesseract check interrupted";
        }
    }

    /**
     * The words of one grey page image rendered at {@code dpi}, within {@code limit} (the process is
     * killed past it). Page segmentation is automatic ({@code --psm 3}), which keeps table cells.
     */
    static List<Word> read(BufferedImage gray, int dpi, Duration limit) throws IOException {
        return read(gray, dpi, limit, PAGE);
    }

    /** Page segmentation of a whole page: automatic, which keeps table cells. */
    static final int PAGE = 3;
    /** Page segmentation of an image holding one line of text ({@link MissedLines}). */
    static final int LINE = 7;

    /** The words of a grey image read with page segmentation mode {@code psm}. */
    static List<Word> read(BufferedImage gray, int dpi, Duration limit, int psm) throws IOException {
        Path dir = cache;
        if (dir == null) {
            return run(gray, dpi, limit, psm);
        }
        Path kept = dir.resolve(digest(gray, dpi, psm) + ".tsv");
        if (Files.exists(kept)) {
            return parseTsv(Files.readAllLines(kept, StandardCharsets.UTF_8));
        }
        List<Word> words = run(gray, dpi, limit, psm);
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "page", ".tmp");
        List<String> rows = new ArrayList<>();
        for (Word w : words) {
            rows.add(String.join("\t", "5", "1", Integer.toString(w.block()), Integer.toString(w.paragraph()),
                    Integer.toString(w.line()), "0", Integer.toString(w.x()), Integer.toString(w.y()),
                    Integer.toString(w.width()), Integer.toString(w.height()), Double.toString(w.confidence()), w.text()));
        }
        Files.write(tmp, rows, StandardCharsets.UTF_8);
        Files.move(tmp, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return words;
    }

    private static String digest(BufferedImage gray, int dpi, int psm) {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            // a page's key is what it was before other modes were used, so kept pages stay valid
            md.update((LANGUAGE + " " + dpi + " " + gray.getWidth() + "x" + gray.getHeight()
                    + (psm == PAGE ? "" : " psm " + psm)).getBytes(StandardCharsets.UTF_8));
            int[] row = new int[gray.getWidth()];
            byte[] bytes = new byte[row.length];
            for (int y = 0; y < gray.getHeight(); y++) {
                gray.getRaster().getSamples(0, y, row.length, 1, 0, row);
                for (int x = 0; x < row.length; x++) {
                    bytes[x] = (byte) row[x];
                }
                md.update(bytes);
            }
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Word> run(BufferedImage gray, int dpi, Duration limit, int psm) throws IOException {
        Path out = Files.createTempFile("report-etl-ocr", ".tsv");
        boolean acquired = false;
        Process p = null;
        try {
            CORES.acquire();
            acquired = true;
            ProcessBuilder pb = new ProcessBuilder(COMMAND, "stdin", "stdout", "-l", LANGUAGE, "--dpi",
                    Integer.toString(dpi), "--psm", Integer.toString(psm), "tsv")
                    .redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("OMP_THREAD_LIMIT", "1");
            long deadline = System.nanoTime() + limit.toNanos();
            p = pb.start();
            try (OutputStream in = new BufferedOutputStream(p.getOutputStream(), 1 << 16)) {
                writePgm(gray, in);
            }
            long left = deadline - System.nanoTime();
            if (!p.waitFor(Math.max(0, left), TimeUnit.NANOSECONDS)) {
                throw new UnreadableDocumentException("a scanned page took longer than " + limit.toSeconds()
                        + " s to read by OCR");
            }
            if (p.exitValue() != 0) {
                throw new UnreadableDocumentException("tesseract failed on a scanned page (exit status "
                        + p.exitValue() + ")");
            }
            return parseTsv(Files.readAllLines(out, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreadableDocumentException(PdfReader.INTERRUPTED);
        } finally {
            if (p != null && p.isAlive()) {
                p.destroyForcibly();
            }
            if (acquired) {
                CORES.release();
            }
            Files.deleteIfExists(out);
        }
    }

    private static void writePgm(BufferedImage gray, OutputStream out) throws IOException {
        out.write(("P5\n" + gray.getWidth() + " " + gray.getHeight() + "\n255\n").getBytes(StandardCharsets.US_ASCII));
        if (gray.getType() == BufferedImage.TYPE_BYTE_GRAY && gray.getRaster().getDataBuffer() instanceof DataBufferByte b
                && b.getData().length == gray.getWidth() * gray.getHeight()) {
            out.write(b.getData());
            return;
        }
        int[] row = new int[gray.getWidth()];
        byte[] bytes = new byte[gray.getWidth()];
        for (int y = 0; y < gray.getHeight(); y++) {
            gray.getRaster().getSamples(0, y, gray.getWidth(), 1, 0, row);
            for (int x = 0; x < row.length; x++) {
                bytes[x] = (byte) row[x];
            }
            out.write(bytes);
        }
    }

    /** Tesseract's TSV: level 5 rows are words (level, page, block, par, line, word, left, top, width, height, conf, text). */
    static List<Word> parseTsv(List<String> lines) {
        List<Word> words = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            if (f.length < 12 || !"5".equals(f[0])) {
                continue;
            }
            String text = f[11].strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                words.add(new Word(Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]),
                        Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]), Integer.parseInt(f[9]),
                        Double.parseDouble(f[10]), text));
            } catch (NumberFormatException e) {
                // a malformed row: skipped, as Tesseract never writes one
            }
        }
        return words;
    }
}
