package cn.gxnews.portal.security.ui;

import cn.gxnews.portal.AbstractDeskTest;
import cn.gxnews.portal.security.SignInThrottledException;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.web.WebAttributes;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class SignInTest extends AbstractDeskTest {

    @Test
    void an_anonymous_visitor_of_the_desk_is_sent_to_the_login_page_in_chinese() {
        open("articles");

        assertThat(currentView()).isEqualTo(LoginView.class);
        String texts = _get(LoginForm.class).getElement().getPropertyRaw("i18n").toString();
        assertThat(texts).contains("新闻工作台", "用户名", "密码", "登录");
        _assertOne(Paragraph.class, spec -> spec.withText("南宁、柳州、桂林分公司员工登录"));
    }

    @Test
    void a_failed_sign_in_shows_the_error_on_the_login_form() {
        open("login?error");

        assertThat(_get(LoginForm.class).isError()).isTrue();
    }

    @Test
    void a_sign_in_refused_by_the_limits_against_guessing_says_so_without_naming_the_account() {
        VaadinSession.getCurrent().getSession()
                .setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new SignInThrottledException());

        open("login?error");

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(form.getElement().getPropertyRaw("i18n").toString())
                .contains("登录尝试次数过多", "请等几分钟后再试");
    }
}
