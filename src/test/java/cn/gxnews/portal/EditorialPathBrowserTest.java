package cn.gxnews.portal;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static cn.gxnews.portal.DemoTitles.LIUZHOU_IN_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole path in a real browser (Debian's Chromium, driven by its chromedriver): a Liuzhou author writes
 * and submits a draft, a Liuzhou editor approves it from the review queue, and a reader finds it on the
 * public site. Screenshots of each step are kept in {@code target/screenshots}.
 */
class EditorialPathBrowserTest extends AbstractBrowserTest {

    private static final String TITLE = "柳州分公司开展冬季消防安全演练";

    @Test
    void an_author_submits_an_editor_approves_and_a_reader_reads_it() throws IOException {
        browser.get(baseUrl() + "/desk");
        signIn("author.liuzhou", "01-desk-login.png");

        click(button("新建稿件"));
        type(field("vaadin-text-field", "标题", "input"), TITLE);
        type(field("vaadin-text-area", "摘要", "textarea"), "全体员工参加冬季消防安全演练。");
        click(button("粘贴导入…"));
        type(field("vaadin-text-area", "粘贴文章文字", "textarea"),
                "11月27日上午，柳州分公司组织全体员工开展冬季消防安全演练。\n▲演练现场\n员工在三分钟内全部安全撤离。");
        click(button("导入"));
        click(button("选择照片…"));
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-upload")));
        fileInputOf(upload).sendKeys(photoFile().toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".block-photo-picture img")));
        type(field("vaadin-text-field", "替代文字", "input"), "员工在楼前空地集合");
        click(button("提交审核"));
        waitForText("已提交审核");
        screenshot("02-draft-submitted.png");
        browser.get(baseUrl() + "/desk/articles");
        waitForText(TITLE);
        screenshot("02a-my-articles.png");
        browser.get(baseUrl() + "/desk/media");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".media-thumbnail")));
        screenshot("02b-media-library.png");
        click(button("退出"));

        signIn("editor.liuzhou", null);
        WebElement queued = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + TITLE + "']")));
        waitForText(LIUZHOU_IN_REVIEW);
        screenshot("03-review-queue.png");
        click(queued);

        WebElement approve = button("批准并发布");
        waitForText("▲演练现场");
        screenshot("04-review-screen.png");
        click(approve);
        waitForText("已批准并发布");

        browser.get(baseUrl() + "/desk/dashboard");
        waitForText("审核概况");
        screenshot("05a-dashboard.png");
        browser.get(baseUrl() + "/desk/audit");
        waitForText(TITLE);
        screenshot("05b-audit-trail.png");
        browser.get(baseUrl() + "/desk/notifications");
        waitForText("全部标为已读");
        screenshot("05c-notifications.png");

        browser.get(baseUrl() + "/");
        click(wait.until(ExpectedConditions.elementToBeClickable(By.linkText(TITLE))));
        WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("h1.news-title")));
        assertThat(heading.getText()).isEqualTo(TITLE);
        assertThat(browser.findElement(By.cssSelector(".news-photo figcaption")).getText()).isEqualTo("演练现场");
        WebElement photo = browser.findElement(By.cssSelector(".news-photo img"));
        assertThat(photo.getAttribute("alt")).isEqualTo("员工在楼前空地集合");
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", photo));
        assertThat(browser.findElement(By.cssSelector("html")).getAttribute("lang")).isEqualTo("zh-CN");
        screenshot("06-public-article.png");

        browser.get(baseUrl() + "/contact");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a[href='tel:15107726823']")));
        screenshot("07-public-contact.png");
    }

    /** The upload component's file input, in its shadow tree or its light DOM depending on the version. */
    private WebElement fileInputOf(WebElement upload) {
        List<WebElement> light = upload.findElements(By.cssSelector("input[type=file]"));
        if (!light.isEmpty()) {
            return light.getFirst();
        }
        return upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
    }

    /** A photo of the drill as a JPEG file, as a writer would pick it from their computer. */
    private static Path photoFile() throws IOException {
        BufferedImage image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(200, 60, 40));
        g.fillRect(0, 0, 1200, 800);
        g.setColor(Color.WHITE);
        g.fillRect(300, 200, 600, 400);
        g.dispose();
        Path file = Files.createTempFile("drill", ".jpg");
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }

    private void signIn(String username, String screenshotName) throws IOException {
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")));
        if (screenshotName != null) {
            waitForText("南宁、柳州、桂林分公司员工登录");
            screenshot(screenshotName);
        }
        user.sendKeys(username);
        WebElement password = browser.findElement(By.cssSelector("input[name='password']"));
        password.sendKeys(TestNewsroom.PASSWORD);
        click(browser.findElement(By.cssSelector("vaadin-button[slot='submit']")));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[name='password']")));
    }

    private WebElement field(String component, String label, String input) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//" + component + "[.//label[normalize-space(.)='" + label + "']]//" + input)));
    }

    private void type(WebElement field, String text) {
        field.click();
        field.sendKeys(text);
    }
}
