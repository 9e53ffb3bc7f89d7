package th.planning.reports.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.planning.reports.document.Document;
import th.planning.reports.support.ScannedCopies;
import th.planning.reports.thai.ThaiText;

/** Scanned pages of sample report 01: alone, appended to its text pages, and on a machine without OCR. */
class ScannedPdfTest {

    @TempDir
    Path dir;

    private static Path report01() throws IOException {
        try (var files = Files.walk(Path.of("sample-input"))) {
            return files.filter(p -> p.getFileName().toString().equals("report-01.pdf")).findFirst().orElseThrow();
        }
    }

    @Test
    void scannedReport01IsRejectedWithWhatToInstallWhenOcrIsMissing() throws IOException {
        Path scan = ScannedCopies.scan(report01(), dir.resolve("scan.pdf"), 1, 1);
        PdfReader withoutOcr = new PdfReader(ThaiText::canonicalize, ReadingLimits.DEFAULT,
                new ScannedPages(() -> "tesseract is not installed (" + Tesseract.INSTALL + ")"));

        assertThatThrownBy(() -> withoutOcr.read(scan))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("scanned PDF")
                .hasMessageContaining("apt-get install tesseract-ocr tesseract-ocr-tha");
    }

    @Test
    void report01WithAScannedPageAppendedIsReadAsMixed() throws IOException {
        assumeTrue(Tesseract.unavailable() == null, "OCR test skipped: " + Tesseract.unavailable());
        Path mixed = dir.resolve("mixed.pdf");
        // the report's own six text pages, then its first page again as a scan (as a signed page is sent)
        try (PDDocument text = Loader.loadPDF(report01().toFile())) {
            var image = new PDFRenderer(text).renderImageWithDPI(0, ScannedCopies.DPI, ImageType.GRAY);
            ScannedCopies.addImagePage(text, image, text.getPage(0).getMediaBox());
            text.save(mixed.toFile());
        }
        Document textOnly = DocumentReaders.withCanonicalizer(ThaiText::canonicalize).read(report01());
        Document read = DocumentReaders.withCanonicalizer(ThaiText::canonicalize).read(mixed);

        assertThat(read.source().label()).isEqualTo("mixed");
        assertThat(read.source().pages()).isEqualTo(7);
        assertThat(read.source().ocrPages()).isEqualTo(1);
        assertThat(read.source().ocrConfidence()).isGreaterThan(50.0);
        // the text pages as they were, then the scanned page's lines: its title and amount, digits right
        assertThat(read.lines().subList(0, 10)).isEqualTo(textOnly.lines().subList(0, 10));
        String scannedPart = String.join("\n", read.lines().subList(textOnly.lines().size() - 1, read.lines().size()));
        assertThat(scannedPart).contains("๒๕๖๗").contains("๙,๓๖๕,๘๐๐").contains("☑");
    }
}
