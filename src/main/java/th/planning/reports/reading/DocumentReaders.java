package th.planning.reports.reading;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.UnaryOperator;

import th.planning.reports.document.Document;
import th.planning.reports.document.DocumentFormat;

/**
 * Reads any supported file: detects its format from its bytes ({@link FormatDetector}), then hands
 * it to that format's reader. The readers are immutable and thread-safe: build one per
 * canonicalizer and share it.
 *
 * <pre>{@code
 * DocumentReader reader = DocumentReaders.withCanonicalizer(ThaiText::canonicalize);
 * Document doc = reader.read(file);   // UnreadableDocumentException with the reason
 * }</pre>
 */
public final class DocumentReaders {

    private static final Dispatcher RAW = new Dispatcher(UnaryOperator.identity(), ReadingLimits.DEFAULT);

    private DocumentReaders() {
    }

    /** A reader for every format that passes each paragraph and cell text through {@code canonicalizer}. */
    public static DocumentReader withCanonicalizer(UnaryOperator<String> canonicalizer) {
        return new Dispatcher(canonicalizer, ReadingLimits.DEFAULT);
    }

    /** Reads {@code file} in whatever supported format it is, text as found (not canonicalized). */
    public static Document read(Path file) {
        return RAW.read(file);
    }

    /** The reader for one format, with {@code canonicalizer}. */
    public static DocumentReader forFormat(DocumentFormat format, UnaryOperator<String> canonicalizer) {
        return forFormat(format, canonicalizer, ReadingLimits.DEFAULT);
    }

    /** The reader for one format, with {@code canonicalizer} and the given limits on the work a file may cause. */
    public static DocumentReader forFormat(DocumentFormat format, UnaryOperator<String> canonicalizer,
                                           ReadingLimits limits) {
        return new Dispatcher(canonicalizer, limits).readerFor(format);
    }

    private static final class Dispatcher implements DocumentReader {

        private final DocxReader docx;
        private final DocReader doc;
        private final PdfReader pdf;
        private final SpreadsheetReader spreadsheet;

        Dispatcher(UnaryOperator<String> canonicalizer, ReadingLimits limits) {
            Objects.requireNonNull(canonicalizer, "canonicalizer");
            this.docx = new DocxReader(canonicalizer, limits);
            this.doc = new DocReader(canonicalizer);
            this.pdf = new PdfReader(canonicalizer, limits);
            this.spreadsheet = new SpreadsheetReader(canonicalizer, limits);
        }

        @Override
        public Document read(Path file) {
            return readerFor(FormatDetector.detect(file)).read(file);
        }

        DocumentReader readerFor(DocumentFormat format) {
            return switch (format) {
                case DOCX -> docx;
                case DOC -> doc;
                case PDF -> pdf;
                case XLSX, XLS -> file -> spreadsheet.read(file, format);
            };
        }
    }
}
