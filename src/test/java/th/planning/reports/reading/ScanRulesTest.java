package th.planning.reports.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.planning.reports.support.ScannedCopies;

/**
 * The ruling lines of scanned pages of sample report 01 (ScannedCopies: 200 dpi, turned by a fraction of a
 * degree, noise, JPEG), found in the page image as the reader renders it: page 4 holds the end of §๗'s
 * table and §๑๑.๑'s (indicator | this year's target | result), page 5 §๑๔'s progress with its dotted blank
 * ("ร้อยละ .....๓๕......") and §๑๑.๒'s table.
 */
class ScanRulesTest {

    @TempDir
    static Path dir;

    private static BufferedImage page4;
    private static BufferedImage page5;

    @BeforeAll
    static void scanReport01() throws Exception {
        Path scan = ScannedCopies.scan(ScannedCorpus.samplePdf("01"), dir.resolve("scan-01.pdf"), 1, 5);
        try (PDDocument pdf = Loader.loadPDF(scan.toFile())) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            page4 = renderer.renderImageWithDPI(3, ScannedPages.DPI, ImageType.GRAY);
            page5 = renderer.renderImageWithDPI(4, ScannedPages.DPI, ImageType.GRAY);
        }
    }

    @Test
    void tableOfSection11Point1OnScannedReport01Page4HasItsThreeColumnsWhereThePdfDrawsThem() {
        ScanRules rules = ScanRules.find(page4, ScannedPages.DPI);
        // the scanner turned the page by 0.3-0.8 degrees: a slope of 0.005-0.014 either way
        assertThat(Math.abs(rules.slope)).isBetween(0.005, 0.014);
        List<RuledGrids.Grid> grids = rules.grids().grids();
        assertThat(grids).hasSize(2);
        RuledGrids.Grid indicators = grids.get(1);
        // the text PDF's rules of that table stand at x 85, 312, 426 and 539 pt
        assertThat(indicators.xs()).hasSize(4);
        float[] pdf = {85f, 312f, 426f, 539f};
        for (int i = 0; i < pdf.length; i++) {
            assertThat(indicators.xs()[i]).as("column boundary " + i).isCloseTo(pdf[i], within(2f));
        }
        // header (two rows, the first with "ปี พ.ศ. ๒๕๖๗" across target and result) and two indicators
        assertThat(indicators.ys()).hasSize(5);
        assertThat(indicators.cells()).hasSize(10);
    }

    @Test
    void lettersAndTheDottedBlankOfScannedReport01Page5AreNoRules() {
        ScanRules rules = ScanRules.find(page5, ScannedPages.DPI);
        List<RuledGrids.Grid> grids = rules.grids().grids();
        assertThat(grids).hasSize(1);
        // every rule found down the page is a column boundary of §๑๑.๒'s table, every one across a row's
        assertThat(rules.vertical).hasSize(grids.get(0).xs().length);
        assertThat(rules.horizontal).hasSize(grids.get(0).ys().length);
    }

    @Test
    void rulesOfScannedReport01Page4ArePaintedOverBeforeOcr() {
        BufferedImage copy = new BufferedImage(page4.getColorModel(), page4.copyData(null), false, null);
        assertThat(ScanRules.findAndErase(copy, ScannedPages.DPI).grids().grids()).hasSize(2);
        // painted over: the image holds no rule any more
        assertThat(ScanRules.find(copy, ScannedPages.DPI).grids().grids()).isEmpty();
    }
}
