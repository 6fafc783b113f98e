package cn.gxnews.portal.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Does again the after-commit work that did not finish: a notification mail whose server was away, or work a
 * stopped instance left (decision 0020). The event publication registry keeps that work in the database until it
 * is done; at start it is resubmitted at once ({@code spring.modulith.events.republish-outstanding-events-on-restart}),
 * and here every five minutes, once it is five minutes old, so that work still running elsewhere is left alone.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class UnfinishedWork {

    private static final Logger log = LoggerFactory.getLogger(UnfinishedWork.class);
    private static final Duration AGE = Duration.ofMinutes(5);

    private final IncompleteEventPublications publications;

    UnfinishedWork(IncompleteEventPublications publications) {
        this.publications = publications;
    }

    @Scheduled(fixedDelay = 5, initialDelay = 5, timeUnit = TimeUnit.MINUTES)
    void resubmit() {
        try {
            publications.resubmitIncompletePublicationsOlderThan(AGE);
        } catch (RuntimeException e) {
            log.warn("Could not resubmit unfinished after-commit work: {}", e.getMessage());
        }
    }
}
