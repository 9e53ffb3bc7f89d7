package th.planning.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.planning.reports.warehouse.Warehouse;

/** {@code report-etl serve}'s web side: the page, the published export as it is now, and nothing else. */
class DashboardServerTest {

    @TempDir
    Path warehouse;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(DashboardServer s, String rawPath) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + rawPath)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String versionFolder(String manifest) {
        return manifest.replaceAll("(?s).*\"version_folder\" : \"([^\"]+)\".*", "$1");
    }

    @Test
    void theManifestServedIsTheExportPublishedAtTheTimeOfTheRequest() throws Exception {
        try (Warehouse w = Warehouse.open(warehouse)) {
            w.exportParquet(t -> { });
        }
        try (DashboardServer s = DashboardServer.start("127.0.0.1", 0, warehouse)) {
            HttpResponse<String> first = get(s, "/parquet/manifest.json");
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.headers().firstValue("Content-Type")).contains("application/json");
            assertThat(first.headers().firstValue("Cache-Control")).contains("no-store");
            assertThat(versionFolder(first.body()))
                    .isEqualTo(warehouse.resolve("parquet").toRealPath().getFileName().toString());

            try (Warehouse w = Warehouse.open(warehouse)) {
                w.exportParquet(t -> { });
            }
            String now = warehouse.resolve("parquet").toRealPath().getFileName().toString();
            assertThat(now).isNotEqualTo(versionFolder(first.body()));
            assertThat(versionFolder(get(s, "/parquet/manifest.json").body())).isEqualTo(now);
            HttpResponse<String> file = get(s, "/parquet/dim_agency/dim_agency.parquet");
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.body()).startsWith("PAR1");
        }
    }

    @Test
    void nothingOutsideThePublishedFolderIsServedNotEvenThroughALinkInIt() throws Exception {
        try (Warehouse w = Warehouse.open(warehouse)) {
            w.exportParquet(t -> { });
        }
        Files.createSymbolicLink(warehouse.resolve("parquet").toRealPath().resolve("ledger.parquet"),
                warehouse.resolve("warehouse.duckdb").toAbsolutePath());
        try (DashboardServer s = DashboardServer.start("127.0.0.1", 0, warehouse)) {
            assertThat(get(s, "/parquet/../warehouse.duckdb").statusCode()).isEqualTo(400);
            assertThat(get(s, "/parquet/%2e%2e/warehouse.duckdb").statusCode()).isEqualTo(400);
            HttpResponse<String> link = get(s, "/parquet/ledger.parquet");
            assertThat(link.statusCode()).isEqualTo(404);
            assertThat(link.body()).isEqualTo("not found: /parquet/ledger.parquet\n");
            assertThat(get(s, "/parquet/").statusCode()).isEqualTo(404);
            assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/parquet/manifest.json"))
                    .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).isEqualTo(405);
        }
    }

    @Test
    void beforeTheFirstExportTheParquetRequestSaysSoAndThePageIsServed() throws Exception {
        try (DashboardServer s = DashboardServer.start("127.0.0.1", 0, warehouse)) {
            HttpResponse<String> r = get(s, "/parquet/manifest.json");
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.body()).startsWith("no Parquet export yet in ").contains("report-etl ingest");
            if (DashboardServer.bundled()) {
                HttpResponse<String> page = get(s, "/");
                assertThat(page.statusCode()).isEqualTo(200);
                assertThat(page.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
                assertThat(page.body()).contains("<script type=\"module\" src=\"app.js\">");
            }
        }
    }
}
