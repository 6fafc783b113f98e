package cn.gxnews.portal.editorial;

import cn.gxnews.portal.article.ArticleState;
import cn.gxnews.portal.article.ArticleTransitioned;
import cn.gxnews.portal.editorial.query.ReviewQueueQuery;
import cn.gxnews.portal.editorial.query.StateCountQuery;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The newsroom's own numbers for Prometheus, per office: articles in each state, the review queue's length and
 * the age of the article that has waited longest ({@code portal.articles}, {@code portal.review.queue},
 * {@code portal.review.oldest.seconds}, read from the database every 30 seconds), and publications as they
 * are committed ({@code portal.publications}). The scheduler's lag is measured where it works.
 */
@Component
class EditorialMetrics {

    private static final Logger log = LoggerFactory.getLogger(EditorialMetrics.class);

    private final StateCountQuery stateCounts;
    private final ReviewQueueQuery queue;
    private final MeterRegistry meters;
    private final Clock clock;
    private final MultiGauge articles;
    private final MultiGauge queueLength;
    private final MultiGauge oldestWaiting;

    EditorialMetrics(StateCountQuery stateCounts, ReviewQueueQuery queue, MeterRegistry meters, Clock clock) {
        this.stateCounts = stateCounts;
        this.queue = queue;
        this.meters = meters;
        this.clock = clock;
        this.articles = MultiGauge.builder("portal.articles").description("Articles per office and state")
                .register(meters);
        this.queueLength = MultiGauge.builder("portal.review.queue")
                .description("Articles waiting for review, per office").register(meters);
        this.oldestWaiting = MultiGauge.builder("portal.review.oldest").baseUnit("seconds")
                .description("How long the article that has waited longest for review has waited, per office")
                .register(meters);
    }

    /** Reads the counts again; the gauges show them until the next reading. */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelay = 30, initialDelay = 30, timeUnit = TimeUnit.SECONDS)
    @Transactional(readOnly = true)
    public void refresh() {
        try {
            Map<String, Map<ArticleState, Integer>> counts = stateCounts.countByOfficeAndState(null);
            List<MultiGauge.Row<?>> articleRows = new ArrayList<>();
            List<MultiGauge.Row<?>> queueRows = new ArrayList<>();
            List<MultiGauge.Row<?>> oldestRows = new ArrayList<>();
            counts.forEach((office, byState) -> {
                for (ArticleState state : ArticleState.values()) {
                    articleRows.add(MultiGauge.Row.of(Tags.of("office", office, "state", state.name()),
                            byState.getOrDefault(state, 0)));
                }
                queueRows.add(MultiGauge.Row.of(Tags.of("office", office),
                        byState.getOrDefault(ArticleState.IN_REVIEW, 0)));
                long oldest = queue.findPage(ReviewQueueQuery.Reviewer.everyLevelOf(office), 0, 1).findFirst()
                        .map(item -> Duration.between(item.submittedAt(), clock.instant()).toSeconds()).orElse(0L);
                oldestRows.add(MultiGauge.Row.of(Tags.of("office", office), oldest));
            });
            articles.register(articleRows, true);
            queueLength.register(queueRows, true);
            oldestWaiting.register(oldestRows, true);
        } catch (RuntimeException e) {
            log.warn("Could not read the newsroom's numbers for the metrics: {}", e.getMessage());
        }
    }

    /** Counts a publication once its transaction has committed. */
    @EventListener
    void on(ArticleTransitioned event) {
        if (!event.transition().changesWhatReadersSee()) {
            return;
        }
        Counter counter = Counter.builder("portal.publications")
                .description("Changes readers see (publish, unpublish, republish), per office and transition")
                .tags("office", event.officeCode(), "transition", event.transition().name())
                .register(meters);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    counter.increment();
                }
            });
        } else {
            counter.increment();
        }
    }
}
