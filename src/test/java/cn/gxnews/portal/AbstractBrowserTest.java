package cn.gxnews.portal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Base of the tests in a real browser: a fresh Debian Chromium per test (see {@link Chromium}) at a desktop
 * size, and the few moves every such test makes. Screenshots are kept in {@code target/screenshots}.
 */
public abstract class AbstractBrowserTest extends AbstractIntegrationTest {

    protected WebDriver browser;
    protected WebDriverWait wait;
    private Path screenshots;

    @BeforeEach
    void startBrowser() throws IOException {
        browser = Chromium.start();
        browser.manage().window().setSize(new Dimension(1280, 900));
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        screenshots = Chromium.screenshotDirectory();
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Clicks the element after scrolling it to the middle of the window, where nothing covers it. */
    protected void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    protected void waitForText(String text) {
        wait.until(driver -> driver.getPageSource().contains(text));
    }

    protected void screenshot(String name) throws IOException {
        Files.write(screenshots.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
