package cn.gxnews.portal.editorial;

import cn.gxnews.portal.base.PortalProperties;
import cn.gxnews.portal.article.Article;
import cn.gxnews.portal.article.Transition;
import cn.gxnews.portal.article.Workflow;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Publishes scheduled articles and takes articles offline when their time comes, independent of page traffic.
 * Due work is claimed in the database with row locks that other instances skip, so with several portal
 * instances on one database each article is published exactly once. Work that came due while the portal
 * was down is done at the next start and marked late in the audit trail.
 */
@Component
public class PublicationScheduler {

    private static final Logger log = LoggerFactory.getLogger(PublicationScheduler.class);
    private static final int BATCH = 50;

    private final Workflow workflow;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration lateAfter;
    private final MeterRegistry meters;

    PublicationScheduler(Workflow workflow, TransactionTemplate transaction, Clock clock,
                         PortalProperties properties, MeterRegistry meters) {
        this.meters = meters;
        this.workflow = workflow;
        this.transaction = transaction;
        this.clock = clock;
        this.lateAfter = properties.scheduler().lateAfter();
    }

    /** Carries out everything that is due; returns how many transitions it took. */
    public int runDue() {
        int done = 0;
        int batch;
        do {
            batch = runBatch(true);
            done += batch;
        } while (batch == BATCH);
        do {
            batch = runBatch(false);
            done += batch;
        } while (batch == BATCH);
        if (done > 0) {
            log.info("Scheduler carried out {} scheduled publication(s) or unpublication(s)", done);
        }
        return done;
    }

    private int runBatch(boolean publish) {
        Transition onSchedule = publish ? Transition.PUBLISH_ON_SCHEDULE : Transition.UNPUBLISH_ON_SCHEDULE;
        Integer count = transaction.execute(status -> {
            Instant now = clock.instant();
            List<Article> due = workflow.claimDue(onSchedule, now, BATCH);
            for (Article article : due) {
                Instant planned = publish ? article.publishAt() : article.unpublishAt();
                boolean late = planned != null && planned.plus(lateAfter).isBefore(now);
                workflow.takeOnSchedule(onSchedule, article, late);
                if (planned != null) {
                    Timer.builder("portal.scheduler.lag")
                            .description("From the time an article was due to go online or offline to when it did")
                            .tags("office", article.officeCode(), "transition", onSchedule.name())
                            .register(meters).record(Duration.between(planned, now));
                }
            }
            return due.size();
        });
        return count == null ? 0 : count;
    }
}
