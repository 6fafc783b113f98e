package cn.gxnews.portal.demo;

import cn.gxnews.portal.base.EmbeddedPostgresConfiguration;
import cn.gxnews.portal.base.PortalProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Fills an empty embedded database with the demo newsroom at start, before the web server accepts its first
 * request: a reader never sees the public site of a newsroom that is still being made. Never runs against a
 * configured database: production data is never mixed with demo accounts.
 */
@Component
@ConditionalOnExpression(EmbeddedPostgresConfiguration.NO_DATASOURCE_CONFIGURED)
class DemoDataRunner implements SmartLifecycle {

    /**
     * Early, like the production safety check (which never runs beside this): far before the web server's
     * phase, in which Spring Boot connects the server to its port.
     */
    static final int PHASE = Integer.MIN_VALUE + 1;

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final DemoData demoData;
    private final PortalProperties properties;
    private volatile boolean running;

    DemoDataRunner(DemoData demoData, PortalProperties properties) {
        this.demoData = demoData;
        this.properties = properties;
    }

    @Override
    public void start() {
        if (properties.demoData().enabled()) {
            createUnlessLoaded();
        }
        running = true;
    }

    void createUnlessLoaded() {
        if (demoData.isLoaded()) {
            log.info("Demo data: the database already has staff accounts, nothing added");
            return;
        }
        demoData.load(properties.demoData().password());
        log.info("Demo data created: sign in at /desk with {} and the password from portal.demo-data.password",
                DemoData.ACCOUNTS.stream().map(a -> a.username()).toList());
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
        return PHASE;
    }
}
