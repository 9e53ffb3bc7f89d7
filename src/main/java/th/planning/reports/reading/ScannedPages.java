package th.planning.reports.reading;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Reads PDF pages that have no text by OCR: each is rendered at {@link #DPI} dpi (grey) in the
 * reading thread, then cleared of its table rules ({@link ScanRules}) and recognised by
 * {@link Tesseract} on a pool thread, so a scan's pages are read
 * on all cores at once (at most one Tesseract process per core in the JVM), and the figures re-read
 * by {@link OcrPage}. Each page has its own time limit ({@link #PAGE_LIMIT}), and asks the job for
 * as much more time for its file ({@link ReadingTime}), so a ten-page scan is not held to the
 * per-file limit made for files with text.
 */
final class ScannedPages {

    static final int DPI = 300;

    /** The most time one scanned page may take: Tesseract takes 1.5–2 s a page, over 60 s on a machine loaded eightfold. */
    static final Duration PAGE_LIMIT = Duration.ofSeconds(120);

    /** A page rendered larger than this many pixels is rendered at a lower resolution (an A3 page at 300 dpi has 17 M). */
    static final long MAX_PIXELS = 40_000_000L;

    /** OCR with the Tesseract installed on this machine, if it is. */
    static final ScannedPages LOCAL = new ScannedPages(Tesseract::unavailable);

    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "ocr-page");
        t.setDaemon(true);
        return t;
    });

    private final Supplier<String> unavailable;

    ScannedPages(Supplier<String> unavailable) {
        this.unavailable = unavailable;
    }

    /** Null when pages can be read by OCR, otherwise why not and what to install. */
    String unavailable() {
        return unavailable.get();
    }

    /** Renders page {@code index} (from 0) now, and reads it by OCR on a pool thread. */
    Future<OcrPage> submit(PDDocument pdf, int index) throws IOException {
        PDRectangle box = pdf.getPage(index).getCropBox();
        float dpi = DPI;
        double pixels = (double) box.getWidth() * box.getHeight() * (DPI / 72.0) * (DPI / 72.0);
        if (pixels > MAX_PIXELS) {
            dpi = (float) (DPI * Math.sqrt(MAX_PIXELS / pixels));
        }
        BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(index, dpi, ImageType.GRAY);
        int renderedDpi = Math.round(dpi);
        ThaiDigitClassifier digits = ThaiDigitClassifier.shared();
        ReadingTime.allow(PAGE_LIMIT);
        return POOL.submit(() -> {
            ScanRules rules = ScanRules.findAndErase(image, renderedDpi);
            return new OcrPage(image, renderedDpi, index + 1, digits)
                    .build(MissedLines.read(image, renderedDpi, PAGE_LIMIT), rules);
        });
    }

    /** The page once read; a failure is the file's (UnreadableDocumentException with the reason). */
    static OcrPage await(Future<?> page) throws IOException {
        try {
            return (OcrPage) page.get();
        } catch (InterruptedException e) {
            page.cancel(true);
            Thread.currentThread().interrupt();
            throw new UnreadableDocumentException(PdfReader.INTERRUPTED);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UnreadableDocumentException u) {
                throw u;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new UnreadableDocumentException("OCR failed: " + cause, cause);
        }
    }
}
