package cn.gxnews.portal.security;

import cn.gxnews.portal.AbstractBrowserTest;
import cn.gxnews.portal.TestNewsroom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A member changes their password in a real browser: their other sessions end, the browser stays in. */
class ChangePasswordBrowserTest extends AbstractBrowserTest {

    private static final String NEW_PASSWORD = "邕江两岸灯火通明的夜晚";

    @Test
    void changing_ones_password_signs_out_ones_other_sessions_but_not_this_one() throws IOException {
        DeskClient otherDevice = new DeskClient(baseUrl(), "198.51.100.40");
        otherDevice.signIn("editor.nanning", TestNewsroom.PASSWORD);
        assertThat(otherDevice.inDesk()).isTrue();
        browser.get(baseUrl() + "/desk/login");
        WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("input[name='username']")));
        username.sendKeys("editor.nanning");
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(TestNewsroom.PASSWORD);
        click(browser.findElement(By.cssSelector("vaadin-button[slot='submit']")));
        wait.until(driver -> !driver.getCurrentUrl().contains("/login"));

        browser.get(baseUrl() + "/desk/account/password");
        List<WebElement> fields = wait.until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("vaadin-password-field input"), 3));
        fields.get(0).sendKeys(TestNewsroom.PASSWORD);
        fields.get(1).sendKeys(NEW_PASSWORD);
        fields.get(2).sendKeys(NEW_PASSWORD);
        click(browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='修改密码']")));
        waitForText("密码已修改");
        screenshot("20-password-changed.png");

        assertThat(db.fetchValue("select client_ip from sign_in_event where reason = 'CurrentPasswordConfirmed'"))
                .as("the check is logged with the browser's address, as its sign-in was")
                .isEqualTo(db.fetchValue("select client_ip from sign_in_event where success and reason is null "
                        + "order by id desc limit 1"));
        assertThat(otherDevice.inDesk()).isFalse();
        browser.get(baseUrl() + "/desk/articles");
        wait.until(driver -> driver.getPageSource().contains("vaadin-grid"));
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
    }
}
