package th.planning.reports.reading;

/**
 * How much work one file may cause while it is read, whatever its size on disk. The defaults are
 * defined here once; the job's settings ({@code report-etl.max-pdf-content-bytes},
 * {@code report-etl.max-zip-expansion}) default to them.
 *
 * @param maxPdfContentBytes the most a PDF's content streams (page contents, forms, Type 3 glyphs)
 *     may inflate to, in total; a 288-page Acrobat budget volume has 4.9 MB
 * @param maxZipExpansion how many times its compressed size one part of a docx or xlsx may inflate
 *     to (POI's zip-bomb check, {@code ZipSecureFile.setMinInflateRatio(1 / this)}); a docx of 6 MB
 *     of repeated text expands about 240 times, a zip bomb about 1,000 times
 */
public record ReadingLimits(long maxPdfContentBytes, int maxZipExpansion) {

    public static final long DEFAULT_MAX_PDF_CONTENT_BYTES = 32L * 1024 * 1024;
    public static final int DEFAULT_MAX_ZIP_EXPANSION = 500;

    public static final ReadingLimits DEFAULT = new ReadingLimits(DEFAULT_MAX_PDF_CONTENT_BYTES, DEFAULT_MAX_ZIP_EXPANSION);

    public ReadingLimits {
        if (maxPdfContentBytes <= 0) {
            throw new IllegalArgumentException("max PDF content must be positive: " + maxPdfContentBytes);
        }
        if (maxZipExpansion < 1) {
            throw new IllegalArgumentException("max zip expansion must be at least 1: " + maxZipExpansion);
        }
    }
}
