package th.planning.reports.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.planning.reports.extract.FormExtractor;
import th.planning.reports.support.SeedReports;

/**
 * Every rule on the 40 seed reports (filed as the drop folder files them, 2567/Q4/…): each flags
 * exactly the reports whose oddity the analyst noted in expected/seed-reports.tsv (report numbers
 * below with the note they come from), and the reports without such a note raise nothing.
 */
class RulesSeedReportsTest {

    static final Map<String, List<Finding>> byReport = new TreeMap<>();

    @BeforeAll
    static void validateEverySeedReport() throws Exception {
        List<List<String>> texts = SeedReports.texts();
        for (int i = 0; i < texts.size(); i++) {
            String nn = String.format("%02d", i + 1);
            var record = FormExtractor.extract(SeedReports.document(texts.get(i)));
            byReport.put(nn, Validation.validate(record, "2567/Q4/สำนักงานสถิติแห่งชาติ/report-" + nn + ".docx")
                    .findings());
        }
        assertThat(byReport).hasSize(40);
    }

    /** "nn field" for every finding of the rule. */
    static List<String> flagged(String rule) {
        List<String> out = new ArrayList<>();
        byReport.forEach((nn, fs) -> fs.stream().filter(f -> f.rule().equals(rule))
                .forEach(f -> out.add(nn + " " + f.field())));
        return out;
    }

    @Test
    void digitsDisagreeingWithTheirWordsAreFlaggedInReports10_12_22_26_29_30_34_36() {
        // notes: "Disbursed digits 771555 vs words 771550", … "9.1/9.2/9.3 digits 1076744 vs words 1076740"
        assertThat(flagged(Rules.WORDS_DISAGREE)).containsExactly(
                "10 disbursed", "12 disbursed", "22 disbursed", "26 disbursed", "29 disbursed",
                "30 contracted", "30 disbursed", "34 disbursed",
                "36 allocated", "36 contracted", "36 disbursed");
    }

    @Test
    void wordsWithTyposAreFlaggedInTheSectionThreeAndNineFieldsTheNotesQuote() {
        // notes: 01/24 "แก้ล้าน", 10 garbled, 17 "สืบสีลัน", 30 "หกกร้อย", 38 "สืบสี่ล้าน" (section ๓);
        // 37 "หกกร้อย" (9.1); 18/21/23 repeated บาท, 25 บาท missing before the satang (9.3)
        assertThat(flagged(Rules.WORDS_UNREADABLE)).containsExactly(
                "01 project_value", "10 project_value", "17 project_value", "18 disbursed", "21 disbursed",
                "23 disbursed", "24 project_value", "25 disbursed", "30 project_value", "37 allocated",
                "38 project_value");
    }

    @Test
    void disbursedAboveAllocatedIsFlaggedInReports10And29() {
        assertThat(flagged(Rules.DISBURSED_OVER_ALLOCATED)).containsExactly("10 disbursed", "29 disbursed");
    }

    @Test
    void contractedAboveAllocatedIsFlaggedInReport19Only() {
        assertThat(flagged(Rules.CONTRACTED_OVER_ALLOCATED)).containsExactly("19 contracted");
        Finding f = byReport.get("19").stream().filter(x -> x.rule().equals(Rules.CONTRACTED_OVER_ALLOCATED))
                .findFirst().orElseThrow();
        assertThat(f.evidence()).contains("๔,๒๓๖,๒๒๘");
        assertThat(f.messageEn()).isEqualTo("contracted 4,236,228.00 exceeds allocated 4,236,200.00");
    }

    @Test
    void progressAbove100IsFlaggedInReport14Only() {
        assertThat(flagged(Rules.PROGRESS_OUT_OF_RANGE)).containsExactly("14 progress_total_pct");
    }

    @Test
    void progressFarAheadOfDisbursementIsFlaggedInTheReportsTheAnalystNoted() {
        // 01 "disbursed 0 while progress 35", 12/13/16/19 "progress 100 with ~52/17/12/57% disbursed",
        // 27 "nothing disbursed, yet total progress 79.75"; 22 (100% with 48% paid) the analyst missed.
        assertThat(flagged(Rules.PROGRESS_AHEAD_OF_DISBURSEMENT)).containsExactly(
                "01 progress_total_pct", "12 progress_total_pct", "13 progress_total_pct", "16 progress_total_pct",
                "19 progress_total_pct", "22 progress_total_pct", "27 progress_total_pct");
    }

    @Test
    void sectionThreeValueDifferentFromNinePointOneIsFlaggedInReports36And38() {
        assertThat(flagged(Rules.PROJECT_VALUE_DIFFERS)).containsExactly("36 project_value", "38 project_value");
    }

    @Test
    void theSeedHasNoMalformedNumberMissingFieldOrPeriodConflict() {
        assertThat(flagged(Rules.MALFORMED_NUMBER)).isEmpty();
        assertThat(flagged(Rules.MISSING_REQUIRED)).isEmpty();
        assertThat(flagged(Rules.PERIOD_CONFLICT)).isEmpty();
    }

    @Test
    void cleanSeedReportsRaiseNothing() {
        // 31, 32, 39 have no note; the others listed have notes only about layout or carry-over budget.
        // (06, 09 and 15 declare fewer activities than their tables list: see ActivityCountRuleTest; 33 and
        // 40 name 2566 in section ๙ and ๑๔.๒: see BudgetYearRuleTest.)
        for (String nn : List.of("02", "03", "04", "05", "07", "08", "11", "20", "28", "31",
                "32", "35", "39")) {
            assertThat(byReport.get(nn)).as("report " + nn).isEmpty();
        }
    }

    @Test
    void everyFindingHasBothMessagesAndQuotesItsEvidence() {
        TreeSet<String> rules = new TreeSet<>();
        byReport.values().forEach(fs -> fs.forEach(f -> {
            rules.add(f.rule());
            assertThat(f.messageTh()).isNotBlank();
            assertThat(f.messageEn()).isNotBlank();
            assertThat(f.evidence()).isNotBlank();
            assertThat(f.section()).isNotBlank();
        }));
        assertThat(rules).as(rules.toString()).hasSize(9);
    }
}
