package th.planning.reports.reading;

import java.nio.file.Path;

import th.planning.reports.document.Document;

/** Reads one file of one format into the common document model. */
public interface DocumentReader {

    /**
     * @throws UnreadableDocumentException for anything that keeps the file from being read,
     *     with a specific reason as its message
     */
    Document read(Path file);
}
