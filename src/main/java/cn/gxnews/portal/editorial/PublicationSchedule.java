package cn.gxnews.portal.editorial;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * When the scheduler runs: once at start (to catch up on what came due while the portal was down), then
 * every {@code portal.scheduler.interval}. Tests switch it off and run the scheduler themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "portal.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class PublicationSchedule {

    private final PublicationScheduler scheduler;

    PublicationSchedule(PublicationScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUpAtStart() {
        scheduler.runDue();
    }

    @Scheduled(fixedDelayString = "${portal.scheduler.interval:PT15S}",
            initialDelayString = "${portal.scheduler.interval:PT15S}")
    void runPeriodically() {
        scheduler.runDue();
    }
}
