package cn.gxnews.portal.security.ui;

import cn.gxnews.portal.AbstractDeskTest;
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
}
