package th.planning.reports.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.planning.reports.warehouse.IncomingFile;
import th.planning.reports.warehouse.Warehouse;

/** Whatever escapes the processor for one file becomes that file's rejection, and the run goes on. */
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
            policy.onSkipInProcess(f, bug);
            try (var c = w.newConnection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT file_name, status, reason, run_id FROM submission")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("รายงาน ไตรมาส.docx");
                assertThat(rs.getString(2)).isEqualTo("rejected");
                assertThat(rs.getString(3))
                        .isEqualTo("could not be processed: IllegalStateException: unexpected end of ZLIB input stream");
                assertThat(rs.getLong(4)).isEqualTo(7);
            }
        }
    }
}
