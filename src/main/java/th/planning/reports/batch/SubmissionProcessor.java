package th.planning.reports.batch;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import th.planning.reports.document.Document;
import th.planning.reports.document.DocumentFormat;
import th.planning.reports.extract.FormExtractor;
import th.planning.reports.extract.NotThisFormException;
import th.planning.reports.extract.ReportRecord;
import th.planning.reports.extract.SummaryExtractor;
import th.planning.reports.reading.DocumentReader;
import th.planning.reports.reading.DocumentReaders;
import th.planning.reports.reading.FormatDetector;
import th.planning.reports.reading.ReadingLimits;
import th.planning.reports.reading.ReadingTime;
import th.planning.reports.reading.UnreadableDocumentException;
import th.planning.reports.validate.SummaryValidation;
import th.planning.reports.validate.Validation;
import th.planning.reports.warehouse.IncomingFile;
import th.planning.reports.warehouse.Submission;

/**
 * file → document → report record → validated report. A file that cannot be read, or is not the
 * form, becomes a rejected submission with the reason; it never stops the run. Two limits keep one
 * file from holding up the night: a size limit checked before any byte is read, and a time limit on
 * reading and extracting.
 *
 * <p>What is recorded is what was read: a file changed since the scan hashed it (an agency sending a
 * corrected file at night) is hashed again before it is read, and one that changes while it is read is
 * read again, so the ledger's hash and size always belong to the facts loaded with them. Whether a
 * file changed is told by its size and modification time, as the scan itself tells an unchanged file.
 */
public final class SubmissionProcessor implements AutoCloseable {

    /** Per-file limits; both are settings ({@code report-etl.max-file-bytes}, {@code report-etl.file-timeout}). */
    public record Limits(long maxFileBytes, Duration timeout) {
        public static final Limits DEFAULT = new Limits(50L * 1024 * 1024, Duration.ofSeconds(60));
    }

    private final Map<DocumentFormat, DocumentReader> readers = new EnumMap<>(DocumentFormat.class);
    private final Limits limits;
    private final Consumer<Path> afterEachRead;
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
        this(canonicalizer, limits, reading, path -> { });
    }

    /** {@code afterEachRead}: a test's way to change a file between its reading and the check that it did not change. */
    SubmissionProcessor(UnaryOperator<String> canonicalizer, Limits limits, ReadingLimits reading, Consumer<Path> afterEachRead) {
        this.limits = limits;
        this.afterEachRead = afterEachRead;
        for (DocumentFormat f : DocumentFormat.values()) {
            readers.put(f, DocumentReaders.forFormat(f, canonicalizer, reading));
        }
    }

    public Submission process(IncomingFile file) throws Exception {
        if (file.size() > limits.maxFileBytes()) {
            return tooLarge(file);
        }
        // A scan's pages read by OCR each ask for their own time (ReadingTime): the limit is the
        // file's plus theirs, so a ten-page scan is not held to the limit of a file with text.
        java.util.concurrent.atomic.AtomicLong extraMillis = new java.util.concurrent.atomic.AtomicLong();
        Future<Submission> work = workers.submit(() -> {
            ReadingTime.collectInto(extraMillis);
            try {
                return readAndExtract(file);
            } finally {
                ReadingTime.stop();
            }
        });
        long granted = 0;
        try {
            while (true) {
                try {
                    long wait = granted == 0 ? limits.timeout().toMillis() : granted;
                    return work.get(wait, java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    long asked = extraMillis.getAndSet(0);
                    if (asked <= 0) {
                        throw e;
                    }
                    granted = asked;
                }
            }
        } catch (TimeoutException e) {
            // The interrupt is what stops the read: the PDF reader checks it between operators, so the
            // abandoned thread ends and frees its memory instead of running on beside the next files.
            work.cancel(true);
            return Submission.rejected(file, null, "took longer than " + seconds(limits.timeout()) + " s to read"
                    + (granted > 0 ? " (with the time its scanned pages add)" : ""));
        } catch (ExecutionException e) {
            // Anything else escapes to NextFileReader, which records the file as rejected with the error.
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw (Error) e.getCause();
        }
    }

    /** Times a file that keeps changing under the reader is read before it is rejected as still being written. */
    static final int READ_ATTEMPTS = 3;

    private Submission readAndExtract(IncomingFile scanned) {
        IncomingFile file = scanned;
        try {
            return readUnchanged(file);
        } catch (java.nio.file.NoSuchFileException e) {
            return Submission.rejected(file, null, "file not found");
        } catch (java.io.IOException e) {
            return Submission.rejected(file, null, "I/O error: " + e.getMessage());
        }
    }

    private Submission readUnchanged(IncomingFile scanned) throws java.io.IOException {
        IncomingFile file = scanned;
        for (int attempt = 1; ; attempt++) {
            BasicFileAttributes before = Files.readAttributes(file.path(), BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!before.isRegularFile()) {
                return Submission.rejected(file, null,
                        "replaced by a symbolic link or special file after the scan: not followed");
            }
            Instant modified = micros(before);
            if (before.size() != file.size() || !modified.equals(file.modified())) {
                file = new IncomingFile(file.path(), file.relativePath(), before.size(), modified,
                        DropFolderScanner.sha256(file.path()));
                if (file.size() > limits.maxFileBytes()) {
                    return tooLarge(file);
                }
            }
            Submission read = readOnce(file);
            afterEachRead.accept(file.path());
            BasicFileAttributes after = Files.readAttributes(file.path(), BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (after.size() == before.size() && micros(after).equals(modified)) {
                return read;
            }
            if (attempt == READ_ATTEMPTS) {
                return Submission.rejected(file, null, "changed each time it was read (still being written?); "
                        + "read again once it stops changing");
            }
        }
    }

    /** Stored as a DuckDB TIMESTAMP: compared at microseconds, as the scan does. */
    private static Instant micros(BasicFileAttributes a) {
        return a.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.MICROS);
    }

    private Submission readOnce(IncomingFile file) {
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
            return Submission.loaded(file, document.format(),
                    Validation.validate(report, file.relativePath(), document.source()));
        } catch (NotThisFormException e) {
            // Not the form: an agency's summary workbook of its projects is a document of its own kind.
            var summary = SummaryExtractor.read(document);
            if (summary.isPresent()) {
                return Submission.summary(file, document.format(),
                        SummaryValidation.validate(summary.get(), file.relativePath()));
            }
            return Submission.rejected(file, document.format(), e.getMessage());
        }
    }

    private Submission tooLarge(IncomingFile file) {
        return Submission.rejected(file, null, "file too large: " + file.size() + " bytes, over the limit of "
                + limits.maxFileBytes() + " bytes");
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
