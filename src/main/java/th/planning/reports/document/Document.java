package th.planning.reports.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A whole document in reading order, as one format reader saw it, and where its text came from
 * (its own text or OCR of scanned pages): the extractor reads the blocks alike either way.
 */
public record Document(DocumentFormat format, List<Block> blocks, TextSource source) {

    public Document {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(source, "source");
        blocks = List.copyOf(blocks);
    }

    /** A document read from its own text. */
    public Document(DocumentFormat format, List<Block> blocks) {
        this(format, blocks, TextSource.TEXT);
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
