package cn.gxnews.portal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

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

    /** Signs in on the desk's sign-in form on screen with the demo password, and waits until the form is gone. */
    protected void signInOnForm(String username) {
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")));
        user.sendKeys(username);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(TestNewsroom.PASSWORD);
        click(browser.findElement(By.cssSelector("vaadin-button[slot='submit']")));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[name='password']")));
    }

    /** The button showing this text, once it can be clicked. */
    protected WebElement button(String text) {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space(.)='" + text + "']")));
    }

    protected void waitForText(String text) {
        wait.until(driver -> driver.getPageSource().contains(text));
    }

    protected void screenshot(String name) throws IOException {
        Files.write(screenshots.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /**
     * A phone's viewport: 390×844 CSS pixels, touch-sized as on a phone, the width the desk and the site must
     * work at. Chromium does not make a window narrower than 500 px, so the page's viewport is set by DevTools.
     */
    protected void phone() {
        ((org.openqa.selenium.chromium.HasCdp) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    /**
     * The WCAG 2.1 A and AA violations that axe-core (src/test/resources/axe-core) finds on the page,
     * each as "rule: help [elements]"; empty when the page passes.
     */
    protected List<String> axeViolations() {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined'"))) {
            js.executeScript(AXE_SCRIPT);
        }
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(result => done(result.violations.map(v => v.id + ': ' + v.help + ' '
                        + JSON.stringify(v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' ' + n.failureSummary)))))
                   .catch(e => done(['axe failed: ' + e]));
                """);
        return violations;
    }

    /**
     * What sticks out past the right edge of the viewport, so that a phone would have to scroll sideways or
     * could not reach it: elements whose box ends right of the viewport, unless a clipping ancestor inside the
     * viewport cuts them on purpose (a cell's text ending in "…"), and always the controls a user must reach
     * (buttons, links, fields) even when clipped. A scrolling ancestor does not excuse anything: scrolling
     * sideways inside a dialog is no better on a phone. Each as "tag.class 'text' +px".
     */
    protected List<String> overflowingElements() {
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) ((JavascriptExecutor) browser).executeScript(OVERFLOW_SCRIPT);
        return found;
    }

    private static final String AXE_SCRIPT = resource("axe-core/axe.min.js");

    private static final String OVERFLOW_SCRIPT = """
            const width = document.documentElement.clientWidth;
            const found = [];
            if (document.documentElement.scrollWidth > width) {
              found.push('document +' + (document.documentElement.scrollWidth - width) + 'px');
            }
            const control = el => /^(BUTTON|A|INPUT|TEXTAREA|SELECT|VAADIN-BUTTON|VAADIN-.*-FIELD|VAADIN-TEXT-AREA|VAADIN-.*-PICKER|VAADIN-COMBO-BOX|VAADIN-SELECT|VAADIN-CHECKBOX|VAADIN-UPLOAD|VAADIN-MENU-BAR|VAADIN-TABS?)$/.test(el.tagName);
            const name = el => el.tagName.toLowerCase() + (el.className && typeof el.className === 'string'
                ? '.' + el.className.trim().split(/\s+/).join('.') : '')
                + " '" + (el.innerText || el.getAttribute('aria-label') || '').trim().slice(0, 30) + "'";
            function visit(el, clipped) {
              const style = getComputedStyle(el);
              if (style.display === 'none' || style.visibility === 'hidden' || el.hasAttribute('hidden')) return;
              if (style.position === 'fixed' && el.getBoundingClientRect().right <= 0) return;
              const box = el.getBoundingClientRect();
              if (box.width > 0 && box.height > 0 && box.right > width + 1 && box.left < width
                  && (!clipped || control(el))) {
                found.push(name(el) + ' +' + Math.round(box.right - width) + 'px');
                return;
              }
              const clips = (style.overflowX === 'hidden' || style.overflowX === 'clip') && box.right <= width + 1;
              const children = [...el.children, ...(el.shadowRoot ? el.shadowRoot.children : [])];
              for (const child of children) visit(child, clipped || clips);
            }
            visit(document.body, false);
            return found;
            """;

    private static String resource(String name) {
        try (var in = AbstractBrowserTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the test class path");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
