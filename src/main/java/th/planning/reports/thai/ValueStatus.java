package th.planning.reports.thai;

/** What a number field held. Kept apart from the value so that nothing is ever silently read as zero. */
public enum ValueStatus {
    /** A number was read. */
    VALUE,
    /** A dash inside a blank (".....-.....", "-"): the office reports nothing, i.e. 0.00. */
    NIL,
    /** Dots or underscores only: not reported; value null. */
    BLANK,
    /** Digits present but not a valid number (e.g. bad grouping "๗,๗๐๐๐,๐๐๐"); value null, never guessed. */
    MALFORMED,
    /** No field text at all. */
    ABSENT
}
