package cn.gxnews.portal;

import cn.gxnews.portal.office.Office;
import cn.gxnews.portal.office.OfficeService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in limits and administration in a real browser, under the desk's Content-Security-Policy (the console
 * must report no violation). Screenshots are kept in {@code target/screenshots}.
 */
class AdministrationBrowserTest extends AbstractBrowserTest {

    @Autowired
    private OfficeService offices;

    @Test
    void after_five_wrong_passwords_the_login_form_asks_to_wait_even_for_the_right_one() throws IOException {
        browser.get(baseUrl() + "/desk/login");
        for (int i = 0; i < 5; i++) {
            signIn("editor.guilin", "wrong-password-" + i);
            int attempts = i + 1;
            wait.until(driver -> db.fetchCount(db.selectFrom("sign_in_event")) == attempts);
            waitForLoginError("用户名或密码不正确");
        }

        signIn("editor.guilin", TestNewsroom.PASSWORD);

        wait.until(driver -> db.fetchCount(db.selectFrom("sign_in_event")) == 6);
        waitForLoginError("登录尝试次数过多");
        assertThat(browser.getCurrentUrl()).contains("/desk/login");
        screenshot("10-login-throttled.png");
    }

    @Test
    void an_administrator_reviews_changes_and_sign_ins_and_a_member_switches_the_desk_to_english() throws IOException {
        Office guilin = offices.find("guilin").orElseThrow();
        as("admin", () -> offices.update(new Office("guilin", guilin.nameZh(), guilin.nameEn(), guilin.address(),
                "莫敏", guilin.phone()), offices.version("guilin")));
        browser.get(baseUrl() + "/desk/login");
        signIn("admin", TestNewsroom.PASSWORD);
        wait.until(driver -> !driver.getCurrentUrl().contains("/login"));

        browser.get(baseUrl() + "/desk/admin/changes");
        waitForText("联系人: " + guilin.contactPerson() + " → 莫敏");
        screenshot("11-admin-changes.png");
        browser.get(baseUrl() + "/desk/admin/sign-ins");
        waitForText("成功");
        screenshot("12-sign-in-log.png");

        browser.get(baseUrl() + "/desk/account/language");
        waitForText("跟随浏览器");
        screenshot("13-language.png");
        click(wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-radio-button[normalize-space(.)='English']"))));
        waitForText("The language of the desk");
        screenshot("14-desk-in-english.png");

        assertThat(Chromium.console(browser)).noneMatch(message -> message.contains("Content Security Policy"));
    }

    private void signIn(String username, String password) {
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")));
        user.clear();
        user.sendKeys(username);
        WebElement field = browser.findElement(By.cssSelector("input[name='password']"));
        field.clear();
        field.sendKeys(password);
        click(browser.findElement(By.cssSelector("vaadin-button[slot='submit']")));
    }

    /** Waits until the login form shows its error with this title (it lives in the form's shadow tree). */
    private void waitForLoginError(String title) {
        wait.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "const form = document.querySelector('vaadin-login-form');"
                        + "return !!form && form.error === true && form.i18n.errorMessage.title === arguments[0];",
                title)));
    }
}
