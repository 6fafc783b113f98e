package cn.gxnews.portal.security;

import cn.gxnews.portal.base.PortalProperties;
import cn.gxnews.portal.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The first administrator of an empty database comes from a one-time setting, never a built-in password. */
class AdminBootstrapTest extends AbstractIntegrationTest {

    @Autowired
    private StaffAccountService accounts;

    @Autowired
    private UserDetailsService users;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Autowired
    private PasswordPolicy policy;

    @Test
    void creates_the_first_administrator_on_an_empty_database() throws Exception {
        db.execute("truncate staff_user, article, article_revision, workflow_event cascade");

        bootstrap("chief", "a-long-enough-secret").run(new DefaultApplicationArguments());

        var chief = users.loadUserByUsername("chief");
        assertThat(chief.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
        assertThat(passwordEncoder.matches("a-long-enough-secret", chief.getPassword())).isTrue();
    }

    @Test
    void does_nothing_when_accounts_exist() throws Exception {
        int before = db.fetchCount(db.selectFrom("staff_user"));

        bootstrap("intruder", "a-long-enough-secret").run(new DefaultApplicationArguments());

        assertThat(db.fetchCount(db.selectFrom("staff_user"))).isEqualTo(before);
    }

    @Test
    void refuses_a_common_password_even_when_long() {
        db.execute("truncate staff_user, article, article_revision, workflow_event cascade");

        assertThatThrownBy(() -> bootstrap("chief", "qwertyuiop123").run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(accounts.anyAccountExists()).isFalse();
    }

    @Test
    void refuses_a_short_password() {
        db.execute("truncate staff_user, article, article_revision, workflow_event cascade");

        assertThatThrownBy(() -> bootstrap("chief", "short").run(new DefaultApplicationArguments())).isInstanceOf(IllegalStateException.class);
        assertThat(accounts.anyAccountExists()).isFalse();
    }

    private AdminBootstrap bootstrap(String username, String password) {
        return new AdminBootstrap(accounts, systemTasks, policy, new PortalProperties.BootstrapAdmin(username, password));
    }
}
