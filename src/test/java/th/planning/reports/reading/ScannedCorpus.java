package th.planning.reports.reading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import th.planning.reports.document.Document;
import th.planning.reports.support.ScannedCopies;
import th.planning.reports.thai.ThaiText;

/**
 * Scanned copies of five sample reports ({@link ScannedCopies}: 200 dpi, JPEG, a slight rotation and
 * noise, no text layer), made once into target/scanned-corpus, and read by OCR once per test run for
 * every test that measures them. Tesseract's output is kept there by page image (tsv/), so a run
 * that changes nothing after OCR does not wait for Tesseract again.
 */
public final class ScannedCorpus {

    /** Reports of different agencies and layouts: amounts with and without satang, dashes, blanks. */
    public static final List<String> REPORTS = List.of("01", "07", "13", "22", "34");

    static final Path DIR = Path.of("target", "scanned-corpus");

    private static Map<String, Document> scanned;
    private static Map<String, Document> text;

    private ScannedCorpus() {
    }

    /** Null when OCR can run here, otherwise why not. */
    public static String unavailable() {
        return Tesseract.unavailable();
    }

    /** The scans read by OCR, by report number. */
    public static synchronized Map<String, Document> scanned() {
        read();
        return scanned;
    }

    /** The same reports' PDFs read from their text layer, by report number. */
    public static synchronized Map<String, Document> text() {
        read();
        return text;
    }

    private static void read() {
        if (scanned != null) {
            return;
        }
        Map<String, Document> s = new TreeMap<>();
        Map<String, Document> t = new TreeMap<>();
        DocumentReader reader = DocumentReaders.withCanonicalizer(ThaiText::canonicalize);
        Tesseract.cache = DIR.resolve("tsv");
        try {
            Files.createDirectories(DIR);
            for (String nn : REPORTS) {
                Path pdf = samplePdf(nn);
                Path scan = DIR.resolve("scan-" + nn + ".pdf");
                if (!Files.exists(scan)) {
                    ScannedCopies.scan(pdf, scan, Long.parseLong(nn), 0);
                }
                t.put(nn, reader.read(pdf));
                s.put(nn, reader.read(scan));
                // what was read, beside the text layer, to look at when a figure is missed
                Files.writeString(DIR.resolve("scan-" + nn + ".ocr.txt"), s.get(nn).text());
                Files.writeString(DIR.resolve("scan-" + nn + ".text.txt"), t.get(nn).text());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Tesseract.cache = null;
        }
        scanned = s;
        text = t;
    }

    /** sample-input's report-NN.pdf. */
    public static Path samplePdf(String nn) throws IOException {
        try (var files = Files.walk(Path.of("sample-input"))) {
            return files.filter(p -> p.getFileName().toString().equals("report-" + nn + ".pdf")).findFirst()
                    .orElseThrow();
        }
    }

    /** Levenshtein distance: how many characters to insert, delete or change to make one text the other. */
    public static int editDistance(String a, String b) {
        return PdfReader.editDistance(a, b, Integer.MAX_VALUE);
    }
}
