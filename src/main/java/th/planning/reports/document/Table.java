package th.planning.reports.document;

import java.util.ArrayList;
import java.util.List;

/** A table: rows of cells, with merged cells kept once with their span. */
public record Table(List<Row> rows) implements Block {

    public Table {
        rows = List.copyOf(rows);
    }

    /** One line per row, its non-empty cells joined by a tab (nested tables flattened into their cell). */
    @Override
    public List<String> lines() {
        List<String> out = new ArrayList<>(rows.size());
        for (Row row : rows) {
            String line = row.text();
            if (!line.isBlank()) {
                out.add(line);
            }
        }
        return out;
    }

    public int columnCount() {
        return rows.stream().mapToInt(r -> r.cells().stream().mapToInt(Cell::colSpan).sum()).max().orElse(0);
    }
}
