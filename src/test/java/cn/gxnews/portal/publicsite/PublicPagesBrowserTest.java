package cn.gxnews.portal.publicsite;

import cn.gxnews.portal.editorial.ReviewService;
import cn.gxnews.portal.AbstractBrowserTest;
import cn.gxnews.portal.TestPhotos;
import cn.gxnews.portal.media.MediaItem;
import cn.gxnews.portal.media.MediaService;
import cn.gxnews.portal.article.Article;
import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.ArticleService;
import cn.gxnews.portal.article.Block;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import java.awt.Color;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages in a real browser at a desktop and a phone width: they lay out without horizontal
 * scrolling, photos load with their captions, and screenshots of each are kept in {@code target/screenshots}.
 */
class PublicPagesBrowserTest extends AbstractBrowserTest {

    @Autowired
    private ArticleService articles;

    @Autowired
    private ReviewService review;

    @Autowired
    private MediaService media;

    @ParameterizedTest(name = "{0} ({1}×{2})")
    @CsvSource({"desktop, 1280, 900", "phone, 390, 844"})
    void home_article_with_photos_and_contact_read_well(String device, int width, int height) throws Exception {
        Article article = publishArticleWithPhotos();
        if (width == 390) {
            phone();
        } else {
            browser.manage().window().setSize(new Dimension(width, height));
        }

        open("/", device + "-home.png");
        assertThat(browser.findElement(By.cssSelector(".lead-title")).getText()).isEqualTo("南宁分公司举办开放日活动");
        assertThat(imageLoaded(browser.findElement(By.cssSelector(".lead-cover img")))).isTrue();

        open("/news/" + article.id(), device + "-article.png");
        List<WebElement> photos = browser.findElements(By.cssSelector(".news-photo img"));
        assertThat(photos).hasSize(2);
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, document.body.scrollHeight)");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> photos.stream().allMatch(this::imageLoaded));
        assertThat(browser.findElements(By.cssSelector(".news-photo figcaption"))).extracting(WebElement::getText)
                .containsExactly("开放日现场", "客户参观展台 李明");
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");

        open("/contact", device + "-contact.png");
        assertThat(browser.findElements(By.cssSelector("a[href^='tel:']"))).hasSize(3);

        open("/search?q=" + java.net.URLEncoder.encode("开放日", java.nio.charset.StandardCharsets.UTF_8),
                device + "-search.png");
        assertThat(browser.findElements(By.cssSelector(".search-results mark"))).isNotEmpty();

        open("/en/", device + "-home-en.png");
        assertThat(browser.findElement(By.cssSelector("html")).getAttribute("lang")).isEqualTo("en");
    }

    private void open(String path, String screenshot) throws IOException {
        browser.get(baseUrl() + path);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow).as("horizontal scrolling on " + path).isLessThanOrEqualTo(0L);
        screenshot(screenshot);
    }

    private boolean imageLoaded(WebElement image) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", image);
    }

    private Article publishArticleWithPhotos() throws IOException {
        byte[] first = TestPhotos.gradientJpeg(new Color(30, 90, 160), new Color(240, 200, 80));
        byte[] second = TestPhotos.gradientJpeg(new Color(160, 40, 40), new Color(250, 250, 250));
        MediaItem cover = as("author.nanning", () -> media.upload(first));
        MediaItem booth = as("author.nanning", () -> media.upload(second));
        Article draft = as("author.nanning", () -> articles.createDraft(new ArticleDraft("南宁分公司举办开放日活动",
                "南宁分公司邀请客户参观新办公区，介绍面向企业的信息化服务。",
                List.of(new Block.Paragraph("11月20日，南宁分公司在金禄大厦举办开放日活动，**三十多家**企业的代表应邀参加。"),
                        new Block.Photo(cover.sha256(), "开放日现场", "", "客户在会议室听取介绍"),
                        new Block.Heading("展示信息化服务"),
                        new Block.Paragraph("活动中，技术人员演示了办公自动化和数据备份方案，并解答了客户的问题。"),
                        new Block.Photo(booth.sha256(), "客户参观展台", "李明", "客户在展台前交流"),
                        new Block.Quote("希望今后与更多本地企业合作。")),
                cover.sha256())));
        Article submitted = as("author.nanning", () -> articles.submit(draft.id(), draft.version()));
        return as("editor.nanning", () -> review.approveAndPublish(draft.id(), submitted.version()));
    }
}
