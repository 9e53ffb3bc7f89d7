package th.planning.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import th.planning.reports.support.HeadlessChromium;
import th.planning.reports.support.SampleWarehouse;

/**
 * The dashboard in a real browser (Debian's Chromium, headless, driven by Selenium through
 * chromium-driver) on the warehouse of sample-input, served by {@code report-etl serve}'s server: it reads
 * the manifest and the Parquet, every chart has data, the numbers it shows are the SQL answers on the same
 * warehouse, and no request leaves this machine. Writes {@code target/dashboard/dashboard-sample.png}.
 * Skipped, saying why, where Chromium or its driver is not installed or the build has no dashboard.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardSampleWarehouseBrowserTest {

    DashboardServer server;
    ChromeDriver browser;
    String origin;

    @BeforeAll
    void openTheDashboard() throws Exception {
        HeadlessChromium.assumeInstalled();
        Assumptions.assumeTrue(DashboardServer.bundled(),
                "this build has no dashboard (-Ddashboard.skip=true): the dashboard's browser test is skipped");
        Path warehouse = SampleWarehouse.get();
        server = DashboardServer.start("127.0.0.1", 0, warehouse);
        origin = "http://127.0.0.1:" + server.port() + "/";
        browser = HeadlessChromium.start(1400, 2600);
        browser.get(origin);
        waitUntilDrawn("th");
        System.out.println("dashboard drawn " + browser.findElement(By.tagName("body")).getDomAttribute("data-drawn-ms")
                + " ms after navigation");
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private void waitUntilDrawn(String lang) {
        new WebDriverWait(browser, Duration.ofSeconds(90)).until(d -> {
            String ready = d.findElement(By.tagName("body")).getDomAttribute("data-ready");
            String error = d.findElement(By.tagName("body")).getDomAttribute("data-error");
            return error != null || (ready != null && ready.endsWith("/" + lang));
        });
        assertThat(browser.findElement(By.tagName("body")).getDomAttribute("data-error"))
                .as("the page's error").isNull();
    }

    private String shown(String id) {
        return browser.findElement(By.id(id)).getText().strip();
    }

    @Test
    void theSampleQuarterIsShownInThaiWithTheReportsMoneyAndFindingsSqlCounts() throws Exception {
        assertThat(new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("period")))
                .getFirstSelectedOption().getText()).isEqualTo("ปีงบประมาณ 2567 ไตรมาสที่ 4");
        assertThat(shown("title")).isEqualTo("ผลการดำเนินงานและการใช้จ่ายงบประมาณรายไตรมาส");

        String reports = SampleWarehouse.rows(
                "SELECT count(*) FROM v_submission_summary WHERE fiscal_year_be = 2567 AND quarter = 4").get(0);
        BigDecimal disbursed = new BigDecimal(SampleWarehouse.rows(
                "SELECT sum(disbursed) FROM v_submission_summary WHERE fiscal_year_be = 2567 AND quarter = 4").get(0));
        String findings = SampleWarehouse.rows("SELECT count(*) FROM dq_finding f JOIN v_submission_summary s"
                + " USING (submission_id) WHERE s.fiscal_year_be = 2567 AND s.quarter = 4").get(0);
        DecimalFormat baht = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));

        assertThat(shown("n-reports")).isEqualTo(reports).isEqualTo("40");
        assertThat(shown("n-disbursed")).isEqualTo(baht.format(disbursed));
        assertThat(shown("n-findings")).isEqualTo(findings).isEqualTo("41");
    }

    @Test
    void everyChartIsDrawnWithData() {
        List<WebElement> charts = browser.findElements(By.cssSelector(".chart"));
        assertThat(charts).hasSize(6);
        for (WebElement chart : charts) {
            String id = chart.getDomAttribute("id");
            assertThat(Integer.parseInt(chart.getDomAttribute("data-points"))).as(id).isPositive();
            assertThat(chart.findElements(By.tagName("canvas"))).as(id + " drawn").isNotEmpty();
        }
        // The findings' table carries the text each was found in.
        assertThat(browser.findElement(By.id("table-findings")).getDomAttribute("data-rows")).isEqualTo("41");
        assertThat(browser.findElement(By.id("table-findings")).getText())
                .contains("amount_words_unreadable", "แก้ล้านสามแสนหกหมื่นห้าพันแปดร้อยบาทถ้วน");
    }

    @Test
    void everyRequestStaysOnThisMachine() {
        @SuppressWarnings("unchecked")
        List<String> urls = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return [location.href].concat(performance.getEntriesByType('resource').map(e => e.name))");
        assertThat(urls).as("what the page fetched").contains(origin + "parquet/manifest.json")
                .anyMatch(u -> u.endsWith(".parquet"))
                .allMatch(u -> u.startsWith(origin), "is on " + origin);
    }

    @Test
    void englishLabelsReplaceTheThaiOnesAndTheNumbersStay() throws Exception {
        String disbursed = shown("n-disbursed");
        browser.findElement(By.id("lang-en")).click();
        waitUntilDrawn("en");
        try {
            assertThat(shown("title")).isEqualTo("Quarterly performance and budget execution");
            assertThat(shown("n-disbursed")).isEqualTo(disbursed);
            Path png = Path.of("target/dashboard/dashboard-sample-en.png");
            Files.createDirectories(png.getParent());
            Files.write(png, browser.getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.findElement(By.id("lang-th")).click();
            waitUntilDrawn("th");
        }
    }

    @Test
    void aScreenshotIsWrittenUnderTarget() throws Exception {
        Path png = Path.of("target/dashboard/dashboard-sample.png");
        Files.createDirectories(png.getParent());
        Files.write(png, browser.getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(png)).isGreaterThan(50_000);
        // A PNG whose size is the window's.
        var image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1400);
    }
}
