package th.planning.reports.batch;

/** A {@code report-etl.*} setting outside what it can mean (a chunk of 0 files, say); the run does not start. */
public final class InvalidSettingException extends IllegalArgumentException {

    InvalidSettingException(String message) {
        super(message);
    }

    static int atLeast(String property, int value, int min) {
        if (value < min) {
            throw new InvalidSettingException(property + " must be at least " + min + ", not " + value);
        }
        return value;
    }

    static long atLeast(String property, long value, long min) {
        if (value < min) {
            throw new InvalidSettingException(property + " must be at least " + min + ", not " + value);
        }
        return value;
    }

    static java.time.Duration positive(String property, java.time.Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new InvalidSettingException(property + " must be longer than 0, not " + value);
        }
        return value;
    }
}
