package cn.gxnews.portal.news;

import cn.gxnews.portal.news.repository.ArticleRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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
class PublicationScheduler {

    private static final Logger log = LoggerFactory.getLogger(PublicationScheduler.class);
    private static final int BATCH = 50;

    private final ArticleRepository articles;
    private final Workflow workflow;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration lateAfter;

    PublicationScheduler(ArticleRepository articles, Workflow workflow, TransactionTemplate transaction, Clock clock,
                         @Value("${portal.scheduler.late-after:PT2M}") Duration lateAfter) {
        this.articles = articles;
        this.workflow = workflow;
        this.transaction = transaction;
        this.clock = clock;
        this.lateAfter = lateAfter;
    }

    /** Carries out everything that is due; returns how many transitions it took. */
    int runDue() {
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
        Integer count = transaction.execute(status -> {
            Instant now = clock.instant();
            List<ArticleId> due = publish ? articles.claimDuePublications(now, BATCH)
                    : articles.claimDueUnpublications(now, BATCH);
            for (ArticleId id : due) {
                Article article = articles.findForSystem(id).orElseThrow();
                if (publish) {
                    Instant planned = article.publishAt();
                    boolean late = planned != null && planned.plus(lateAfter).isBefore(now);
                    workflow.apply(Transition.PUBLISH_ON_SCHEDULE, article, null, null, null,
                            article.unpublishAt(), late, null);
                } else {
                    Instant planned = article.unpublishAt();
                    boolean late = planned != null && planned.plus(lateAfter).isBefore(now);
                    workflow.apply(Transition.UNPUBLISH_ON_SCHEDULE, article, null, null, article.publishAt(),
                            null, late, null);
                }
            }
            return due.size();
        });
        return count == null ? 0 : count;
    }
}
