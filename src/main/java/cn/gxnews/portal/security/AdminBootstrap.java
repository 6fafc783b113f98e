package cn.gxnews.portal.security;

import cn.gxnews.portal.base.PortalProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * Creates the first administrator of a new production database, once: set
 * {@code PORTAL_BOOTSTRAP_ADMIN_USERNAME} and {@code PORTAL_BOOTSTRAP_ADMIN_PASSWORD} for one start. The
 * portal has no built-in account or password; when any account exists already, this does nothing.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    static final int MIN_PASSWORD_LENGTH = 12;

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final StaffAccountService accounts;
    private final SystemTasks system;
    private final PasswordPolicy policy;
    private final String username;
    private final String password;

    @Autowired
    AdminBootstrap(StaffAccountService accounts, SystemTasks system, PasswordPolicy policy,
                   PortalProperties properties) {
        this(accounts, system, policy, properties.bootstrapAdmin());
    }

    AdminBootstrap(StaffAccountService accounts, SystemTasks system, PasswordPolicy policy,
                   PortalProperties.BootstrapAdmin admin) {
        this.accounts = accounts;
        this.system = system;
        this.policy = policy;
        this.username = admin.username();
        this.password = admin.password();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isEmpty()) {
            return;
        }
        if (accounts.anyAccountExists()) {
            log.warn("portal.bootstrap-admin is set but staff accounts exist already: nothing created. "
                    + "Remove the setting.");
            return;
        }
        if (password.length() < MIN_PASSWORD_LENGTH
                || !policy.problems(username, password).isEmpty()) {
            throw new IllegalStateException("portal.bootstrap-admin.password must have at least "
                    + MIN_PASSWORD_LENGTH + " characters, differ from the username and not be a common password");
        }
        system.runAsSetup(() -> accounts.create(
                new NewStaffAccount(username, "管理员", password, null, Set.of(StaffRole.ADMIN))));
        log.info("Created the first administrator '{}'. Remove portal.bootstrap-admin from the settings now.",
                username);
    }
}
