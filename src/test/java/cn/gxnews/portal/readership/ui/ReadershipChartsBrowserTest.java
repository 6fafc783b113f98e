package cn.gxnews.portal.readership.ui;

import cn.gxnews.portal.AbstractBrowserTest;
import cn.gxnews.portal.TestNewsroom;
import cn.gxnews.portal.readership.ReadershipCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;

import static cn.gxnews.portal.DemoTitles.GUILIN_PUBLISHED;
import static cn.gxnews.portal.DemoTitles.LIUZHOU_PUBLISHED;
import static cn.gxnews.portal.DemoTitles.NANNING_PUBLISHED_SEED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor sees the charts in a real browser: drawn, with their table out of sight but in the page, and
 * without making a phone's screen scroll sideways. The screenshots are the README's.
 */
class ReadershipChartsBrowserTest extends AbstractBrowserTest {

    @Autowired
    private ReadershipCounter counter;

    @AfterEach
    void writeWhatWasCounted() {
        counter.flush();
    }

    @Test
    void the_dashboard_and_readership_charts_are_drawn_and_fit_a_phone() throws IOException {
        int[] views = {12, 30, 7};
        String[] titles = {NANNING_PUBLISHED_SEED, LIUZHOU_PUBLISHED, GUILIN_PUBLISHED};
        for (int i = 0; i < titles.length; i++) {
            long id = idOf(titles[i]).value();
            for (int v = 0; v < views[i]; v++) {
                counter.count(id);
            }
            db.execute("insert into article_views (article_id, day, views) "
                    + "select ?, current_date - d, (? * (1 + (d % 5)))::bigint from generate_series(1, 29) d", id,
                    views[i] / 3 + 1);
        }
        counter.flush();

        browser.get(baseUrl() + "/desk");
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")));
        user.sendKeys("editor.all");
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(TestNewsroom.PASSWORD);
        click(browser.findElement(By.cssSelector("vaadin-button[slot='submit']")));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[name='password']")));

        browser.get(baseUrl() + "/desk/dashboard");
        WebElement chart = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#publications-per-week svg")));
        assertThat(chart.getSize().getWidth()).isGreaterThan(300);
        assertThat(browser.findElement(By.cssSelector("#review-turnaround svg title")).getAttribute("textContent"))
                .isEqualTo("近90天审稿用时（小时，从提交到审核决定）");
        screenshot("dashboard.png");

        browser.get(baseUrl() + "/desk/readership");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#views-per-day svg polyline")));
        assertThat(browser.findElement(By.cssSelector("#views-per-day .chart-table")).getSize().getWidth())
                .as("the table is for screen readers").isLessThanOrEqualTo(1);
        screenshot("readership.png");

        browser.manage().window().setSize(new Dimension(390, 844));
        for (String view : new String[] {"readership", "dashboard"}) {
            browser.get(baseUrl() + "/desk/" + view);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".chart svg")));
            Object overflow = ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) overflow).intValue()).as(view + " scrolls sideways on a phone").isLessThanOrEqualTo(0);
            screenshot(view + "-phone.png");
        }
    }
}
