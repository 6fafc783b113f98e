package cn.gxnews.portal.staff.ui;

import cn.gxnews.portal.AbstractDeskTest;
import cn.gxnews.portal.demo.DemoData;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import cn.gxnews.portal.security.StaffRole;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** An administrator opens an account in the desk; the new member must choose a password first. */
class OpenAccountTest extends AbstractDeskTest {

    @Test
    void an_administrator_opens_an_account_and_sees_its_one_time_password_once() {
        login("admin");
        open("admin/staff");

        _click(_get(Button.class, spec -> spec.withText("新建账号")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("用户名")), "author.liuzhou2");
        _setValue(_get(TextField.class, spec -> spec.withLabel("姓名")), "梁静");
        @SuppressWarnings("unchecked")
        CheckboxGroup<StaffRole> roles = _get(CheckboxGroup.class);
        _setValue(roles, Set.of(StaffRole.AUTHOR));
        _click(_get(Button.class, spec -> spec.withText("开通账号")));

        String password = _get(Span.class, spec -> spec.withClasses("one-time-password")).getText();
        assertThat(password).hasSize(16);
        assertThat(GridKt._size(_get(Grid.class))).isEqualTo(DemoData.ACCOUNTS.size() + 1);
        logout();

        login("author.liuzhou2");
        open("articles");
        assertThat(currentView().getSimpleName()).isEqualTo("ChangePasswordView");
    }

    @Test
    void a_refused_change_keeps_the_form_and_says_why() {
        login("admin");
        open("admin/staff");

        _click(_get(Button.class, spec -> spec.withText("新建账号")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("用户名")), "author.liuzhou");
        _setValue(_get(TextField.class, spec -> spec.withLabel("姓名")), "重名的人");
        @SuppressWarnings("unchecked")
        CheckboxGroup<StaffRole> roles = _get(CheckboxGroup.class);
        _setValue(roles, Set.of(StaffRole.AUTHOR));
        click(_get(Button.class, spec -> spec.withText("开通账号")));

        assertThat(notifications()).contains("这个用户名已被使用。");
        assertThat(_get(TextField.class, spec -> spec.withLabel("姓名")).getValue()).isEqualTo("重名的人");
    }
}
