package th.planning.reports.document;

import java.util.List;
import java.util.stream.Collectors;

/** A table row. */
public record Row(List<Cell> cells) {

    public Row {
        cells = List.copyOf(cells);
    }

    /** The row's non-empty cell texts joined by a tab, each cell's own line breaks as spaces. */
    public String text() {
        return cells.stream()
                .map(c -> c.text().replace('\n', ' ').strip())
                .filter(t -> !t.isEmpty())
                .collect(Collectors.joining("\t"));
    }
}
