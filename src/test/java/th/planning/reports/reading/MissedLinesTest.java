package th.planning.reports.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import th.planning.reports.support.ScannedCopies;

/** The second look at a scanned page for the lines Tesseract's page layout returned no word of. */
class MissedLinesTest {

    private static final Path CORPUS = Path.of("target", "scanned-corpus");

    @BeforeAll
    static void keepOcr() {
        assumeTrue(Tesseract.unavailable() == null, "OCR tests skipped: " + Tesseract.unavailable());
        Tesseract.cache = CORPUS.resolve("tsv");
    }

    @AfterAll
    static void stopKeepingOcr() {
        Tesseract.cache = null;
    }

    @Test
    void lineOfSection93OnPage4OfScannedReport07IsReadAgainWhenTesseractLeavesItOut() throws Exception {
        BufferedImage page = page("07", 4);
        List<Tesseract.Word> first = Tesseract.read(page, ScannedPages.DPI, ScannedPages.PAGE_LIMIT);
        List<Tesseract.Word> all = MissedLines.read(page, ScannedPages.DPI, ScannedPages.PAGE_LIMIT);
        // "๙.๓ งบประมาณ ซึ่งดำเนินการเบิกจ่ายแล้ว จำนวน.....-.....บาท": no word of it from the page's reading
        assertThat(first).noneMatch(w -> w.y() + w.height() / 2 > 1841 && w.y() + w.height() / 2 < 1927);
        List<Tesseract.Word> added = all.subList(first.size(), all.size());
        assertThat(text(added)).contains("งบประมาณ", "เบิกจ่ายแล้ว", "บาท");
        // the line's words in page pixels, below the line of ๙.๒'s note and above ๑๐.
        assertThat(added).allSatisfy(w -> assertThat(w.y()).isBetween(1780, 1990));
        assertThat(added.stream().mapToInt(Tesseract.Word::block).distinct().count()).isEqualTo(1);
    }

    @Test
    void pageOfScannedReport01WithNothingLeftOutGetsNoWordsAdded() throws Exception {
        // the first page's ink is all in Tesseract's words, but for single glyphs and the seal
        BufferedImage page = page("01", 2);
        List<Tesseract.Word> first = Tesseract.read(page, ScannedPages.DPI, ScannedPages.PAGE_LIMIT);
        assertThat(MissedLines.read(page, ScannedPages.DPI, ScannedPages.PAGE_LIMIT)).hasSameSizeAs(first);
        assertThat(new MissedLines.Page(page, first).bands()).isEmpty();
    }

    private static String text(List<Tesseract.Word> words) {
        return words.stream().map(Tesseract.Word::text).collect(Collectors.joining());
    }

    private static BufferedImage page(String nn, int number) throws Exception {
        Path scan = CORPUS.resolve("scan-" + nn + ".pdf");
        if (!Files.exists(scan)) {
            Files.createDirectories(CORPUS);
            ScannedCopies.scan(ScannedCorpus.samplePdf(nn), scan, Long.parseLong(nn), 0);
        }
        try (PDDocument pdf = Loader.loadPDF(scan.toFile())) {
            return new PDFRenderer(pdf).renderImageWithDPI(number - 1, ScannedPages.DPI, ImageType.GRAY);
        }
    }
}
