package th.planning.reports.document;

import java.util.List;
import java.util.Objects;

/**
 * A paragraph of canonical text. A soft line break inside the paragraph is kept as '\n'.
 * Checkboxes are written as ☑ (ticked) or ☐ (empty) whatever the source used.
 */
public record Paragraph(String text) implements Block {

    public Paragraph {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public List<String> lines() {
        return List.of(text.split("\n", -1));
    }
}
