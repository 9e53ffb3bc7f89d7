package th.planning.reports.thai;

import java.time.LocalDate;

/** Thai government fiscal year: FY2567 runs 1 Oct 2023 – 30 Sep 2024; Q1 = Oct–Dec, Q4 = Jul–Sep. */
public final class FiscalCalendar {
    private static final int BE_OFFSET = 543;

    private FiscalCalendar() {
    }

    public static FiscalPeriod periodOf(LocalDate date) {
        int month = date.getMonthValue();
        int fiscalYearCe = month >= 10 ? date.getYear() + 1 : date.getYear();
        int quarter = (month + 2) % 12 / 3 + 1; // Oct..Dec -> 1, Jan..Mar -> 2, ...
        return new FiscalPeriod(fiscalYearCe + BE_OFFSET, quarter);
    }

    public static LocalDate quarterStart(int fiscalYearBe, int quarter) {
        new FiscalPeriod(fiscalYearBe, quarter); // validates the quarter
        return LocalDate.of(fiscalYearBe - BE_OFFSET - 1, 10, 1).plusMonths(3L * (quarter - 1));
    }

    public static LocalDate quarterEnd(int fiscalYearBe, int quarter) {
        return quarterStart(fiscalYearBe, quarter).plusMonths(3).minusDays(1);
    }
}
