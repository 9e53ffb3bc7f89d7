package th.planning.reports.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.planning.reports.warehouse.IncomingFile;
import th.planning.reports.warehouse.Submission;
import th.planning.reports.warehouse.Warehouse;

/** Whatever escapes reading or loading one file becomes that file's rejection, and the run goes on. */
class RejectOnSkipTest {

    @TempDir
    Path dir;

    @Test
    void aLibraryFailureWhileReadingOneFileRecordsItAsRejectedWithTheError() throws Exception {
        try (Warehouse w = Warehouse.open(dir)) {
            RejectOnSkip policy = new RejectOnSkip(w, 7);
            RuntimeException bug = new IllegalStateException("unexpected end of ZLIB input stream");
            assertThat(policy.shouldSkip(bug, 0)).isTrue();
            assertThat(policy.shouldSkip(new OutOfMemoryError("Java heap space"), 3)).isTrue();
            assertThat(policy.shouldSkip(new InternalError("broken JVM"), 0)).isFalse();
            assertThat(policy.shouldSkip(new IllegalStateException("write failed",
                    new java.sql.SQLException("Constraint Error: Duplicate key")), 0))
                    .as("the warehouse failing is not one file's fault: the run fails").isFalse();

            IncomingFile f = new IncomingFile(Path.of("q/รายงาน ไตรมาส.docx"), "q/รายงาน ไตรมาส.docx", 10,
                    Instant.EPOCH, "f".repeat(64));
            // as NextFileReader records a file whose reading threw: in the chunk, with the error
            w.write(7, List.of(RejectOnSkip.rejected(f, bug)));
            // as Spring Batch reports a file whose rows the warehouse refused when its chunk was written
            IncomingFile g = new IncomingFile(Path.of("q/second.pdf"), "q/second.pdf", 10, Instant.EPOCH, "e".repeat(64));
            policy.onSkipInWrite(Submission.rejected(g, null, "x"), new IllegalArgumentException("row refused"));
            try (var c = w.newConnection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT file_name, status, reason, run_id FROM submission ORDER BY submission_id")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("รายงาน ไตรมาส.docx");
                assertThat(rs.getString(2)).isEqualTo("rejected");
                assertThat(rs.getString(3))
                        .isEqualTo("could not be processed: IllegalStateException: unexpected end of ZLIB input stream");
                assertThat(rs.getLong(4)).isEqualTo(7);
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("second.pdf");
                assertThat(rs.getString(3)).isEqualTo("could not be loaded: IllegalArgumentException: row refused");
            }
        }
    }
}
