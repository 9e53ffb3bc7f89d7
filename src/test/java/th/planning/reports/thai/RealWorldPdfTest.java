package th.planning.reports.thai;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Acrobat-made FY2565 budget volumes (shared/real-world): the canonical text must be near-clean Thai. */
class RealWorldPdfTest {

    record Counts(int raw, int canonical, String canonicalText) {
    }

    static Counts measure(Path pdf) throws IOException {
        String raw;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            raw = stripper.getText(doc);
        }
        StringBuilder canonical = new StringBuilder(raw.length());
        for (String line : raw.split("\n", -1)) {
            canonical.append(ThaiText.canonicalize(line)).append('\n');
        }
        String text = canonical.toString();
        return new Counts(Orthography.countViolations(raw), Orthography.countViolations(text), text);
    }

    @Test
    void canonicalTextOfVolume31RepairsBrokenWordsAndMostViolations() throws IOException {
        Counts c = measure(SeedFiles.realWorld("budget-bill-2565-vol31.pdf"));
        System.out.println("vol31 violations raw=" + c.raw() + " canonical=" + c.canonical());
        assertTrue(c.raw() > 1000, "raw violations: " + c.raw());
        // Measured 1850 -> 45 (2.4%) for canonicalize alone on PDFTextStripper's lines; the reader's own
        // line building takes it under 1% (see reading.RealWorldPdfReadingTest).
        assertTrue(c.canonical() * 100 <= c.raw() * 3, "raw=" + c.raw() + " canonical=" + c.canonical());
        assertTrue(c.canonicalText().contains("ล้านบาท"));
        assertTrue(c.canonicalText().contains("สารบัญ"));
        assertTrue(c.canonicalText().contains("ประจำปี"));
        assertFalse(c.canonicalText().contains("ลา้นบาท"));
        assertFalse(c.canonicalText().contains("สารบััญ"));
        assertFalse(c.canonicalText().contains("ประจำำ\uFFFDปี"));
    }

    @Test
    void canonicalTextOfVolume14HasAtMostThreePercentOfRawViolations() throws IOException {
        Counts c = measure(SeedFiles.realWorld("budget-bill-2565-vol14.pdf"));
        System.out.println("vol14 violations raw=" + c.raw() + " canonical=" + c.canonical());
        // Measured 6767 -> 135 (2.0%).
        assertTrue(c.canonical() * 100 <= c.raw() * 3, "raw=" + c.raw() + " canonical=" + c.canonical());
    }
}
