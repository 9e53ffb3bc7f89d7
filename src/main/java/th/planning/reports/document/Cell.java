package th.planning.reports.document;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A table cell: its content as blocks (paragraphs and nested tables), its span, and, for a
 * spreadsheet cell that held a number, the number itself beside the text as shown.
 */
public record Cell(List<Block> content, int colSpan, int rowSpan, BigDecimal number) {

    public Cell {
        content = List.copyOf(content);
        if (colSpan < 1 || rowSpan < 1) {
            throw new IllegalArgumentException("spans must be >= 1");
        }
    }

    public static Cell of(String text) {
        return new Cell(List.of(new Paragraph(text)), 1, 1, null);
    }

    /** The cell's text: its blocks' lines joined by '\n'. */
    public String text() {
        return content.stream()
                .flatMap(b -> b.lines().stream())
                .collect(Collectors.joining("\n"));
    }
}
