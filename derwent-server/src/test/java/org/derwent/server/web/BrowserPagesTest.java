package org.derwent.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Every role signs in through the real login form in headless Chromium, opens each page it may see, and the
 * test asserts what is shown, saves a screenshot (target/screenshots) and runs axe-core (no serious or
 * critical violations). Skipped when /usr/bin/chromium or /usr/bin/chromedriver is absent.
 */
class BrowserPagesTest {
    /** Roles whose pages axe-core checks: between them they show every page and both worklist variants. */
    static final java.util.Set<String> AXE_ROLES = java.util.Set.of("analyst", "clinician", "public");

    @BeforeAll
    static void needsChromium() {
        assumeTrue(Browser.available(), "Debian chromium and chromium-driver are not installed");
    }

    @Test
    void icb_analyst_sees_all_pages_pseudonymised() {
        try (Browser b = new Browser()) {
            b.login("analyst");
            Map<String, String> pages = pages("/profile/practice/C81001");
            List<String> a11y = visit(b, "analyst", pages);
            b.open("/");
            assertThat(b.text()).contains("Plan targets").contains("Hypertension treated to target").contains("Sign out");
            b.open("/indicators/HYP_TTT");
            b.waitForCharts();
            assertThat(b.text()).contains("Variation between practices").contains("Inequality by deprivation")
                    .contains("Slope index of inequality").contains("~ rounded");
            assertThat(b.driver().findElement(By.id("funnel-outliers")).getText()).contains("Outside the 95% limits");
            b.open("/indicators/LD_HC");
            b.waitForCharts();
            assertThat(b.text()).contains("* suppressed");
            b.open("/worklists?indicator=HYP_TTT");
            assertThat(b.text()).contains("Pseudonym").contains("Pseudonymised list").doesNotContainPattern("999 ?\\d{3} ?\\d{4}");
            assertThat(b.driver().findElements(By.xpath("//th[text()='NHS number']"))).isEmpty();
            assertThat(a11y).isEmpty();
        }
    }

    @Test
    void pcn_clinician_sees_identifiable_worklist_and_saves_status() {
        try (Browser b = new Browser()) {
            b.login("clinician");
            List<String> a11y = visit(b, "clinician", pages("/profile/pcn/" + area(b)));
            b.open("/worklists?indicator=CVD_RISK20_LLT");
            assertThat(b.text()).contains("NHS number").contains("QRISK3");
            b.driver().findElement(By.cssSelector(".derwent-worklist button[value='done']")).click();
            assertThat(b.driver().findElement(By.cssSelector(".derwent-worklist .derwent-status--done")).getText()).isEqualTo("done");
            b.screenshot("clinician-worklist-after-status");
            b.open("/indicators/HYP_TTT");
            b.waitForCharts();
            assertThat(b.text()).contains("Within limits");
            assertThat(a11y).isEmpty();
        }
    }

    @Test
    void place_lead_and_practice_user_see_their_own_areas() {
        try (Browser b = new Browser()) {
            b.login("placelead");
            List<String> a11y = new ArrayList<>(visit(b, "placelead", pages(null)));
            b.open("/indicators/HYP_TTT?level=pcn");
            b.waitForCharts();
            assertThat(b.text()).contains("Variation between primary care networks");
            b.open("/profile/practice/" + outsidePlace());
            assertThat(b.text()).contains("not in your scope");
            b.open("/quality");
            assertThat(b.text()).contains("Load history").contains("date in the future");
            assertThat(a11y).isEmpty();
        }
        try (Browser b = new Browser()) {
            b.login("practice");
            List<String> a11y = visit(b, "practice", pages(null));
            b.open("/");
            assertThat(b.text()).contains("Practice:");
            assertThat(a11y).isEmpty();
        }
    }

    @Test
    void public_sees_headlines_only() {
        try (Browser b = new Browser()) {
            b.login("public");
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("overview", "/");
            pages.put("indicators", "/indicators");
            pages.put("indicator", "/indicators/HYP_TTT");
            List<String> a11y = visit(b, "public", pages);
            assertThat(b.text()).doesNotContain("Variation between practices").contains("Places");
            assertThat(b.driver().findElements(By.linkText("Worklists"))).isEmpty();
            b.open("/worklists");
            assertThat(b.text()).contains("403");
            assertThat(a11y).isEmpty();
        }
    }

    static Map<String, String> pages(String profile) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("overview", "/");
        p.put("indicators", "/indicators");
        p.put("indicator", "/indicators/HYP_TTT");
        p.put("map", "/map?indicator=HYP_PREV");
        p.put("riskmap", "/map?model=qrisk3");
        p.put("profiles", "/profile");
        if (profile != null) {
            p.put("profile", profile);
        }
        p.put("worklists", "/worklists");
        p.put("quality", "/quality");
        return p;
    }

    /** Opens each page, waits for its charts, screenshots it and returns the serious accessibility violations. */
    static List<String> visit(Browser b, String role, Map<String, String> pages) {
        List<String> problems = new ArrayList<>();
        for (var e : pages.entrySet()) {
            b.open(e.getValue());
            long ms = b.waitForCharts();
            assertThat(b.driver().findElements(By.cssSelector("[data-chart]")).stream()
                    .map(x -> x.getText()).filter(t -> t.startsWith("Chart not available")).toList()).as(role + " " + e.getKey()).isEmpty();
            assertThat(b.text()).as(role + " " + e.getKey()).doesNotContain("Sorry, there is a problem");
            System.out.printf("page %-10s %-11s rendered with charts in %d ms%n", role, e.getKey(), ms);
            b.screenshot(role + "-" + e.getKey());
            if (AXE_ROLES.contains(role)) {
                b.seriousAccessibilityViolations().forEach(v -> problems.add(role + " " + e.getKey() + ": " + v));
            }
        }
        return problems;
    }

    static String area(Browser b) {
        b.open("/profile");
        String href = b.driver().findElement(By.cssSelector("a[href^='/profile/pcn/']")).getAttribute("href");
        return href.substring(href.lastIndexOf('/') + 1);
    }

    static String outsidePlace() {
        return org.derwent.server.testing.TestServer.get().store().query("SELECT p.practice_code FROM org_practice p JOIN geo_district d "
                + "USING (district_code) WHERE d.place_code <> (SELECT area_code FROM app_user WHERE username = 'placelead') "
                + "ORDER BY 1 LIMIT 1", List.of()).rows().get(0).get(0).toString();
    }
}
