package cn.gxnews.portal;

import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.office.Office;
import cn.gxnews.portal.office.OfficeService;
import cn.gxnews.portal.office.ReviewLevels;
import cn.gxnews.portal.office.ReviewTaker;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;

import static cn.gxnews.portal.DemoTitles.NANNING_DRAFT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A three-level review (三审制) in a real browser: Nanning's levels are 初审 and 复审 by its editors and 终审 by
 * the company's publisher. The author submits the demo draft, editor.nanning and editor.all each approve a level
 * from their queue, the publisher sees both decisions and publishes, and a reader finds the article on the
 * public site. Screenshots in {@code target/screenshots}.
 */
class ThreeLevelReviewBrowserTest extends AbstractBrowserTest {

    @Autowired
    private OfficeService offices;

    @Test
    void three_reviewers_each_approve_a_level_and_the_last_publishes_to_the_public_page() throws IOException {
        Office nanning = offices.find("nanning").orElseThrow();
        as("admin", () -> offices.update(nanning, ReviewLevels.of(ReviewTaker.OFFICE_EDITORS,
                ReviewTaker.OFFICE_EDITORS, ReviewTaker.PUBLISHERS), offices.version("nanning")));
        ArticleId id = idOf(NANNING_DRAFT);

        browser.get(baseUrl() + "/desk");
        signInOnForm("author.nanning");
        browser.get(baseUrl() + "/desk/article/" + id);
        click(button("提交审核"));
        waitForText("已提交审核");
        click(button("退出"));

        signInOnForm("editor.nanning");
        click(queued());
        waitForText("初审：等待本分公司编辑审核");
        screenshot("levels-01-first-review.png");
        click(button("通过初审"));
        type(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-text-area[.//label[normalize-space(.)='审核意见（可选）']]//textarea"))), "会议数据已核对");
        click(button("通过并转下一级"));
        waitForText("初审已通过");
        click(button("退出"));

        signInOnForm("editor.all");
        click(queued());
        waitForText("复审：等待本分公司编辑审核");
        click(button("通过复审"));
        click(button("通过并转下一级"));
        waitForText("复审已通过");
        click(button("退出"));

        signInOnForm("publisher");
        click(queued());
        waitForText("终审：等待签发人（全公司）审核");
        waitForText("意见：“会议数据已核对”");
        screenshot("levels-02-final-review.png");
        click(button("批准并发布"));
        waitForText("已批准并发布");

        browser.get(baseUrl() + "/");
        click(wait.until(ExpectedConditions.elementToBeClickable(By.linkText(NANNING_DRAFT))));
        WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("h1.news-title")));
        assertThat(heading.getText()).isEqualTo(NANNING_DRAFT);
        screenshot("levels-03-public-article.png");
    }

    private WebElement queued() {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + NANNING_DRAFT + "']")));
    }

    private void type(WebElement field, String text) {
        field.click();
        field.sendKeys(text);
    }
}
