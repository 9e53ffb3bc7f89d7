package th.planning.reports.thai;

import java.math.BigDecimal;

/**
 * A number read from a form field, with what was seen.
 *
 * @param status   what the field held
 * @param value    the value (VALUE, NIL) or null (BLANK, MALFORMED, ABSENT)
 * @param evidence the exact text the status was decided on, for the audit trail
 * @param problem  why the field is not a plain value, or null
 */
public record ParsedNumber(ValueStatus status, BigDecimal value, String evidence, String problem) {

    public ParsedNumber {
        if (status == null) {
            throw new IllegalArgumentException("status is required");
        }
        boolean needsValue = status == ValueStatus.VALUE || status == ValueStatus.NIL;
        if (needsValue != (value != null)) {
            throw new IllegalArgumentException(status + " with value " + value);
        }
    }

    public static ParsedNumber absent() {
        return new ParsedNumber(ValueStatus.ABSENT, null, null, null);
    }

    public boolean hasValue() {
        return value != null;
    }
}
