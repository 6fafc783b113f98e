package cn.gxnews.portal.demo;

import cn.gxnews.portal.base.EmbeddedPostgresConfiguration;
import cn.gxnews.portal.base.PortalProperties;
import cn.gxnews.portal.security.NewStaffAccount;
import cn.gxnews.portal.security.StaffAccountService;
import cn.gxnews.portal.security.SystemTasks;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Keeps the demo out of production: against a configured database the portal refuses to start while a demo
 * account is enabled or any account still accepts the demo password. It runs once the database is migrated,
 * before the web server starts.
 * Only the tests, which load the demo newsroom into a throw-away database on purpose, turn it off.
 */
@Component
@ConditionalOnExpression("!(" + EmbeddedPostgresConfiguration.NO_DATASOURCE_CONFIGURED + ")")
class ProductionSafetyCheck implements SmartLifecycle {

    private final StaffAccountService accounts;
    private final SystemTasks system;
    private final PortalProperties properties;

    ProductionSafetyCheck(StaffAccountService accounts, SystemTasks system, PortalProperties properties) {
        this.accounts = accounts;
        this.system = system;
        this.properties = properties;
    }

    private volatile boolean running;

    /** Before the web server starts (the earliest phase): the portal never serves a request from such a database. */
    @Override
    public void start() {
        if (properties.productionSafetyCheck().enabled()) {
            check();
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MIN_VALUE;
    }

    void check() {
        List<String> demoAccounts = system.runAsSetup(() ->
                accounts.enabledAmong(DemoData.ACCOUNTS.stream().map(NewStaffAccount::username).toList()));
        List<String> demoPassword = system.runAsSetup(() -> accounts.accepting(properties.demoData().password()));
        if (!demoAccounts.isEmpty() || !demoPassword.isEmpty()) {
            throw new IllegalStateException("Refusing to start on this database: demo accounts are enabled "
                    + demoAccounts + " and accounts accept the demo password " + demoPassword + ". Disable them "
                    + "in SQL (update staff_user set enabled = false where username in (...)), then start again "
                    + "and reset their passwords in the desk if they are real accounts.");
        }
    }
}
