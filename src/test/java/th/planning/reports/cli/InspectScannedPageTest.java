package th.planning.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.planning.reports.reading.ScannedCorpus;
import th.planning.reports.support.ScannedCopies;

/** inspect says a file was read partly or wholly by OCR, as the warehouse's submission.text_source does. */
class InspectScannedPageTest {

    @TempDir
    Path dir;

    @Test
    void report01WithAScannedPageAppendedIsShownAsMixedWithItsOcrConfidence() throws Exception {
        assumeTrue(ScannedCorpus.unavailable() == null, "OCR test skipped: " + ScannedCorpus.unavailable());
        Path mixed = dir.resolve("report-01-signed.pdf");
        try (PDDocument pdf = Loader.loadPDF(ScannedCorpus.samplePdf("01").toFile())) {
            var image = new PDFRenderer(pdf).renderImageWithDPI(0, ScannedCopies.DPI, ImageType.GRAY);
            ScannedCopies.addImagePage(pdf, image, pdf.getPage(0).getMediaBox());
            pdf.save(mixed.toFile());
        }
        List<String> lines = InspectOutput.lines(mixed.toString());
        assertThat(lines).anyMatch(l -> l.matches(
                "file\ttext_source\tmixed\tOCR\t1 of 7 pages read by OCR, mean word confidence \\d+\\.\\d\t"));
        // the text pages still give the report's own figures
        assertThat(lines).anyMatch(l -> l.startsWith("9.1\tallocated\t9365800.00"));

        List<String> text = InspectOutput.lines(ScannedCorpus.samplePdf("01").toString());
        assertThat(text).contains("file\ttext_source\ttext\tTEXT\t\t");
    }
}
