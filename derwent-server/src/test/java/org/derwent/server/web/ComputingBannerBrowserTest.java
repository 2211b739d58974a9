package org.derwent.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import org.derwent.server.status.Part;
import org.derwent.server.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real browser: while the SPC series are being computed the indicator page shows the banner and the SPC
 * chart says why it is missing; once the series are ready the page reloads itself and draws the chart.
 */
class ComputingBannerBrowserTest {
    @Test
    void banner_shows_while_computing_and_page_reloads_when_ready() {
        assumeTrue(Browser.available(), "Debian chromium and chromium-driver are not installed");
        var readiness = TestServer.get().readiness();
        try (Browser b = new Browser()) {
            b.login("analyst");
            readiness.computing(Part.SERIES, 90);
            b.open("/indicators/HYP_TTT");
            b.waitForCharts();
            assertThat(b.driver().findElement(By.cssSelector(".derwent-status")).getText())
                    .contains("SPC series being computed - ready in about");
            assertThat(b.text()).contains("Chart not available: SPC series being computed");
            b.screenshot("indicator-while-series-computing");
            readiness.ready(Part.SERIES);
            new WebDriverWait(b.driver(), Duration.ofSeconds(15)).until(d -> d.findElements(By.cssSelector(".derwent-status")).isEmpty());
            b.waitForCharts();
            assertThat(b.text()).doesNotContain("Chart not available");
        } finally {
            readiness.ready(Part.SERIES);
        }
    }
}
