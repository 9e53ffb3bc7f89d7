package th.planning.reports.thai;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one place that knows how large a number the warehouse can hold: money and indicator values are
 * {@code DECIMAL(18,2)}, percentages of progress {@code DECIMAL(7,2)} (see warehouse/migrations). The
 * parser, the rules and the loader all ask here, so a number too large for its column is MALFORMED
 * with a finding when read, and never reaches DuckDB's Appender (which refuses the whole batch).
 */
public enum Decimals {
    /** Baht, words' amounts, indicator targets and results: DECIMAL(18,2). */
    MONEY(18, 2),
    /** fact_progress's percentages: DECIMAL(7,2). */
    PERCENT(7, 2);

    private final int precision;
    private final int scale;

    Decimals(int precision, int scale) {
        this.precision = precision;
        this.scale = scale;
    }

    /** The value as the column stores it (rounded half-up to its scale). */
    public BigDecimal stored(BigDecimal v) {
        return v.setScale(scale, RoundingMode.HALF_UP);
    }

    /** True when the value, rounded to the column's scale, has no more digits than the column holds. */
    public boolean fits(BigDecimal v) {
        BigDecimal s = stored(v);
        return s.precision() - s.scale() <= precision - scale;
    }

    /** The column's type, for messages ("DECIMAL(18,2)"). */
    public String sqlType() {
        return "DECIMAL(" + precision + "," + scale + ")";
    }

    /** Digits the column holds before the decimal point. */
    public int integerDigits() {
        return precision - scale;
    }
}
