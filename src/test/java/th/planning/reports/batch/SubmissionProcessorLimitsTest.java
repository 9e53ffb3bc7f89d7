package th.planning.reports.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.planning.reports.support.HostileFiles;
import th.planning.reports.thai.ThaiText;
import th.planning.reports.warehouse.IncomingFile;
import th.planning.reports.warehouse.Submission;

/** The per-file limits: a read that overruns its time is abandoned and the file rejected, not waited for. */
class SubmissionProcessorLimitsTest {

    static final Path PDF = Path.of("sample-input/2567/Q4/สำนักงานสถิติแห่งชาติ/report-21.pdf");

    static IncomingFile incoming() throws Exception {
        return new IncomingFile(PDF, "2567/Q4/x/report-21.pdf", Files.size(PDF), null, "sha");
    }

    @Test
    void aPdfThatTakesLongerThanTheTimeLimitIsRejectedWithTheLimit() throws Exception {
        try (SubmissionProcessor p = new SubmissionProcessor(ThaiText::canonicalize,
                new SubmissionProcessor.Limits(10_000_000, Duration.ofMillis(1)))) {
            long t0 = System.nanoTime();
            Submission s = p.process(incoming());
            assertThat(s.status()).isEqualTo(Submission.Status.REJECTED);
            assertThat(s.reason()).isEqualTo("took longer than 0.001 s to read");
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofMillis(500));
        }
    }

    @Test
    void aReadAbandonedAtTheTimeLimitStopsInsteadOfRunningOnBesideTheNextFiles(@TempDir Path dir) throws Exception {
        Path slow = dir.resolve("slow.pdf");
        HostileFiles.slowPdf(slow, 100, 30_000); // 3 million glyphs: within every limit, seconds to read
        IncomingFile file = new IncomingFile(slow, "2567/Q4/x/slow.pdf", Files.size(slow), null, "sha");
        try (SubmissionProcessor p = new SubmissionProcessor(ThaiText::canonicalize,
                new SubmissionProcessor.Limits(10_000_000, Duration.ofMillis(300)))) {
            Submission s = p.process(file);
            assertThat(s.reason()).isEqualTo("took longer than 0.3 s to read");
            long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
            while (stillReadingAPdf() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(stillReadingAPdf()).as("a read-file thread still in the PDF reader a second after").isFalse();
        }
    }

    /** Whether any of the processor's threads is still inside the PDF reader. */
    private static boolean stillReadingAPdf() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey().getName().equals("read-file"))
                .anyMatch(e -> java.util.Arrays.stream(e.getValue())
                        .anyMatch(f -> f.getClassName().startsWith("th.planning.reports.reading.PdfReader")));
    }

    @Test
    void theSamePdfWithinTheLimitsLoads() throws Exception {
        try (SubmissionProcessor p = new SubmissionProcessor(ThaiText::canonicalize,
                new SubmissionProcessor.Limits(10_000_000, Duration.ofSeconds(30)))) {
            Submission s = p.process(incoming());
            assertThat(s.status()).isEqualTo(Submission.Status.LOADED);
            // Seed report 21: words with a typo, and two activities declared against four listed.
            assertThat(s.report().findings()).extracting(f -> f.rule())
                    .containsExactly("amount_words_unreadable", "activity_count_differs");
        }
    }

    @Test
    void aPdfOverTheSizeLimitIsRejectedWithoutBeingRead() throws Exception {
        try (SubmissionProcessor p = new SubmissionProcessor(ThaiText::canonicalize,
                new SubmissionProcessor.Limits(1000, Duration.ofSeconds(30)))) {
            Submission s = p.process(incoming());
            assertThat(s.reason()).isEqualTo("file too large: " + Files.size(PDF) + " bytes, over the limit of 1000 bytes");
            assertThat(s.format()).isNull();
        }
    }
}
