package cn.gxnews.portal.editorial;

import cn.gxnews.portal.base.PortalProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * When the scheduler runs: once at start (to catch up on what came due while the portal was down), then
 * every {@code portal.scheduler.interval}. Tests switch it off ({@code portal.scheduler.enabled}) and run
 * the scheduler themselves. Registered here rather than with {@code @Scheduled} so that both settings come
 * from the typed {@link PortalProperties}, with their defaults written once.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PublicationSchedule implements SchedulingConfigurer {

    private final PublicationScheduler scheduler;
    private final PortalProperties.Scheduler settings;

    PublicationSchedule(PublicationScheduler scheduler, PortalProperties properties) {
        this.scheduler = scheduler;
        this.settings = properties.scheduler();
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUpAtStart() {
        if (settings.enabled()) {
            scheduler.runDue();
        }
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (settings.enabled()) {
            registrar.addFixedDelayTask(new FixedDelayTask(scheduler::runDue, settings.interval(), settings.interval()));
        }
    }
}
