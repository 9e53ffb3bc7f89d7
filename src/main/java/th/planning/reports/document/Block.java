package th.planning.reports.document;

/** One element of a document body, in reading order. */
public sealed interface Block permits Paragraph, Table {

    /** The block as plain text lines: a paragraph's lines, or one line per table row. */
    java.util.List<String> lines();
}
