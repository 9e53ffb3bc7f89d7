package th.planning.reports.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import th.planning.reports.document.Document;
import th.planning.reports.support.HostileFiles;

/**
 * What one file may make a reader do, whatever its size on disk: a PDF whose content inflates to
 * hundreds of MB is refused at once with the limit, never parsed until the heap runs out; a read
 * that is interrupted stops; a docx whose text compresses well is read, and a zip bomb is refused
 * as over the expansion limit, not as "corrupt".
 */
class ReadingLimitsTest {

    @TempDir
    Path dir;

    private final DocumentReader pdfs = new PdfReader(UnaryOperator.identity());

    // Without the limits PDFBox parses the content until the heap runs out, ignoring interrupts: a
    // separate thread lets the test fail at its time limit instead of hanging the build.
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @Test
    void aPdfWhoseContentInflatesTo300MbIsRejectedAtOnceWithTheLimit() throws IOException {
        Path bomb = dir.resolve("bomb.pdf");
        HostileFiles.contentBombPdf(bomb, 300L * 1024 * 1024);
        assertThat(Files.size(bomb)).isLessThan(2L * 1024 * 1024);

        long t0 = System.nanoTime();
        assertThatThrownBy(() -> pdfs.read(bomb))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("content stream inflates past 32 MB");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void theContentLimitIsTheReadersSetting() throws IOException {
        Path pdf = dir.resolve("two-mb.pdf");
        HostileFiles.contentBombPdf(pdf, 2L * 1024 * 1024);
        PdfReader oneMb = new PdfReader(UnaryOperator.identity(), new ReadingLimits(1024 * 1024, 500));
        assertThatThrownBy(() -> oneMb.read(pdf)).hasMessage("content stream inflates past 1 MB");
    }

    // The bound used to inflate each stream into a counter and PDFBox inflated it again to parse
    // it: 10 % more CPU over the sample reports. The stream's raw bytes are opened once per read.
    @Test
    void theContentLimitInflatesEachContentStreamOnceForTheCheckAndTheParse() throws IOException {
        RawOpenCounting contents = new RawOpenCounting();
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            PDResources resources = new PDResources();
            COSName font = resources.add(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            page.setResources(resources);
            try (OutputStream out = contents.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(("BT /" + font.getName() + " 12 Tf 72 700 Td (Within the limit) Tj ET")
                        .getBytes(StandardCharsets.US_ASCII));
            }
            page.getCOSObject().setItem(COSName.CONTENTS, contents);

            Document read = ((PdfReader) pdfs).read(pdf);

            assertThat(read.lines()).containsExactly("Within the limit");
            assertThat(contents.rawOpens).isEqualTo(1);
        }
    }

    // A form is parsed from the budget's buffer too: its content counts, whichever stream draws it.
    @Test
    void aFormPaintedByThePageIsReadWithinTheLimitAndRefusedPastIt() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            PDResources resources = new PDResources();
            COSName font = resources.add(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            String text = "BT /" + font.getName() + " 12 Tf 72 700 Td (Drawn by a form) Tj ET\n";
            PDFormXObject form = new PDFormXObject(pdf);
            form.setBBox(new PDRectangle(612, 792));
            form.setResources(resources);
            try (OutputStream out = form.getCOSObject().createOutputStream(COSName.FLATE_DECODE)) {
                out.write(text.getBytes(StandardCharsets.US_ASCII));
                byte[] padding = new byte[64 * 1024];
                java.util.Arrays.fill(padding, (byte) ' ');
                for (int i = 0; i < 24; i++) { // 1.5 MB of white space: over a 1 MB limit, no glyphs
                    out.write(padding);
                }
            }
            PDResources pageResources = new PDResources();
            COSName name = pageResources.add(form);
            page.setResources(pageResources);
            COSStream contents = new COSStream();
            try (OutputStream out = contents.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(("/" + name.getName() + " Do").getBytes(StandardCharsets.US_ASCII));
            }
            page.getCOSObject().setItem(COSName.CONTENTS, contents);

            assertThat(((PdfReader) pdfs).read(pdf).lines()).containsExactly("Drawn by a form");
            PdfReader oneMb = new PdfReader(UnaryOperator.identity(), new ReadingLimits(1024 * 1024, 500));
            assertThatThrownBy(() -> oneMb.read(pdf)).hasMessage("content stream inflates past 1 MB");
        }
    }

    /** A content stream that counts how often its encoded bytes are opened for decoding. */
    private static final class RawOpenCounting extends COSStream {
        int rawOpens;

        @Override
        public InputStream createRawInputStream() throws IOException {
            rawOpens++;
            return super.createRawInputStream();
        }
    }

    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @Test
    void aPageWithMoreGlyphsThanAnyReportIsRejectedBeforeTheyFillTheHeap() throws IOException {
        Path dense = dir.resolve("dense.pdf");
        HostileFiles.contentBombPdf(dense, 20L * 1024 * 1024); // under the content limit: 12 million glyphs
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> pdfs.read(dense))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("page 1 draws more than 100000 glyphs of text");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void anInterruptedReadStops() throws Exception {
        Path slow = dir.resolve("slow.pdf");
        HostileFiles.slowPdf(slow, 100, 30_000); // 3 million glyphs, within every limit
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread reading = new Thread(() -> {
            try {
                pdfs.read(slow);
            } catch (Throwable t) {
                outcome.set(t);
            }
        });
        reading.start();
        Thread.sleep(300);
        long t0 = System.nanoTime();
        reading.interrupt();
        reading.join(5000);
        assertThat(reading.isAlive()).isFalse();
        // well under the whole read's time; 500 ms failed once on a busy CI-sized machine (542 ms)
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
        assertThat(outcome.get()).isInstanceOf(UnreadableDocumentException.class).hasMessage(PdfReader.INTERRUPTED);
    }

    @Test
    void aDocxWithSixMegabytesOfRepeatedTextIsReadWithTheDefaultLimit() throws IOException {
        Path docx = dir.resolve("long.docx");
        HostileFiles.repetitiveDocx(docx, 6);
        String text = new DocxReader(UnaryOperator.identity()).read(docx).text();
        assertThat(text.length()).isGreaterThan(2_000_000);
        assertThat(text).startsWith("ผลการดำเนินงานตามแผนงานโครงการ ไตรมาสที่ ๔");
    }

    @Test
    void aDocxOverTheExpansionLimitSaysSoAndIsNotCalledCorrupt() throws IOException {
        Path docx = dir.resolve("long.docx");
        HostileFiles.repetitiveDocx(docx, 6);
        DocxReader strict = new DocxReader(UnaryOperator.identity(), new ReadingLimits(32L * 1024 * 1024, 100));
        try {
            assertThatThrownBy(() -> strict.read(docx))
                    .isInstanceOf(UnreadableDocumentException.class)
                    .hasMessageStartingWith("docx part word/document.xml exceeds the expansion limit: it inflates to more"
                            + " than 100 times its compressed size")
                    .hasMessageContaining("report-etl.max-zip-expansion")
                    .hasMessageNotContaining("corrupt");
        } finally {
            new DocxReader(UnaryOperator.identity()).read(docx); // POI's limit is global: back to the default
        }
    }
}
