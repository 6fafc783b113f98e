package cn.gxnews.portal.security.ui;

import cn.gxnews.portal.AbstractDeskTest;
import cn.gxnews.portal.TestNewsroom;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** A member changes their own password; weak or mistyped passwords are refused with the reason. */
class ChangePasswordTest extends AbstractDeskTest {

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Test
    void a_member_changes_their_password_after_getting_the_current_one_right() {
        login("editor.guilin");
        open("account/password");
        PasswordField current = _get(PasswordField.class, spec -> spec.withLabel("当前密码"));
        PasswordField fresh = _get(PasswordField.class, spec -> spec.withLabel("新密码"));
        PasswordField again = _get(PasswordField.class, spec -> spec.withLabel("再输入一次新密码"));
        Button change = _get(Button.class, spec -> spec.withText("修改密码"));

        _setValue(current, "not-my-password");
        _setValue(fresh, "桂林山水甲天下，阳朔山水甲桂林");
        _setValue(again, "桂林山水甲天下，阳朔山水甲桂林");
        _click(change);
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("当前密码不正确");

        _setValue(current, TestNewsroom.PASSWORD);
        _setValue(fresh, "password");
        _setValue(again, "password");
        _click(change);
        assertThat(fresh.getErrorMessage()).isEqualTo("这是最常见的密码之一，很容易被猜到，请换一个。");

        _setValue(fresh, "桂林山水甲天下，阳朔山水甲桂林");
        _setValue(again, "桂林山水甲天下，阳朔山水甲");
        _click(change);
        assertThat(again.getErrorMessage()).isEqualTo("两次输入的新密码不一致");

        _setValue(again, "桂林山水甲天下，阳朔山水甲桂林");
        _click(change);
        assertThat(notifications()).contains("密码已修改");
        String hash = db.fetchSingle("select password_hash from staff_user where username = 'editor.guilin'")
                .get(0, String.class);
        assertThat(passwordEncoder.matches("桂林山水甲天下，阳朔山水甲桂林", hash)).isTrue();
        assertThat(passwordEncoder.matches(TestNewsroom.PASSWORD, hash)).isFalse();
    }

    @Test
    void the_current_password_is_checked_like_a_sign_in_and_five_wrong_ones_in_a_row_make_the_member_wait() {
        login("editor.guilin");
        open("account/password");
        PasswordField current = _get(PasswordField.class, spec -> spec.withLabel("当前密码"));
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("新密码")), "桂林山水甲天下，阳朔山水甲桂林");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("再输入一次新密码")), "桂林山水甲天下，阳朔山水甲桂林");
        Button change = _get(Button.class, spec -> spec.withText("修改密码"));
        for (int i = 0; i < 5; i++) {
            _setValue(current, "guess-" + i);
            _click(change);
            assertThat(current.getErrorMessage()).isEqualTo("当前密码不正确");
        }

        _setValue(current, TestNewsroom.PASSWORD);
        _click(change);

        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("为保护账户，请等几分钟后再试。");
        String hash = db.fetchSingle("select password_hash from staff_user where username = 'editor.guilin'")
                .get(0, String.class);
        assertThat(passwordEncoder.matches(TestNewsroom.PASSWORD, hash)).as("the password is unchanged").isTrue();
        assertThat(db.fetch("select success, reason from sign_in_event where username = 'editor.guilin' order by id")
                .map(r -> r.get(0, Boolean.class) + " " + r.get(1, String.class)))
                .containsExactly("false CurrentPasswordWrong", "false CurrentPasswordWrong",
                        "false CurrentPasswordWrong", "false CurrentPasswordWrong", "false CurrentPasswordWrong",
                        "false SignInThrottledException");
    }

    @Test
    void a_right_current_password_is_recorded_in_the_sign_in_log() {
        login("editor.guilin");
        open("account/password");

        _setValue(_get(PasswordField.class, spec -> spec.withLabel("当前密码")), TestNewsroom.PASSWORD);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("新密码")), "桂林山水甲天下，阳朔山水甲桂林");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("再输入一次新密码")), "桂林山水甲天下，阳朔山水甲桂林");
        _click(_get(Button.class, spec -> spec.withText("修改密码")));

        assertThat(notifications()).contains("密码已修改");
        assertThat(db.fetch("select success, reason from sign_in_event where username = 'editor.guilin'")
                .map(r -> r.get(0, Boolean.class) + " " + r.get(1, String.class)))
                .containsExactly("true CurrentPasswordConfirmed");
    }
}
