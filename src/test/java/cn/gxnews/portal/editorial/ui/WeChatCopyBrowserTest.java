package cn.gxnews.portal.editorial.ui;

import cn.gxnews.portal.AbstractBrowserTest;
import cn.gxnews.portal.Chromium;
import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.base.PortalProperties;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static cn.gxnews.portal.DemoTitles.NANNING_PUBLISHED_SEED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 复制到公众号 in a real browser: an editor copies a published article from the review screen with one click, and
 * pasting it into a content-editable element (what the WeChat official account editor is) keeps the styles on
 * the elements, the photos at absolute addresses with the site's captions, and the source line with its link.
 */
class WeChatCopyBrowserTest extends AbstractBrowserTest {

    @Autowired
    private PortalProperties properties;

    @Test
    void an_editor_copies_a_published_article_and_pasting_it_keeps_styles_photos_captions_and_source() throws Exception {
        ArticleId id = idOf(NANNING_PUBLISHED_SEED);
        List<String> captionsOnTheSite = Jsoup.parse(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(baseUrl() + "/news/" + id)).build(), HttpResponse.BodyHandlers.ofString()).body())
                .select(".news-photo figcaption").eachText();
        browser.get(baseUrl() + "/desk/login");
        signInOnForm("editor.nanning");
        wait.until(driver -> !driver.getCurrentUrl().contains("/login"));
        browser.get(baseUrl() + "/desk/review/article/" + id);

        click(wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space(.)='复制到公众号']"))));
        waitForText("已复制正文");
        screenshot("wechat-copy.png");

        // the account's editor is a content-editable element: paste into one, as a member would
        WebElement editor = (WebElement) ((JavascriptExecutor) browser).executeScript("""
                const editor = document.createElement('div');
                editor.id = 'wechat-editor';
                editor.contentEditable = 'true';
                editor.setAttribute('style', 'position:fixed;inset:0;z-index:10000;overflow:auto;background:#fff;'
                    + 'padding:16px calc(50% - 290px);box-sizing:border-box');
                document.body.appendChild(editor);
                return editor;""");
        editor.click();
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("v").keyUp(Keys.CONTROL).perform();
        wait.until(driver -> !editor.findElements(By.cssSelector("img")).isEmpty());

        Document pasted = Jsoup.parseBodyFragment((String) ((JavascriptExecutor) browser)
                .executeScript("return arguments[0].innerHTML", editor));
        assertThat(pasted.select("img")).isNotEmpty().allSatisfy(img -> {
            assertThat(img.attr("src")).startsWith(properties.publicUrl() + "/media/");
            assertThat(img.attr("style").replace(" ", "")).contains("width:100%");
        });
        assertThat(pasted.select("img + p").eachText()).isEqualTo(captionsOnTheSite);
        assertThat(pasted.select("p")).allSatisfy(p -> assertThat(p.attr("style")).contains("margin"));
        assertThat(pasted.select("[class]")).isEmpty();
        assertThat(pasted.text()).contains("来源：南宁分公司", "原文链接：" + properties.publicUrl() + "/news/" + id);
        assertThat(pasted.select("a").attr("href")).isEqualTo(properties.publicUrl() + "/news/" + id);

        // for the README's screenshot only: the tests' public address is not this test server's, so point the
        // pasted photos at it to show them
        ((JavascriptExecutor) browser).executeScript("""
                for (const img of arguments[0].querySelectorAll('img')) {
                    img.src = img.src.replace(arguments[1], arguments[2]);
                }""", editor, properties.publicUrl(), baseUrl());
        wait.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return [...arguments[0].querySelectorAll('img')].every(i => i.complete && i.naturalWidth > 0)", editor)));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollTop = 0", editor);
        wait.until(driver -> driver.findElements(By.cssSelector("vaadin-notification-card")).isEmpty());
        screenshot("wechat-paste.png");
        // the desk's policy refuses photos from the public address that the test's paste put in the desk page itself;
        // the copy button needed no exception of its own
        assertThat(Chromium.console(browser)).noneMatch(message -> message.contains("Content Security Policy")
                && !message.contains("Loading the image '" + properties.publicUrl() + "/media/"));
    }
}
