package th.planning.reports.extract;

/** The document was read, but it is not the performance report form. */
public class NotThisFormException extends Exception {
    public NotThisFormException(String message) {
        super(message);
    }
}
