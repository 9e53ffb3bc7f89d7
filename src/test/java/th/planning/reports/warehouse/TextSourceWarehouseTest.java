package th.planning.reports.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.planning.reports.document.DocumentFormat;
import th.planning.reports.document.OcrFigure;
import th.planning.reports.document.TextSource;
import th.planning.reports.extract.FormExtractor;
import th.planning.reports.extract.ReportRecord;
import th.planning.reports.support.SeedReports;
import th.planning.reports.validate.Validation;

/** Where a submission's text came from (V012): seed report 01 as a text file and as a scan. */
class TextSourceWarehouseTest {

    @TempDir
    Path dir;

    @Test
    void seedReport01ReadByOcrIsStoredAsOcrWithItsConfidenceAndFinding() throws Exception {
        ReportRecord r = FormExtractor.extract(SeedReports.document(SeedReports.texts().get(0)));
        IncomingFile scanFile = new IncomingFile(Path.of("a/scan-01.pdf"), "2567/Q4/a/scan-01.pdf", 1234,
                Instant.parse("2024-10-01T00:00:00Z"), "1".repeat(64));
        IncomingFile textFile = new IncomingFile(Path.of("a/report-01.pdf"), "2567/Q4/a/report-01.pdf", 1234,
                Instant.parse("2024-10-01T00:00:00Z"), "2".repeat(64));
        TextSource scan = new TextSource(6, 6, 91.4, List.of(new OcrFigure(4, "๙,๓๖๕,๘๐๐", 41.3, "๕,๓๒๕,๕๐๐")));
        try (Warehouse w = Warehouse.open(dir)) {
            w.write(1, List.of(
                    Submission.loaded(scanFile, DocumentFormat.PDF, Validation.validate(r, scanFile.relativePath(), scan)),
                    Submission.loaded(textFile, DocumentFormat.PDF, Validation.validate(r, textFile.relativePath()))));
            try (Connection c = w.newConnection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT file_name, text_source, ocr_confidence, "
                         + "(SELECT count(*) FROM dq_finding f WHERE f.submission_id = s.submission_id "
                         + "AND f.rule = 'ocr_low_confidence' AND f.field = 'allocated') "
                         + "FROM submission s ORDER BY file_name")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("report-01.pdf");
                assertThat(rs.getString(2)).isEqualTo("text");
                assertThat(rs.getObject(3)).isNull();
                assertThat(rs.getLong(4)).isZero();
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("scan-01.pdf");
                assertThat(rs.getString(2)).isEqualTo("ocr");
                assertThat(rs.getDouble(3)).isEqualTo(91.4);
                assertThat(rs.getLong(4)).isEqualTo(1);
            }
        }
    }
}
