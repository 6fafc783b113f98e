package cn.gxnews.portal.security.ui;

import cn.gxnews.portal.AbstractDeskTest;
import cn.gxnews.portal.TestNewsroom;
import cn.gxnews.portal.base.Csv;
import cn.gxnews.portal.security.SignInLog;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.io.StringWriter;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every sign-in attempt is logged with its address; administrators see, filter and export the log. */
class SignInLogTest extends AbstractDeskTest {

    @Autowired
    private AuthenticationConfiguration authentication;
    @Autowired
    private SignInLog log;

    @Test
    void successes_and_failures_are_logged_with_the_address_and_shown_to_administrators() throws Exception {
        signIn("editor.guilin", TestNewsroom.PASSWORD, "203.0.113.7");
        assertThatThrownBy(() -> signIn("editor.guilin", "wrong-password", "198.51.100.9")).isNotNull();
        assertThatThrownBy(() -> signIn("nobody.here", "whatever", "198.51.100.9")).isNotNull();

        login("admin");
        open("admin/sign-ins");
        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(3);
        assertThat(GridKt._getFormatted(grid, 0, "username")).isEqualTo("nobody.here");
        assertThat(GridKt._getFormatted(grid, 0, "result")).isEqualTo("失败");
        assertThat(GridKt._getFormatted(grid, 0, "reason")).isEqualTo("用户名或密码不正确");
        assertThat(GridKt._getFormatted(grid, 2, "ip")).isEqualTo("203.0.113.7");
        assertThat(GridKt._getFormatted(grid, 2, "result")).isEqualTo("成功");

        @SuppressWarnings("unchecked")
        ComboBox<String> result = _get(ComboBox.class);
        _setValue(result, "failure");
        assertThat(GridKt._size(grid)).isEqualTo(2);
        _assertOne(Anchor.class, spec -> spec.withText("导出 CSV"));
    }

    @Test
    void the_csv_export_holds_every_sign_in_of_a_long_log_newest_first_and_honours_the_filter() {
        // 2,500 sign-ins, one a minute: more than one batch of the cursor the export reads through
        db.execute("""
                insert into sign_in_event (occurred_at, username, client_ip, success, reason)
                select now() - make_interval(mins => n), 'user.' || n, '192.0.2.' || (n % 250),
                       n % 5 <> 0, case when n % 5 = 0 then 'BAD_CREDENTIALS' end
                from generate_series(1, 2500) n""");

        StringWriter all = new StringWriter();
        as("admin", () -> {
            log.exportCsv(null, List.of("时间", "用户名"), e -> List.of(e.occurredAt().toString(), e.username()), all);
            return null;
        });
        List<List<String>> rows = Csv.read(all.toString());
        assertThat(rows.getFirst()).containsExactly("时间", "用户名");
        assertThat(rows).hasSize(2501);
        assertThat(rows.get(1).get(1)).isEqualTo("user.1");
        assertThat(rows.get(2500).get(1)).isEqualTo("user.2500");

        StringWriter failures = new StringWriter();
        as("admin", () -> {
            log.exportCsv(false, List.of("用户名"), e -> List.of(e.username()), failures);
            return null;
        });
        assertThat(Csv.read(failures.toString())).hasSize(501)
                .allSatisfy(row -> assertThat(row.getFirst()).matches("用户名|user\\.\\d*[05]"));
    }

    private void signIn(String username, String password, String ip) throws Exception {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(ip, null));
        authentication.getAuthenticationManager().authenticate(token);
    }
}
