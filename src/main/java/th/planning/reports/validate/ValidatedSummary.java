package th.planning.reports.validate;

import java.util.List;
import th.planning.reports.extract.AgencySummary;

/**
 * An agency summary workbook ready for the warehouse: the summary as read, the agency and period it is
 * filed under (the title's, else the drop folder's, with where each came from) and its findings
 * (the total row against the sum of the rows, a missing agency or period).
 */
public record ValidatedSummary(AgencySummary summary, String agency, Integer fiscalYearBe, Integer quarter,
                               String periodSource, List<Finding> findings) {

    public ValidatedSummary {
        findings = List.copyOf(findings);
    }
}
