package th.planning.reports.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.planning.reports.thai.ThaiText;
import th.planning.reports.warehouse.IncomingFile;
import th.planning.reports.warehouse.Submission;
import th.planning.reports.warehouse.Warehouse;

/**
 * A file overwritten after the scan hashed it: the ledger records the hash and size of the content
 * whose facts it loads, so the first content sent again under another name is new, not a "duplicate".
 */
class SubmissionProcessorChangedFileTest {

    static final Path SAMPLES = Path.of("sample-input/2567/Q4/สำนักงานสถิติแห่งชาติ");
    static final Path FIRST = SAMPLES.resolve("report-01.docx");
    static final Path SECOND = SAMPLES.resolve("report-02.docx");

    @TempDir
    Path drop;
    @TempDir
    Path warehouseDir;

    static SubmissionProcessor processor(java.util.function.Consumer<Path> afterEachRead) {
        return new SubmissionProcessor(ThaiText::canonicalize,
                new SubmissionProcessor.Limits(50_000_000, Duration.ofSeconds(60)),
                th.planning.reports.reading.ReadingLimits.DEFAULT, afterEachRead);
    }

    static String project(Submission s) {
        return s.report().report().projectName().value();
    }

    @Test
    void aFileOverwrittenBetweenScanAndReadIsRecordedWithTheHashAndFactsOfWhatWasRead() throws Exception {
        Path file = drop.resolve("รายงาน.docx");
        Files.copy(FIRST, file);
        try (Warehouse w = Warehouse.open(warehouseDir); SubmissionProcessor p = processor(path -> { })) {
            IncomingFile scanned = DropFolderScanner.scan(drop, w).newFiles().get(0);
            assertThat(scanned.sha256()).isEqualTo(DropFolderScanner.sha256(FIRST));
            Files.copy(SECOND, file, StandardCopyOption.REPLACE_EXISTING);

            Submission s = p.process(scanned);
            Submission second = p.process(new IncomingFile(SECOND, "x", Files.size(SECOND), null, null));
            assertThat(s.status()).isEqualTo(Submission.Status.LOADED);
            assertThat(s.file().sha256()).isEqualTo(DropFolderScanner.sha256(SECOND));
            assertThat(s.file().size()).isEqualTo(Files.size(SECOND));
            assertThat(project(s)).isEqualTo(project(second)).isNotBlank();
            w.write(1, List.of(s));

            // The first content, sent again under another name, has never been loaded: it is new.
            Files.copy(FIRST, drop.resolve("ส่งอีกครั้ง.docx"));
            DropFolderScanner.Scan again = DropFolderScanner.scan(drop, w);
            assertThat(again.duplicates()).isEmpty();
            assertThat(again.newFiles()).extracting(IncomingFile::relativePath).containsExactly("ส่งอีกครั้ง.docx");
            assertThat(again.unchanged()).as("the overwritten file, recorded as what it now is").isEqualTo(1);
        }
    }

    @Test
    void aFileThatChangesWhileItIsReadIsReadAgainAndRecordedAsTheNewContent() throws Exception {
        Path file = drop.resolve("r.docx");
        Files.copy(FIRST, file);
        AtomicInteger reads = new AtomicInteger();
        try (Warehouse w = Warehouse.open(warehouseDir);
             SubmissionProcessor p = processor(path -> {
                 if (reads.incrementAndGet() == 1) {
                     copy(SECOND, path);
                 }
             })) {
            IncomingFile scanned = DropFolderScanner.scan(drop, w).newFiles().get(0);
            Submission s = p.process(scanned);
            Submission second = p.process(new IncomingFile(SECOND, "x", Files.size(SECOND), null, null));
            assertThat(reads.get()).as("read twice, then the reference read").isEqualTo(3);
            assertThat(s.file().sha256()).isEqualTo(DropFolderScanner.sha256(SECOND));
            assertThat(project(s)).isEqualTo(project(second));
        }
    }

    @Test
    void aFileThatChangesOnEveryReadIsRejectedAsStillBeingWritten() throws Exception {
        Path file = drop.resolve("r.docx");
        Files.copy(FIRST, file);
        AtomicInteger reads = new AtomicInteger();
        try (Warehouse w = Warehouse.open(warehouseDir);
             SubmissionProcessor p = processor(path -> copy(reads.incrementAndGet() % 2 == 1 ? SECOND : FIRST, path))) {
            Submission s = p.process(DropFolderScanner.scan(drop, w).newFiles().get(0));
            assertThat(reads.get()).isEqualTo(SubmissionProcessor.READ_ATTEMPTS);
            assertThat(s.status()).isEqualTo(Submission.Status.REJECTED);
            assertThat(s.reason()).isEqualTo("changed each time it was read (still being written?); "
                    + "read again once it stops changing");
        }
    }

    static void copy(Path from, Path to) {
        try {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
