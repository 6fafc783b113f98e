package cn.gxnews.portal.demo;

import cn.gxnews.portal.base.EmbeddedPostgresConfiguration;
import cn.gxnews.portal.base.PortalProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * Fills an empty embedded database with the demo newsroom at start. Never runs against a configured
 * database: production data is never mixed with demo accounts.
 */
@Component
@ConditionalOnExpression(EmbeddedPostgresConfiguration.NO_DATASOURCE_CONFIGURED + " and ${portal.demo-data.enabled:true}")
class DemoDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final DemoData demoData;
    private final PortalProperties properties;

    DemoDataRunner(DemoData demoData, PortalProperties properties) {
        this.demoData = demoData;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoData.isLoaded()) {
            log.info("Demo data: the database already has staff accounts, nothing added");
            return;
        }
        demoData.load(properties.demoData().password());
        log.info("Demo data created: sign in at /desk with {} and the password from portal.demo-data.password",
                DemoData.ACCOUNTS.stream().map(a -> a.username()).toList());
    }
}
