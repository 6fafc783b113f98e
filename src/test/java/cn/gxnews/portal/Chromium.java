package cn.gxnews.portal;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Starts Debian's Chromium, driven by Debian's chromedriver, for the browser tests: headless, in Chinese, with
 * a fresh profile and no network chatter. Without Chromium a browser test is skipped with a message, except
 * under {@code CI=true}, where it must run.
 */
public final class Chromium {

    private Chromium() {
    }

    public static WebDriver start() throws IOException {
        Path chromium = Path.of(System.getenv().getOrDefault("PORTAL_CHROMIUM", "/usr/bin/chromium"));
        Path driver = Path.of(System.getenv().getOrDefault("PORTAL_CHROMEDRIVER", "/usr/bin/chromedriver"));
        boolean available = Files.isExecutable(chromium) && Files.isExecutable(driver);
        if (!available && "true".equals(System.getenv("CI"))) {
            fail("CI must run the browser tests: install Debian's chromium and chromium-driver (see .ci/run)");
        }
        assumeTrue(available, "browser test skipped: install Debian's chromium and chromium-driver to run it");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--hide-scrollbars", "--lang=zh-CN", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        // the console, so that tests can check that no Content-Security-Policy violation was reported
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build(), options);
    }

    /** What the page reported in the browser's console since the last call (errors, CSP violations, …). */
    public static List<String> console(WebDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    /** Where screenshots of the browser tests are kept. */
    public static Path screenshotDirectory() throws IOException {
        Path directory = Path.of(System.getProperty("portal.screenshot-dir", "target/screenshots"));
        Files.createDirectories(directory);
        return directory;
    }
}
