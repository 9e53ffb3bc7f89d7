package th.planning.reports.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.planning.reports.extract.FormExtractor;
import th.planning.reports.extract.NotThisFormException;
import th.planning.reports.support.SeedReports;

/** Section ๙'s heading year and ๑๔.๒'s year against the year of the report. */
class BudgetYearRuleTest {

    @Test
    void flagsSeedReport33sSection9Of2566AndReport40sProgressOf2566Only() throws NotThisFormException {
        List<String> flagged = new ArrayList<>();
        List<List<String>> texts = SeedReports.texts();
        for (int i = 0; i < texts.size(); i++) {
            for (Finding f : Rules.budgetYear(FormExtractor.extract(SeedReports.document(texts.get(i))))) {
                flagged.add(String.format("%02d %s: %s", i + 1, f.field(), f.evidence()));
            }
        }
        assertThat(flagged).containsExactly(
                "33 budget_year: ๙. โครงการใช้งบประมาณ ปี พ.ศ. ๒๕๖๖",
                "40 progress_year_pct: ๑๔.๒ มีความก้าวหน้า คิดเป็นร้อยละ.....๑๐๐.....ของเป้าหมายในปี พ.ศ. ๒๕๖๖");
    }
}
