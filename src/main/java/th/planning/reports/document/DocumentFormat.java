package th.planning.reports.document;

/** The format a document was read from, detected from its bytes. */
public enum DocumentFormat {
    DOCX, DOC, PDF, XLSX, XLS;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
