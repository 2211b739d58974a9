package org.derwent.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.derwent.server.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Benchmark, not a unit test: runs only with {@code -Dderwent.bench=true} (and Chromium installed). Opens the
 * indicator page (SPC, funnel, inequality and breakdown charts), the overview and the map in headless Chromium
 * as the ICB analyst, 1 cold + 10 warm loads each, and prints the time from navigation start until every chart
 * has drawn. {@code -Dderwent.bench.url=http://127.0.0.1:8080} points it at a running server (e.g. a
 * full-population store); otherwise it uses the fixture store.
 */
class PageRenderBenchmark {
    @Test
    void indicator_page_time_to_charts() {
        assumeTrue(Boolean.getBoolean("derwent.bench"), "benchmark: run with -Dderwent.bench=true");
        assumeTrue(Browser.available(), "Chromium and chromedriver are not installed");
        String url = System.getProperty("derwent.bench.url");
        String base = url != null && !url.isBlank() ? url : TestServer.url();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("indicator", "/indicators/HYP_TTT");
        pages.put("indicator-pcn", "/indicators/DM_PREV?level=pcn");
        pages.put("overview", "/");
        pages.put("map", "/map?indicator=HYP_TTT");
        try (Browser b = new Browser(base)) {
            b.login("analyst");
            for (var e : pages.entrySet()) {
                long[] ms = new long[11];
                for (int i = 0; i < ms.length; i++) {
                    b.open(e.getValue());
                    ms[i] = b.waitForCharts();
                }
                assertThat(b.driver().findElements(By.cssSelector("[data-chart]")).stream().map(x -> x.getText())
                        .filter(t -> t.startsWith("Chart not available")).toList()).as(e.getKey()).isEmpty();
                long cold = ms[0];
                long[] warm = Arrays.copyOfRange(ms, 1, ms.length);
                Arrays.sort(warm);
                System.out.printf("page %-13s charts drawn: cold %d ms, warm median %d ms, max %d ms (%d charts)%n", e.getKey(),
                        cold, warm[warm.length / 2], warm[warm.length - 1],
                        b.driver().findElements(By.cssSelector("[data-chart]")).size());
            }
        }
    }
}
