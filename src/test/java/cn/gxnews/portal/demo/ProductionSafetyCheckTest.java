package cn.gxnews.portal.demo;

import cn.gxnews.portal.AbstractIntegrationTest;
import cn.gxnews.portal.base.PortalProperties;
import cn.gxnews.portal.security.StaffAccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The start-up check that runs against a configured (production) database. The tests' database is the
 * demo newsroom, which is exactly what it must refuse.
 */
class ProductionSafetyCheckTest extends AbstractIntegrationTest {

    @Autowired
    private StaffAccountService accounts;

    @Autowired
    private PortalProperties properties;

    private ProductionSafetyCheck check() {
        return new ProductionSafetyCheck(accounts, systemTasks, properties);
    }

    @Test
    void the_portal_refuses_to_start_on_a_database_with_the_demo_accounts() {
        assertThatIllegalStateException().isThrownBy(() -> check().check())
                .withMessageContaining("author.nanning")
                .withMessageContaining("admin");
    }

    @Test
    void a_real_account_left_with_the_demo_password_is_refused_too() {
        db.execute("update staff_user set enabled = false");
        db.execute("update staff_user set enabled = true, username = 'li.ming' where username = 'author.nanning'");

        assertThatIllegalStateException().isThrownBy(() -> check().check())
                .withMessageContaining("demo accounts are enabled []")
                .withMessageContaining("accept the demo password [li.ming]");
    }

    @Test
    void with_the_demo_accounts_disabled_and_no_demo_password_left_it_starts() {
        db.execute("update staff_user set enabled = false");

        assertThatNoException().isThrownBy(() -> check().check());
    }
}
