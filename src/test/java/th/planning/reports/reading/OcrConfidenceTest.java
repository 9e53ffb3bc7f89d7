package th.planning.reports.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import th.planning.reports.document.OcrFigure;
import th.planning.reports.support.ScannedCopies;
import th.planning.reports.thai.ThaiText;
import th.planning.reports.validate.Rules;

/**
 * What {@link OcrPage#LOW_CONFIDENCE} is set from: every figure re-read on the scans of the five
 * sample reports, right when it is a figure of the same report's text layer, against its confidence.
 * The threshold must flag three in four wrong figures at least, and one in twenty right ones at most.
 */
class OcrConfidenceTest {

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
    void lowConfidenceFlagsMostWrongFiguresOfScannedSampleReportsAndFewRightOnes() throws Exception {
        DocumentReader reader = DocumentReaders.withCanonicalizer(ThaiText::canonicalize);
        List<Double> right = new ArrayList<>();
        List<Double> wrong = new ArrayList<>();
        List<String> wrongSeen = new ArrayList<>();
        for (String nn : ScannedReportsTest.REPORTS) {
            Path pdf = ScannedCorpus.samplePdf(nn);
            Path scan = CORPUS.resolve("scan-" + nn + ".pdf");
            if (!Files.exists(scan)) {
                Files.createDirectories(CORPUS);
                ScannedCopies.scan(pdf, scan, Long.parseLong(nn), 0);
            }
            String truth = reader.read(pdf).text();
            for (OcrFigure f : figures(scan)) {
                String figure = ThaiText.canonicalize(f.text());
                // a lone digit is found anywhere; only figures of two digits or more say anything
                if (figure.chars().filter(Character::isDigit).count() < 2) {
                    continue;
                }
                if (Rules.containsFigure(truth, figure)) {
                    right.add(f.confidence());
                } else {
                    wrong.add(f.confidence());
                    wrongSeen.add(nn + ":" + figure + "(" + f.confidence() + ", read " + f.engineRead() + ")");
                }
            }
        }
        double t = OcrPage.LOW_CONFIDENCE;
        long wrongFlagged = wrong.stream().filter(c -> c < t).count();
        long rightFlagged = right.stream().filter(c -> c < t).count();
        System.out.printf("OCR figures: %d right, %d wrong; under %.0f: %d of the wrong, %d of the right%n", right.size(),
                wrong.size(), t, wrongFlagged, rightFlagged);
        for (double at : new double[] {30, 40, 50, 60, 70, 80, 90}) {
            System.out.printf("  under %.0f: wrong %d / %d, right %d / %d%n", at, wrong.stream().filter(c -> c < at).count(),
                    wrong.size(), right.stream().filter(c -> c < at).count(), right.size());
        }
        System.out.println("Wrong figures: " + wrongSeen);
        assertThat(right.size()).isGreaterThan(100);
        assertThat((double) wrongFlagged).as("wrong figures flagged").isGreaterThanOrEqualTo(0.75 * wrong.size());
        assertThat((double) rightFlagged).as("right figures flagged").isLessThanOrEqualTo(0.05 * right.size());
    }

    /** Every figure the OCR pages of a scan re-read, as the PDF reader reads them. */
    private static List<OcrFigure> figures(Path scan) throws Exception {
        List<OcrFigure> out = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(scan.toFile())) {
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                out.addAll(ScannedPages.await(ScannedPages.LOCAL.submit(pdf, i)).figures);
            }
        }
        return out;
    }
}
