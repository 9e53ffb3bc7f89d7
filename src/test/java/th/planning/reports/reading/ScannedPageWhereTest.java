package th.planning.reports.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.planning.reports.document.Document;
import th.planning.reports.document.Paragraph;
import th.planning.reports.document.Where;
import th.planning.reports.support.ScannedCopies;
import th.planning.reports.thai.ThaiText;

/** A page read by OCR gives its lines the page's number, as a text page does. */
class ScannedPageWhereTest {

    private static final Path REPORT_01 = Path.of("sample-input/2567/Q4/สำนักงานสถิติแห่งชาติ/report-01.pdf");

    @TempDir
    Path dir;

    @Test
    void report01WithItsFirstPageAppendedAsAScanReadsThatPageAsPage7() throws Exception {
        assumeTrue(Tesseract.unavailable() == null, "OCR test skipped: " + Tesseract.unavailable());
        Path mixed = dir.resolve("mixed.pdf");
        try (PDDocument text = Loader.loadPDF(REPORT_01.toFile())) {
            var image = new PDFRenderer(text).renderImageWithDPI(0, ScannedCopies.DPI, ImageType.GRAY);
            ScannedCopies.addImagePage(text, image, text.getPage(0).getMediaBox());
            text.save(mixed.toFile());
        }
        Document read = DocumentReaders.withCanonicalizer(ThaiText::canonicalize).read(mixed);

        assertThat(read.source().ocrPages()).isEqualTo(1);
        assertThat(((Paragraph) read.blocks().get(0)).where()).isEqualTo(Where.page(1));
        // 9,365,800 is printed on text pages 1 (§๓'s project value) and 4 (§๙.๑), and on the scan of page 1
        assertThat(read.blocks()).filteredOn(b -> b instanceof Paragraph p && p.text().contains("๙,๓๖๕,๘๐๐"))
                .extracting(b -> ((Paragraph) b).where().text()).containsExactly("page 1", "page 4", "page 7");
    }
}
