package th.planning.reports.validate;

/**
 * One thing that looked wrong in a submission, shown to planning staff with the text it was found in.
 *
 * @param section  the form's section number ("9", "14", …), or "file" for the file's name and place
 * @param field    the field concerned (e.g. "disbursed"), as named in the warehouse
 * @param rule     the rule's stable identifier (see {@link Rules})
 * @param evidence the quoted source text the finding rests on; null only when the field is missing
 */
public record Finding(String section, String field, String rule, Severity severity, String messageTh,
                      String messageEn, String evidence) {

    /** ERROR: the values cannot all be right. WARNING: possible, but worth a person's look. */
    public enum Severity {
        ERROR, WARNING;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
