package cn.gxnews.portal.article.ui;

import cn.gxnews.portal.AbstractBrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser, the body's move and delete controls are the block's being edited: they appear in the block
 * the writer clicks or tabs into, the keyboard reaches them right after its text, and they keep the focus while
 * the block moves.
 */
class BlockControlsBrowserTest extends AbstractBrowserTest {

    @Test
    void the_controls_follow_the_block_being_edited_and_work_from_the_keyboard() throws IOException {
        browser.get(baseUrl() + "/desk/article/new");
        signInOnForm("author.nanning");
        click(button("粘贴导入…"));
        WebElement pasted = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-text-area[.//label[normalize-space(.)='粘贴文章文字']]//textarea")));
        pasted.sendKeys("第一段。\n第二段。\n第三段。\n▲演练现场");
        click(button("导入"));
        wait.until(driver -> paragraphs().size() == 3);
        assertThat(browser.findElements(By.cssSelector(".block-controls"))).as("no block is being edited yet").isEmpty();

        click(textOf(2));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".block-row:nth-child(3) .block-controls")));
        assertThat(browser.findElements(By.cssSelector(".block-controls"))).hasSize(1);
        screenshot("block-controls-third-paragraph.png");

        textOf(2).sendKeys(Keys.TAB);
        assertThat(focusedLabel()).isEqualTo("上移");
        focused().sendKeys(Keys.ENTER);
        wait.until(driver -> paragraphs().equals(List.of("第一段。", "第三段。", "第二段。")));
        assertThat(focusedLabel()).as("the pressed control keeps the focus").isEqualTo("上移");
        focused().sendKeys(Keys.ENTER);
        wait.until(driver -> paragraphs().equals(List.of("第三段。", "第一段。", "第二段。")));

        click(textOf(1));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".block-row:nth-child(2) .block-controls")));
        click(browser.findElement(By.cssSelector(".block-controls vaadin-button[aria-label='删除']")));
        wait.until(driver -> paragraphs().equals(List.of("第三段。", "第二段。")));
        wait.until(driver -> "第二段。".equals(((JavascriptExecutor) driver)
                .executeScript("return document.activeElement.closest('vaadin-text-area')?.value")));
        assertThat(browser.findElements(By.cssSelector(".block-row:nth-child(2) .block-controls")))
                .as("the block that took the deleted one's place is the one being edited").hasSize(1);

        // a photo block shows them too, beside its fields, once one of them has the focus
        click(browser.findElement(By.cssSelector(".block-photo vaadin-text-field input")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".block-photo .block-controls")));
        assertThat(browser.findElements(By.cssSelector(".block-controls"))).hasSize(1);
        screenshot("block-controls-photo.png");

        phone();
        click(textOf(0));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".block-row:nth-child(1) .block-controls")));
        assertThat(overflowingElements()).as("on a phone the controls fit under the text").isEmpty();
        screenshot("block-controls-phone.png");
    }

    /** The paragraphs' text in the order shown, read in one go while rows may be changing. */
    @SuppressWarnings("unchecked")
    private List<String> paragraphs() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll('.block-row vaadin-text-area')].map(area => area.value)");
    }

    private WebElement textOf(int index) {
        return browser.findElements(By.cssSelector(".block-row vaadin-text-area textarea")).get(index);
    }

    private WebElement focused() {
        return browser.switchTo().activeElement();
    }

    private String focusedLabel() {
        return wait.until(driver -> (String) ((JavascriptExecutor) driver)
                .executeScript("return document.activeElement.getAttribute('aria-label')"));
    }
}
