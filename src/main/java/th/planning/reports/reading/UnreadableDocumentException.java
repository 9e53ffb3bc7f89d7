package th.planning.reports.reading;

/**
 * A file that cannot be read as a report document. The message is the reason only ("empty file",
 * "password-protected", "corrupt docx: ..."); the caller adds the file name.
 *
 * <p>Unchecked on purpose: a batch step declares it as skippable, and readers never throw any
 * other exception for a bad file (I/O errors included, as "I/O error: ...").
 */
public class UnreadableDocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnreadableDocumentException(String reason) {
        super(reason);
    }

    public UnreadableDocumentException(String reason, Throwable cause) {
        super(reason, cause);
    }

    /** The reason, for a message that already names the file. */
    public String reason() {
        return getMessage();
    }
}
