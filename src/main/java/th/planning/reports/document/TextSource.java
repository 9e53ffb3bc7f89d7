package th.planning.reports.document;

import java.util.List;

/**
 * Where a document's text came from: its own text (a text layer, a word-processor file) or OCR of
 * scanned pages, and how sure the OCR was.
 *
 * @param pages            pages read (0 for formats without pages)
 * @param ocrPages         of those, pages that had no text and were read by OCR
 * @param ocrConfidence    mean word confidence of the OCR pages, 0–100; null when no page was OCR'd
 * @param uncertainFigures figures read by OCR with a low confidence, in page order
 */
public record TextSource(int pages, int ocrPages, Double ocrConfidence, List<OcrFigure> uncertainFigures) {

    /** A document read from its own text. */
    public static final TextSource TEXT = new TextSource(0, 0, null, List.of());

    public TextSource {
        uncertainFigures = List.copyOf(uncertainFigures);
    }

    /** {@code text}, {@code ocr} (every page scanned) or {@code mixed}: as stored in {@code submission.text_source}. */
    public String label() {
        if (ocrPages == 0) {
            return "text";
        }
        return ocrPages >= pages ? "ocr" : "mixed";
    }
}
