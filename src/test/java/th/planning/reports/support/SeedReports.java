package th.planning.reports.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import th.planning.reports.document.Block;
import th.planning.reports.document.Cell;
import th.planning.reports.document.Document;
import th.planning.reports.document.DocumentFormat;
import th.planning.reports.document.Paragraph;
import th.planning.reports.document.Row;
import th.planning.reports.document.Table;

/**
 * The 40 seed reports of ../shared/seed as documents of the common model, built straight from the
 * text (tab-separated lines become table rows, HTML fragments in cells become plain text), so the
 * extractor can be tested on every report independently of any file format.
 */
public final class SeedReports {

    private static final String HEADER = "แบบรายงานผลการดำเนินงานประจำปีงบประมาณ";

    private SeedReports() {
    }

    public static Path sharedDir() {
        for (Path p : List.of(Path.of("..", "shared"), Path.of("/work/shared"))) {
            if (Files.isDirectory(p.resolve("seed"))) {
                return p;
            }
        }
        throw new IllegalStateException("shared/ (seed reports) not found beside the project");
    }

    /** Report texts in seed order: index 0 is report 01. */
    public static List<List<String>> texts() {
        try {
            List<String> lines = Files.readAllLines(sharedDir().resolve("seed/fy2567-annual-reports.txt"),
                    StandardCharsets.UTF_8);
            List<List<String>> reports = new ArrayList<>();
            for (String line : lines) {
                if (line.contains(HEADER)) {
                    reports.add(new ArrayList<>());
                }
                if (!reports.isEmpty()) {
                    reports.get(reports.size() - 1).add(line);
                }
            }
            return reports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Document document(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (String line : lines) {
            if (line.contains("\t")) {
                List<Cell> cells = new ArrayList<>();
                for (String cell : line.split("\t", -1)) {
                    cells.add(Cell.of(stripHtml(cell)));
                }
                rows.add(new Row(cells));
                continue;
            }
            if (!rows.isEmpty()) {
                blocks.add(new Table(rows));
                rows = new ArrayList<>();
            }
            blocks.add(new Paragraph(line));
        }
        if (!rows.isEmpty()) {
            blocks.add(new Table(rows));
        }
        return new Document(DocumentFormat.DOCX, blocks);
    }

    private static String stripHtml(String s) {
        return s.replaceAll("<[^>]+>", " ").replace("&nbsp;", " ").strip();
    }
}
