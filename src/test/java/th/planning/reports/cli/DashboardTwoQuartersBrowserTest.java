package th.planning.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import th.planning.reports.batch.IngestRunner;
import th.planning.reports.support.FormFiles;
import th.planning.reports.support.HeadlessChromium;

/**
 * Seed report 01 sent for two projects in quarter 3 of 2567 and for one of them in quarter 4: the
 * dashboard opens on the latest quarter, names the project that reported in quarter 3 but not in 4,
 * and shows quarter 3's two reports when it is chosen.
 */
class DashboardTwoQuartersBrowserTest {

    @TempDir
    Path tmp;

    /** Report 01 as project {@code tag}, its quarter ticked as {@code quarter} (๑–๔). */
    private static List<String> report01(String tag, char quarter) {
        return FormFiles.report01(tag, l -> l.startsWith("- ณ สิ้นไตรมาส")
                ? (l.contains("ไตรมาส " + quarter) ? "[ X ] " : "[   ] ") + l.substring(2) : l);
    }

    @Test
    void theProjectThatReportedInQuarter3ButNotIn4IsNamedAndQuarter3CanBeChosen() throws Exception {
        HeadlessChromium.assumeInstalled();
        Assumptions.assumeTrue(DashboardServer.bundled(), "this build has no dashboard (-Ddashboard.skip=true)");
        Path drop = tmp.resolve("drop");
        Files.createDirectories(drop.resolve("2567/Q3/nso"));
        Files.createDirectories(drop.resolve("2567/Q4/nso"));
        FormFiles.docx(drop.resolve("2567/Q3/nso/a.docx"), report01("ก", '๓'));
        FormFiles.docx(drop.resolve("2567/Q3/nso/b.docx"), report01("ข", '๓'));
        FormFiles.docx(drop.resolve("2567/Q4/nso/a.docx"), report01("ก", '๔'));
        Path warehouse = tmp.resolve("warehouse");
        assertThat(IngestRunner.run(drop, warehouse, 1, Map.of()).completed()).isTrue();

        ChromeDriver browser = HeadlessChromium.start(1400, 1600);
        try (DashboardServer server = DashboardServer.start("127.0.0.1", 0, warehouse)) {
            browser.get("http://127.0.0.1:" + server.port() + "/?lang=en");
            waitFor(browser, "2567/4/en");
            assertThat(browser.findElement(By.id("n-reports")).getText()).isEqualTo("1");
            var missing = browser.findElement(By.id("table-missing"));
            assertThat(missing.getDomAttribute("data-rows")).isEqualTo("1");
            assertThat(missing.getText()).contains("ชุดข").doesNotContain("ชุดก");

            new Select(browser.findElement(By.id("period"))).selectByValue("2567/3");
            waitFor(browser, "2567/3/en");
            assertThat(browser.findElement(By.id("n-reports")).getText()).isEqualTo("2");
            assertThat(browser.findElement(By.id("table-missing")).getDomAttribute("data-rows")).isEqualTo("0");
        } finally {
            browser.quit();
        }
    }

    private static void waitFor(ChromeDriver browser, String ready) {
        new WebDriverWait(browser, Duration.ofSeconds(90)).until(d -> {
            var body = d.findElement(By.tagName("body"));
            return body.getDomAttribute("data-error") != null || ready.equals(body.getDomAttribute("data-ready"));
        });
        assertThat(browser.findElement(By.tagName("body")).getDomAttribute("data-error")).isNull();
    }
}
