package th.planning.reports.batch;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import th.planning.reports.document.Document;
import th.planning.reports.document.DocumentFormat;
import th.planning.reports.extract.FormExtractor;
import th.planning.reports.extract.NotThisFormException;
import th.planning.reports.extract.ReportRecord;
import th.planning.reports.reading.DocumentReader;
import th.planning.reports.reading.DocumentReaders;
import th.planning.reports.reading.FormatDetector;
import th.planning.reports.reading.ReadingLimits;
import th.planning.reports.reading.UnreadableDocumentException;
import th.planning.reports.validate.Validation;
import th.planning.reports.warehouse.IncomingFile;
import th.planning.reports.warehouse.Submission;

/**
 * file → document → report record → validated report. A file that cannot be read, or is not the
 * form, becomes a rejected submission with the reason; it never stops the run. Two limits keep one
 * file from holding up the night: a size limit checked before any byte is read, and a time limit on
 * reading and extracting.
 */
public final class SubmissionProcessor implements AutoCloseable {

    /** Per-file limits; both are settings ({@code report-etl.max-file-bytes}, {@code report-etl.file-timeout}). */
    public record Limits(long maxFileBytes, Duration timeout) {
        public static final Limits DEFAULT = new Limits(50L * 1024 * 1024, Duration.ofSeconds(60));
    }

    private final Map<DocumentFormat, DocumentReader> readers = new EnumMap<>(DocumentFormat.class);
    private final Limits limits;
    // Daemon threads: a read that overran its time cannot be killed in Java, only abandoned; it must
    // not keep the JVM alive after the run.
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "read-file");
        t.setDaemon(true);
        return t;
    });

    public SubmissionProcessor(UnaryOperator<String> canonicalizer) {
        this(canonicalizer, Limits.DEFAULT);
    }

    public SubmissionProcessor(UnaryOperator<String> canonicalizer, Limits limits) {
        this(canonicalizer, limits, ReadingLimits.DEFAULT);
    }

    /** @param reading bounds on the work one file may cause inside its reader (content inflated, zip expansion) */
    public SubmissionProcessor(UnaryOperator<String> canonicalizer, Limits limits, ReadingLimits reading) {
        this.limits = limits;
        for (DocumentFormat f : DocumentFormat.values()) {
            readers.put(f, DocumentReaders.forFormat(f, canonicalizer, reading));
        }
    }

    public Submission process(IncomingFile file) throws Exception {
        if (file.size() > limits.maxFileBytes()) {
            return Submission.rejected(file, null, "file too large: " + file.size() + " bytes, over the limit of "
                    + limits.maxFileBytes() + " bytes");
        }
        Future<Submission> work = workers.submit(() -> readAndExtract(file));
        try {
            return work.get(limits.timeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // The interrupt is what stops the read: the PDF reader checks it between operators, so the
            // abandoned thread ends and frees its memory instead of running on beside the next files.
            work.cancel(true);
            return Submission.rejected(file, null, "took longer than " + seconds(limits.timeout()) + " s to read");
        } catch (ExecutionException e) {
            // Anything else escapes to NextFileReader, which records the file as rejected with the error.
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw (Error) e.getCause();
        }
    }

    private Submission readAndExtract(IncomingFile file) {
        DocumentFormat format = null;
        Document document;
        try {
            format = FormatDetector.detect(file.path());
            document = readers.get(format).read(file.path());
        } catch (UnreadableDocumentException e) {
            return Submission.rejected(file, format, e.getMessage());
        }
        try {
            ReportRecord report = FormExtractor.extract(document);
            return Submission.loaded(file, document.format(), Validation.validate(report, file.relativePath()));
        } catch (NotThisFormException e) {
            return Submission.rejected(file, document.format(), e.getMessage());
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? Long.toString(d.toSeconds())
                : java.math.BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString();
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
