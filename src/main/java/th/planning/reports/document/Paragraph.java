package th.planning.reports.document;

import java.util.List;
import java.util.Objects;

/**
 * A paragraph of canonical text. A soft line break inside the paragraph is kept as '\n'.
 * Checkboxes are written as ☑ (ticked) or ☐ (empty) whatever the source used. {@code where} is where
 * in the file it was read (null when unknown).
 */
public record Paragraph(String text, Where where) implements Block {

    public Paragraph {
        Objects.requireNonNull(text, "text");
    }

    /** A paragraph whose place in the file is not known. */
    public Paragraph(String text) {
        this(text, null);
    }

    /** Equal text: the locator says where, not what (see {@link Where}). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Paragraph p && p.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public List<String> lines() {
        return List.of(text.split("\n", -1));
    }
}
