package th.planning.reports.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A whole document in reading order, as one format reader saw it. */
public record Document(DocumentFormat format, List<Block> blocks) {

    public Document {
        Objects.requireNonNull(format, "format");
        blocks = List.copyOf(blocks);
    }

    /** Every block as text lines, in order: what a person reading the page top to bottom sees. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        for (Block b : blocks) {
            out.addAll(b.lines());
        }
        return out;
    }

    public String text() {
        return String.join("\n", lines());
    }
}
