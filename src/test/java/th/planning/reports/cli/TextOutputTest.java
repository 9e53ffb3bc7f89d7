package th.planning.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.planning.reports.support.ReportEtlProcess;
import th.planning.reports.support.SeedReports;

/**
 * {@code report-etl text FILE > out} gives the document's text and nothing else: the libraries'
 * log lines (PDFBox's "No Unicode mapping" warnings, 96 of them for this budget volume) never reach
 * stdout. Run in a JVM of its own, with the application's logging configuration.
 */
class TextOutputTest {

    @TempDir
    Path tmp;

    @Test
    void textOfARealBudgetVolumeWritesOnlyTheTextToStdout() throws Exception {
        Path pdf = SeedReports.sharedDir().resolve("real-world").resolve("budget-bill-2565-vol31.pdf");
        ReportEtlProcess run = ReportEtlProcess.run(tmp, Duration.ofMinutes(3), List.of(), "text",
                pdf.toAbsolutePath().toString());

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("ล้านบาท")
                .doesNotContain("No Unicode mapping").doesNotContain("WARN").doesNotContain("org.apache");
        assertThat(run.stdout().lines()).noneMatch(l -> l.matches("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} .*"));
        assertThat(run.stderr()).contains("budget-bill-2565-vol31.pdf: pdf, Thai orthography violations:");
    }
}
