package th.planning.reports.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import th.planning.reports.document.Document;

/**
 * Runs every reader over the generated sample reports (docx, pdf and xlsx of the same report) when
 * they are present under {@code sample-input/}; skipped otherwise.
 */
class SampleFilesTest {

    private static final Path SAMPLES = Path.of("sample-input");

    @Test
    void sampleReportsSectionNineLinesComeOutWholeAndAlikeInDocxAndPdf() throws IOException {
        assumeTrue(Files.isDirectory(SAMPLES), "no sample-input/ directory");
        List<Path> docxFiles;
        try (Stream<Path> s = Files.walk(SAMPLES)) {
            docxFiles = s.filter(p -> p.getFileName().toString().matches("report-\\d+\\.docx")).sorted().toList();
        }
        assumeTrue(!docxFiles.isEmpty(), "no report-NN.docx samples");
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path docx : docxFiles) {
            String base = docx.getFileName().toString().replace(".docx", "");
            List<String> docxNine = sectionNine(DocumentReaders.read(docx));
            if (docxNine.size() < 2) {
                problems.add(base + ".docx: " + docxNine);
            }
            Path pdf = docx.resolveSibling(base + ".pdf");
            if (Files.exists(pdf)) {
                List<String> pdfNine = sectionNine(DocumentReaders.read(pdf));
                if (!pdfNine.equals(docxNine)) {
                    problems.add(base + ".pdf: " + pdfNine + " vs docx " + docxNine);
                }
            }
            Path xlsx = docx.resolveSibling(base + ".xlsx");
            if (Files.exists(xlsx)) {
                List<String> xlsxNine = sectionNine(DocumentReaders.read(xlsx));
                if (xlsxNine.size() != docxNine.size()) {
                    problems.add(base + ".xlsx: " + xlsxNine);
                }
            }
            checked++;
        }
        assertThat(checked).isPositive();
        assertThat(problems).isEmpty();
    }

    /** The ๙.๑/๙.๒/๙.๓ lines, without a leading bullet. */
    private static List<String> sectionNine(Document doc) {
        List<String> out = new ArrayList<>();
        for (String line : doc.lines()) {
            String l = line.strip();
            if (l.length() > 2 && "•◦-▪".indexOf(l.charAt(0)) >= 0 && l.charAt(1) == ' ') {
                l = l.substring(2);
            }
            if (l.startsWith("๙.๑") || l.startsWith("๙.๒") || l.startsWith("๙.๓")) {
                out.add(l.replaceAll(" +", " "));
            }
        }
        return out;
    }
}
