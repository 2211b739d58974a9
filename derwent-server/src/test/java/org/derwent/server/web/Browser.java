package org.derwent.server.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.derwent.server.security.DemoAccounts;
import org.derwent.server.testing.TestServer;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium driven by Selenium, signed in as one demo account; screenshots go to target/screenshots. */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private final ChromeDriver driver;
    private final String base;

    /** Held so the level sticks: Selenium warns about CDP versions it does not need here. */
    private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    static {
        SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    Browser() {
        this(TestServer.url());
    }

    /** A browser for the server at {@code base} (the benchmark may point it at a server it did not start). */
    Browser(String base) {
        this.base = base;
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        driver = new ChromeDriver(service, o);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    }

    ChromeDriver driver() {
        return driver;
    }

    void login(String user) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(DemoAccounts.PASSWORD);
        driver.findElement(By.id("signin")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().equals(base + "/"));
    }

    void open(String path) {
        driver.get(base + path);
    }

    /** Waits until every chart on the page has drawn (or reported an error) and returns how long the page took, in ms. */
    long waitForCharts() {
        new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(25)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && Array.from(document.querySelectorAll('[data-chart]'))"
                        + ".every(function (e) { return e.getAttribute('data-rendered') === 'true'; });"));
        return ((Number) ((JavascriptExecutor) driver).executeScript("return Math.round(performance.now());")).longValue();
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.body.scrollHeight;");
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, (int) Math.min(6000, Math.max(1000, height))));
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs axe-core on the current page; returns "id (impact): help [n nodes]" for serious and critical violations. */
    @SuppressWarnings("unchecked")
    List<String> seriousAccessibilityViolations() {
        try (var in = Browser.class.getResourceAsStream("/vendor/axe.min.js")) {
            ((JavascriptExecutor) driver).executeScript(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Object r = ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, { resultTypes: ['violations'] }).then(function (r) { done(r.violations.map(function (v) {"
                + " return { id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length, target: String(v.nodes[0].target) }; })); });");
        List<String> out = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) r) {
            if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
                out.add(v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " [" + v.get("nodes") + " nodes, e.g. " + v.get("target") + "]");
            }
        }
        return out;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
