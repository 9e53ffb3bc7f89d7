package th.planning.reports.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import th.planning.reports.support.SeedReports;
import th.planning.reports.thai.Orthography;
import th.planning.reports.thai.ThaiText;

/**
 * The text the extractor sees from a real Acrobat-made government PDF (shared/real-world) against
 * PDFBox's own plain text of the same file: the PDF reader rebuilds lines and mark order, then every
 * line is canonicalised, and at most 1% of PDFBox's Thai orthography violations may remain.
 */
class RealWorldPdfReadingTest {

    private static final DocumentReader CANONICAL = DocumentReaders.withCanonicalizer(ThaiText::canonicalize);

    static String pdfBoxText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"budget-bill-2565-vol31.pdf, 1000", "budget-bill-2565-vol14.pdf, 5000"})
    void canonicalTextKeepsAtMostOnePercentOfPdfBoxViolations(String name, int atLeastRaw) throws IOException {
        Path pdf = SeedReports.sharedDir().resolve("real-world").resolve(name);
        int raw = Orthography.countViolations(pdfBoxText(pdf));
        String canonical = CANONICAL.read(pdf).text();
        int left = Orthography.countViolations(canonical);
        System.out.printf("%s: PDFBox raw text %d violations, canonical text %d%n", name, raw, left);
        assertThat(raw).isGreaterThan(atLeastRaw);
        assertThat(left * 100).as("canonical %d of raw %d", left, raw).isLessThanOrEqualTo(raw);
    }

    @org.junit.jupiter.api.Test
    void brokenWordsOfVolume31ComeOutWhole() throws IOException {
        Path pdf = SeedReports.sharedDir().resolve("real-world").resolve("budget-bill-2565-vol31.pdf");
        String raw = pdfBoxText(pdf);
        assertThat(raw).contains("ลา้นบาท").contains("สารบััญ").contains("ประจำำ\uFFFDปี");
        String canonical = CANONICAL.read(pdf).text();
        assertThat(canonical).contains("ล้านบาท").contains("สารบัญ").contains("ประจำปี")
                .doesNotContain("ลา้น").doesNotContain("สารบััญ").doesNotContain("\uFFFD");
    }

    /** Volume 14's cover draws its title twice, the second pass 0.4 pt off in another font: read once. */
    @org.junit.jupiter.api.Test
    void theOverprintedCoverOfVolume14IsReadOnce() throws IOException {
        Path pdf = SeedReports.sharedDir().resolve("real-world").resolve("budget-bill-2565-vol14.pdf");
        String canonical = CANONICAL.read(pdf).text();
        assertThat(canonical).doesNotContain("แออกกสสาารรงงบบ").doesNotContain("งงบบปปรระะมมาาณณ")
                .contains("เอกสารงบประมาณ ฉบับที่ ๓\nงบประมาณรายจ่าย\nประจำปีงบประมาณ พ.ศ. ๒๕๖๕")
                .contains("กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม");
    }
}
