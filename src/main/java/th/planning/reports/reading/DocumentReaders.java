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

    private static final Dispatcher RAW = new Dispatcher(UnaryOperator.identity());

    private DocumentReaders() {
    }

    /** A reader for every format that passes each paragraph and cell text through {@code canonicalizer}. */
    public static DocumentReader withCanonicalizer(UnaryOperator<String> canonicalizer) {
        return new Dispatcher(canonicalizer);
    }

    /** Reads {@code file} in whatever supported format it is, text as found (not canonicalized). */
    public static Document read(Path file) {
        return RAW.read(file);
    }

    /** The reader for one format, with {@code canonicalizer}. */
    public static DocumentReader forFormat(DocumentFormat format, UnaryOperator<String> canonicalizer) {
        return new Dispatcher(canonicalizer).readerFor(format);
    }

    private static final class Dispatcher implements DocumentReader {

        private final DocxReader docx;
        private final DocReader doc;
        private final PdfReader pdf;
        private final SpreadsheetReader spreadsheet;

        Dispatcher(UnaryOperator<String> canonicalizer) {
            Objects.requireNonNull(canonicalizer, "canonicalizer");
            this.docx = new DocxReader(canonicalizer);
            this.doc = new DocReader(canonicalizer);
            this.pdf = new PdfReader(canonicalizer);
            this.spreadsheet = new SpreadsheetReader(canonicalizer);
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
