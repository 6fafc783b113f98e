package cn.gxnews.portal.article.ui;

import cn.gxnews.portal.AbstractBrowserTest;
import cn.gxnews.portal.article.ArticleId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;

import static cn.gxnews.portal.DemoTitles.LIUZHOU_DRAFT;
import static cn.gxnews.portal.DemoTitles.LIUZHOU_IN_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recycle bin in a real browser: an author throws a draft away from the editor, finds it in the office's
 * bin (and no longer in their articles), an editor of another office does not see it in theirs, and the author
 * restores it with its text. Screenshots in {@code target/screenshots}.
 */
class RecycleBinBrowserTest extends AbstractBrowserTest {

    private static final String BIN_EMPTY = "回收站是空的。";

    @Test
    void an_author_bins_a_draft_finds_it_in_the_bin_and_restores_it() throws IOException {
        ArticleId id = idOf(LIUZHOU_DRAFT);
        browser.get(baseUrl() + "/desk");
        signInOnForm("author.liuzhou");
        browser.get(baseUrl() + "/desk/article/" + id);
        waitForText("提交审核");
        click(button("移到回收站"));

        waitForText("已移到回收站，30天内可以恢复。");
        wait.until(ExpectedConditions.urlContains("/desk/bin"));
        WebElement binned = row(LIUZHOU_DRAFT);
        assertThat(binned.isDisplayed()).isTrue();
        screenshot("bin-01-binned-draft.png");

        browser.get(baseUrl() + "/desk/articles");
        waitForText(LIUZHOU_IN_REVIEW); // the list has loaded
        assertThat(browser.getPageSource()).doesNotContain(LIUZHOU_DRAFT);

        signInAgain("editor.guilin");
        browser.get(baseUrl() + "/desk/bin");
        waitForText(BIN_EMPTY);
        assertThat(browser.getPageSource()).as("another office's bin").doesNotContain(LIUZHOU_DRAFT);

        signInAgain("author.liuzhou");
        browser.get(baseUrl() + "/desk/bin");
        row(LIUZHOU_DRAFT);
        click(button("恢复"));
        waitForText("已从回收站恢复。");
        wait.until(ExpectedConditions.urlContains("/desk/article/" + id));
        WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-text-field[.//label[normalize-space(.)='标题']]//input")));
        assertThat(title.getAttribute("value")).isEqualTo(LIUZHOU_DRAFT);
        screenshot("bin-02-restored-draft.png");
    }

    private void signInAgain(String username) {
        browser.manage().deleteAllCookies();
        browser.get(baseUrl() + "/desk");
        signInOnForm(username);
    }

    private WebElement row(String title) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[contains(normalize-space(.), '" + title + "')]")));
    }
}
