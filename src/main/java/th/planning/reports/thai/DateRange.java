package th.planning.reports.thai;

import java.time.LocalDate;

/** Inclusive date range; {@code end} is null when the text leaves it open ("๑ ตุลาคม ๒๕๖๖ -"). */
public record DateRange(LocalDate start, LocalDate end) {
}
