package th.planning.reports.document;

import java.util.List;
import java.util.stream.Collectors;

/** A table row, and where in the file it was read (null when unknown). */
public record Row(List<Cell> cells, Where where) {

    public Row {
        cells = List.copyOf(cells);
    }

    /** A row whose place in the file is not known. */
    public Row(List<Cell> cells) {
        this(cells, null);
    }

    /** Equal cells: the locator says where, not what (see {@link Where}). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Row r && r.cells.equals(cells);
    }

    @Override
    public int hashCode() {
        return cells.hashCode();
    }

    /** The row's non-empty cell texts joined by a tab, each cell's own line breaks as spaces. */
    public String text() {
        return cells.stream()
                .map(c -> c.text().replace('\n', ' ').strip())
                .filter(t -> !t.isEmpty())
                .collect(Collectors.joining("\t"));
    }
}
