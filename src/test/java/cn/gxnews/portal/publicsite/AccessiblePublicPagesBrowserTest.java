package cn.gxnews.portal.publicsite;

import cn.gxnews.portal.AbstractBrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.gxnews.portal.DemoTitles.NANNING_PUBLISHED_SEED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public page type is readable by everyone (WCAG 2.1 A and AA, which GB/T 37668 follows for web content):
 * axe-core finds no violation at a desktop and a phone width, the site's colours included (its colour contrast
 * rule), and a keyboard user first meets a visible skip link that leads to the content.
 */
class AccessiblePublicPagesBrowserTest extends AbstractBrowserTest {

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {1366, 390})
    void axe_core_finds_no_violation_on_any_public_page_type(int width) {
        if (width == 390) {
            phone();
        } else {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
        }
        Map<String, List<String>> violations = new LinkedHashMap<>();
        for (String path : PublicPageTypes.all(idOf(NANNING_PUBLISHED_SEED))) {
            browser.get(baseUrl() + path);
            wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
            List<String> found = axeViolations();
            if (!found.isEmpty()) {
                violations.put(path, found);
            }
        }
        assertThat(violations).as("axe-core's WCAG 2.1 A/AA violations by page").isEmpty();
    }

    @Test
    void the_first_tab_shows_a_skip_link_that_moves_the_focus_to_the_content() throws Exception {
        browser.get(baseUrl() + "/");
        JavascriptExecutor js = (JavascriptExecutor) browser;
        new Actions(browser).sendKeys(Keys.TAB).perform();

        assertThat(js.executeScript("return document.activeElement.textContent.trim()")).isEqualTo("跳到正文");
        assertThat((Boolean) js.executeScript("const r = document.activeElement.getBoundingClientRect();"
                + " return r.top >= 0 && r.height > 0 && getComputedStyle(document.activeElement).outlineStyle !== 'none'"))
                .as("the focused skip link is on screen with a focus outline").isTrue();
        screenshot("public-skip-link-focused.png");

        new Actions(browser).sendKeys(Keys.ENTER).perform();
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertThat((Boolean) js.executeScript("return document.getElementById('main').contains(document.activeElement)"))
                .as("after the skip link, Tab goes on inside the content").isTrue();
    }
}
