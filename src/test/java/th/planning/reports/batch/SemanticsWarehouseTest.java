package th.planning.reports.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static th.planning.reports.support.SampleWarehouse.rows;

import java.util.List;
import org.junit.jupiter.api.Test;
import th.planning.reports.support.SampleWarehouse;

/** Budget semantics, money mentions and the form's prose after the job ran on sample-input (docx, pdf, xlsx). */
class SemanticsWarehouseTest {

    @Test
    void budgetFlagsAreTheSameInEveryFormat() throws Exception {
        List<String> perReport = rows("""
                SELECT regexp_extract(s.file_name, 'report-(\\d+)', 1) AS nn,
                       string_agg(DISTINCT concat_ws(',', b.carried_over, coalesce(CAST(b.carried_over_from_year_be AS VARCHAR), '-'),
                                 b.reserved, coalesce(CAST(b.reserved_amount AS VARCHAR), '-'),
                                 b.contract_unsigned, b.no_budget), ' / ') AS flags,
                       count(*) AS files
                FROM fact_budget b JOIN submission s USING (submission_id)
                WHERE b.carried_over OR b.reserved OR b.no_budget OR b.contract_unsigned
                GROUP BY 1 ORDER BY 1""");
        assertThat(perReport).containsExactly(
                "02|false,-,true,-,true,false|3", "03|false,-,true,-,true,false|3",
                "04|false,-,true,-,true,false|3", "05|false,-,true,-,true,false|3",
                "06|false,-,true,-,true,false|3", "07|false,-,true,-,true,false|3",
                "08|false,-,true,-,true,false|3", "09|false,-,true,-,true,false|3",
                "11|false,-,true,-,true,false|3", "14|false,-,false,-,false,true|3",
                "17|false,-,true,-,true,false|3", "27|false,-,true,-,true,false|3",
                "28|false,-,true,10165000.00,false,false|3",
                "35|true,2566,false,-,false,false|3", "36|true,2566,false,-,false,false|3",
                "37|true,2566,false,-,false,false|3", "38|true,2566,false,-,false,false|3",
                "39|true,2566,false,-,false,false|3", "40|true,2566,false,-,false,false|3");
    }

    @Test
    void moneyMentionsAreTheSameInDocxPdfAndXlsx() throws Exception {
        String sql = """
                SELECT regexp_extract(s.file_name, 'report-(\\d+)', 1), m.seq, m.kind, m.quarter, m.fiscal_year_be,
                       m.amount, m.section
                FROM fact_money_mention m JOIN submission s USING (submission_id)
                WHERE s.detected_format = '%s' ORDER BY 1, 2""";
        List<String> docx = rows(sql.formatted("docx"));
        // 36 from the prose, and report 28's money passed on to 76 provinces from its activity table.
        assertThat(docx).hasSize(37).contains(
                "10|1|additional_allocation|3|2567|95900.00|3",
                "28|2|allocated_onward|3|2567|18619900.00|11",
                "30|1|additional_allocation|null|2567|15685.00|3",
                "35|1|prior_year_allocated|null|2566|3647700.00|9",
                "35|6|quarter_disbursed|2|2567|447015.00|13",
                "35|7|quarter_disbursed|3|2567|1341045.00|13",
                "35|8|quarter_disbursed|4|2567|1192040.00|13",
                "38|4|prior_year_balance|null|2566|14691100.00|9");
        assertThat(rows(sql.formatted("pdf"))).containsExactlyElementsOf(docx);
        assertThat(rows(sql.formatted("xlsx"))).containsExactlyElementsOf(docx);
    }

    @Test
    void mentionKeepsItsSentence() throws Exception {
        assertThat(rows("""
                SELECT m.sentence FROM fact_money_mention m JOIN submission s USING (submission_id)
                WHERE s.file_name = 'report-10.docx'""")).containsExactly(
                "(ได้รับการจัดสรรงบประมาณเพิ่มในไตรมาสที่ ๓/๖๗ จำนวน ๙๕,๙๐๐ บาท)");
    }

    @Test
    void reportTextHoldsTheProseAreaDurationAndCoordinator() throws Exception {
        assertThat(rows("""
                SELECT s.detected_format, t.provinces, t.nationwide, t.duration_months, t.coordinator,
                       t.objectives LIKE '%เพื่อทดแทนครุภัณฑ์คอมพิวเตอร์%', t.problems IS NOT NULL
                FROM report_text t JOIN submission s USING (submission_id)
                WHERE s.file_name LIKE 'report-01.%' ORDER BY 1""")).containsExactly(
                "docx|[]|true|6|กลุ่มยุทธศาสตร์และแผนงาน|true|true",
                "pdf|[]|true|6|กลุ่มยุทธศาสตร์และแผนงาน|true|true",
                "xlsx|[]|true|6|กลุ่มยุทธศาสตร์และแผนงาน|true|true");
        assertThat(rows("""
                SELECT DISTINCT t.provinces, t.nationwide FROM report_text t JOIN submission s USING (submission_id)
                WHERE s.file_name LIKE 'report-03.%'""")).containsExactly("[กรุงเทพมหานคร]|false");
    }

    @Test
    void everyFormatReadsTheProseSectionsOfEveryReport() throws Exception {
        assertThat(rows("""
                SELECT s.detected_format, count(*), count(objectives), count(targets), count(summary),
                       count(benefits), count(duration_months), count(coordinator)
                FROM report_text t JOIN submission s USING (submission_id) GROUP BY 1 ORDER BY 1""")).containsExactly(
                "docx|40|40|40|40|40|40|38", "pdf|40|40|40|40|40|40|38", "xlsx|40|40|40|40|40|40|38");
    }

    @Test
    void moneyMentionsAreExportedToParquet() throws Exception {
        assertThat(rows("SELECT count(*) FROM read_parquet('"
                + SampleWarehouse.get().resolve("parquet/fact_money_mention/*.parquet").toString().replace("'", "''") + "')"))
                .containsExactly("111");
    }
}
