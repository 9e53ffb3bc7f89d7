package th.planning.reports.document;

/**
 * A figure read from a scanned page by OCR with a confidence under the reader's threshold.
 *
 * @param page       the page it is on, from 1
 * @param text       the figure as read (after the digits were re-read from the image)
 * @param confidence 0–100: the lower of the OCR engine's word confidence and the digit reader's
 * @param engineRead what the OCR engine itself read there, before the digits were re-read
 */
public record OcrFigure(int page, String text, double confidence, String engineRead) {
}
