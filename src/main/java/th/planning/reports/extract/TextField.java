package th.planning.reports.extract;

/** A text value of the form with the section it came from and the line it was read from. */
public record TextField(String value, String section, String source) {

    public static TextField absent(String section) {
        return new TextField(null, section, null);
    }

    public boolean present() {
        return value != null && !value.isBlank();
    }
}
