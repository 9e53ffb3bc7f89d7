package th.planning.reports.thai;

/** A quarter of a Thai government fiscal year (Buddhist Era), Q1 = October–December. */
public record FiscalPeriod(int fiscalYearBe, int quarter) {
    public FiscalPeriod {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1..4: " + quarter);
        }
    }
}
