package th.planning.reports.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import th.planning.reports.warehouse.Warehouse;

/** {@code report-etl status}: a completed run, then a run whose Parquet export fails, read back. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunHistoryTest {

    static final Path SAMPLE_DIR = Path.of("sample-input/2567/Q4/สำนักงานสถิติแห่งชาติ");

    @TempDir
    static Path tmp;
    Path input;
    Path warehouse;
    RunHistory.History history;

    @BeforeAll
    void aGoodRunThenAFailedOne() throws Exception {
        input = tmp.resolve("drop/2567/Q4/agency");
        warehouse = tmp.resolve("wh");
        Files.createDirectories(input);
        for (String f : new String[] {"report-01.docx", "report-02.pdf", "report-03.xlsx"}) {
            Files.copy(SAMPLE_DIR.resolve(f), input.resolve(f));
        }
        RunSummary ok = IngestRunner.run(tmp.resolve("drop"), warehouse, 1, Map.of());
        assertThat(ok.completed()).isTrue();

        // A regular file where the Parquet export wants its directory: the last step fails.
        deleteTree(warehouse.resolve("parquet"));
        Files.writeString(warehouse.resolve("parquet"), "not a directory");
        Files.copy(SAMPLE_DIR.resolve("report-04.docx"), input.resolve("report-04.docx"));
        RunSummary failed = IngestRunner.run(tmp.resolve("drop"), warehouse, 1, Map.of());
        assertThat(failed.completed()).isFalse();

        history = RunHistory.read(warehouse, null, 10);
    }

    @Test
    void listsRunsNewestFirstWithTheScanCountsAndWhatWasLoaded() {
        assertThat(history.runs()).extracting(RunHistory.Run::runId).containsExactly(2L, 1L);
        RunHistory.Run first = history.runs().get(1);
        assertThat(first.status()).isEqualTo("completed");
        assertThat(first.seen()).isEqualTo(3);
        assertThat(first.newFiles()).isEqualTo(3);
        assertThat(first.loaded()).isEqualTo(3);
        assertThat(first.rejected()).isZero();
        assertThat(first.started()).isNotNull();
        assertThat(first.finished()).isAfterOrEqualTo(first.started());
        assertThat(first.reason()).isNull();

        RunHistory.Run second = history.runs().get(0);
        assertThat(second.seen()).isEqualTo(4);
        assertThat(second.newFiles()).isEqualTo(1);
        assertThat(second.loaded()).isEqualTo(1);
    }

    @Test
    void aFailedRunShowsTheReasonFromTheJobRepository() {
        RunHistory.Run failed = history.runs().get(0);
        assertThat(failed.status()).isEqualTo("failed");
        assertThat(failed.failed()).isTrue();
        assertThat(failed.reason()).contains("parquet");
        assertThat(RunHistory.render(history))
                .contains("runs that did not complete:")
                .contains("run 2 failed: " + failed.reason());
    }

    @Test
    void refusesClearlyWhileAWriterHoldsTheWarehouse() throws Exception {
        try (Warehouse held = Warehouse.open(warehouse)) {
            assertThatThrownBy(() -> RunHistory.read(warehouse, null, 10))
                    .isInstanceOf(RunHistory.WarehouseBusyException.class)
                    .hasMessageContaining("held by a running job");
        }
        // and reads again once the writer has gone
        assertThat(RunHistory.read(warehouse, null, 10).runs()).hasSize(2);
    }

    @Test
    void aMissingWarehouseIsNamedAsMissingNotShownAsOneWithoutRuns() throws Exception {
        Path nowhere = tmp.resolve("nothing-here");
        assertThatThrownBy(() -> RunHistory.read(nowhere, null, 10))
                .isInstanceOf(RunHistory.NoWarehouseException.class)
                .hasMessageContaining("there is no warehouse at " + nowhere.toAbsolutePath());
        assertThat(nowhere).as("a read-only command creates nothing").doesNotExist();
        Files.createDirectories(nowhere);
        assertThatThrownBy(() -> RunHistory.read(nowhere, null, 10))
                .isInstanceOf(RunHistory.NoWarehouseException.class)
                .hasMessageContaining("there is no warehouse at " + nowhere.resolve(Warehouse.FILE_NAME).toAbsolutePath());
    }

    @Test
    void refusesWithoutOpeningAnythingWhileARunHoldsTheWarehouse() throws Exception {
        try (RunLock run = RunLock.acquire(warehouse)) {
            assertThatThrownBy(() -> RunHistory.read(warehouse, null, 10))
                    .isInstanceOf(RunHistory.WarehouseBusyException.class)
                    .hasMessageContaining("a run is using the warehouse");
        }
        assertThat(RunHistory.read(warehouse, null, 10).runs()).hasSize(2);
    }

    private static void deleteTree(Path dir) throws Exception {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
