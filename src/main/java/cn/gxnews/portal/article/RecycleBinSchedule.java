package cn.gxnews.portal.article;

import cn.gxnews.portal.base.PortalProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * When the recycle bins are purged: at start, then every {@code portal.recycle-bin.purge-interval}, on the
 * instances that run the scheduler ({@code portal.scheduler.enabled}; tests switch it off and purge themselves).
 */
@Configuration(proxyBeanMethods = false)
class RecycleBinSchedule implements SchedulingConfigurer {

    private final RecycleBinPurge purge;
    private final boolean enabled;
    private final PortalProperties.RecycleBin settings;

    RecycleBinSchedule(RecycleBinPurge purge, PortalProperties properties) {
        this.purge = purge;
        this.enabled = properties.scheduler().enabled();
        this.settings = properties.recycleBin();
    }

    @EventListener(ApplicationReadyEvent.class)
    void purgeAtStart() {
        if (enabled) {
            purge.purgeExpired();
        }
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (enabled) {
            registrar.addFixedDelayTask(new FixedDelayTask(purge::purgeExpired, settings.purgeInterval(),
                    settings.purgeInterval()));
        }
    }
}
