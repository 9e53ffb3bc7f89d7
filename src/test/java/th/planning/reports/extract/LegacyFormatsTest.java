package th.planning.reports.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import th.planning.reports.document.Document;
import th.planning.reports.document.DocumentFormat;
import th.planning.reports.reading.DocumentReaders;
import th.planning.reports.thai.ThaiText;

/**
 * Legacy Word 97 and Excel 97 files (src/test/resources/legacy: sample reports 13 and 40 saved as
 * .doc and .xls by LibreOffice) are read with POI, not rejected.
 */
class LegacyFormatsTest {

    private static Document read(String name) {
        return DocumentReaders.withCanonicalizer(ThaiText::canonicalize).read(Path.of("src/test/resources/legacy", name));
    }

    @Test
    void word97FileOfSampleReport13() throws NotThisFormException {
        Document doc = read("report-13.doc");
        assertThat(doc.format()).isEqualTo(DocumentFormat.DOC);
        ReportRecord r = FormExtractor.extract(doc);
        assertThat(r.projectName().value()).isEqualTo("โครงการบูรณาการข้อมูลสถิติและสารสนเทศภาครัฐ");
        assertThat(r.quarter()).isEqualTo(4);
        assertThat(r.allocated().value()).isEqualByComparingTo("377500.00");
        assertThat(r.disbursed().value()).isEqualByComparingTo("65077.86");
        assertThat(r.progressTotal().value()).isEqualByComparingTo("100");
    }

    @Test
    void excel97FileOfSampleReport40() throws NotThisFormException {
        Document doc = read("report-40.xls");
        assertThat(doc.format()).isEqualTo(DocumentFormat.XLS);
        ReportRecord r = FormExtractor.extract(doc);
        assertThat(r.quarter()).isEqualTo(4);
        assertThat(r.allocated().value()).isEqualByComparingTo("5840000.00");
        assertThat(r.contracted().value()).isEqualByComparingTo("5275100.00");
        assertThat(r.disbursed().value()).isEqualByComparingTo("5275100.00");
        assertThat(r.progressTotal().value()).isEqualByComparingTo("75.00");
        assertThat(r.progressYear().value()).isEqualByComparingTo("100");
    }
}
