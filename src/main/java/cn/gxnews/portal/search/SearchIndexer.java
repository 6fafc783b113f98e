package cn.gxnews.portal.search;

import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.ArticleTransitioned;
import cn.gxnews.portal.article.Block;
import cn.gxnews.portal.article.InlineMarkup;
import cn.gxnews.portal.article.PublishedArticle;
import cn.gxnews.portal.article.Transition;
import cn.gxnews.portal.search.repository.SearchIndexRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps the search rows equal to what readers see. A transition that puts an article online, changes its
 * published revision or takes it offline rewrites the article's row in the transition's own transaction, so
 * search and the public pages never disagree, and a failed transition leaves the index untouched. At start,
 * live articles without a row (and rows of articles no longer live) are brought up to date: the migration
 * leaves the table empty, and a database restored from a backup or changed by an older portal version needs
 * the same.
 */
@Component
class SearchIndexer {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);
    private static final int BATCH = 200;
    /** From this many articles out of date on, a catch-up builds a new index (see {@link #build()}). */
    static final int BUILD_FROM = 10_000;
    private static final int BUILD_BATCH = 1000;
    private static final int BUILD_WORKERS = Math.clamp(Runtime.getRuntime().availableProcessors(), 1, 4);

    private final SearchIndexRepository index;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final InlineMarkup markup = new InlineMarkup();

    SearchIndexer(SearchIndexRepository index, TransactionTemplate transaction, ApplicationEventPublisher events) {
        this.index = index;
        this.transaction = transaction;
        this.events = events;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ArticleTransitioned event) {
        if (event.transition().changesWhatReadersSee()) {
            reindex(List.of(event.articleId()));
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        try {
            int done = catchUp();
            if (done > 0) {
                log.info("Search index: brought {} article(s) up to date", done);
            }
        } catch (RuntimeException e) {
            // The portal serves all the same: the index still says it is incomplete, so searches read the articles.
            log.error("Search index: could not bring it up to date; searches read the articles until a later start"
                    + " does", e);
        }
    }

    /**
     * Brings the index up to date with the live articles and returns how many articles it looked at. Few out of
     * date (a restore of a slightly older backup) are indexed in batches of their own transactions; from
     * {@link #BUILD_FROM} on (after a migration emptied the index, or a restore without it) a whole new index is
     * built (see {@link #build()}). Meanwhile the index says that it is incomplete, so that searches read the
     * articles themselves and find every one. Of several instances starting at once, one brings the index up to
     * date and the others return 0 at once. When it changed anything it says so once, at the end: cached search
     * results of the half-done index are dropped then, and the cached pages are not dropped for every batch.
     */
    int catchUp() {
        OptionalInt caughtUp = index.whileCatchingUpAlone(this::catchUpAlone);
        if (caughtUp.isEmpty()) {
            log.info("Search index: another instance is bringing it up to date");
        }
        int done = caughtUp.orElse(0);
        if (done > 0) {
            events.publishEvent(new SearchIndexCaughtUp(done));
        }
        return done;
    }

    private int catchUpAlone() {
        int outOfDate = index.countOutOfDate();
        if (outOfDate > 0) {
            index.markIncomplete();
        }
        int done = outOfDate == 0 ? 0 : outOfDate >= BUILD_FROM ? build() : catchUpInBatches();
        index.markComplete();
        return done;
    }

    /**
     * Builds a whole new index from every live article and puts it in the place of the old one: the rows go into
     * a table without indexes, which is then indexed in one go, far faster than adding rows to the GIN indexes
     * one by one. Transitions go on writing to the old index meanwhile; what they wrote replaces the new index's
     * rows when it takes the old one's place (SearchIndexRepository#replaceWithBuild). Returns how many articles
     * it indexed.
     */
    int build() {
        long started = System.nanoTime();
        index.startBuild();
        long last = index.lastArticleId().value();
        AtomicLong next = new AtomicLong(0);
        AtomicInteger done = new AtomicInteger();
        // Each worker takes the next range of ids until none is left: reading and tokenising in Java and writing
        // in PostgreSQL alternate in each, so that several keep the processors busy.
        Runnable worker = () -> {
            for (long from = next.getAndAdd(BUILD_BATCH); from < last; from = next.getAndAdd(BUILD_BATCH)) {
                List<PublishedArticle> batch = index.findLive(new ArticleId(from), new ArticleId(from + BUILD_BATCH));
                index.addToBuild(batch.stream().map(this::document).toList());
                done.addAndGet(batch.size());
            }
        };
        try (ExecutorService workers = Executors.newFixedThreadPool(BUILD_WORKERS)) {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < BUILD_WORKERS; i++) {
                running.add(workers.submit(worker));
            }
            for (Future<?> each : running) {
                each.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the search index's build was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the search index's build failed", e.getCause());
        }
        long filled = System.nanoTime();
        index.indexBuild();
        index.replaceWithBuild();
        long finished = System.nanoTime();
        log.info("Search index: built a new index of {} articles in {} s ({} s their rows, {} s the indexes)",
                done.get(), seconds(finished - started), seconds(filled - started), seconds(finished - filled));
        return done.get();
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
    }

    private int catchUpInBatches() {
        int done = 0;
        ArticleId after = new ArticleId(0);
        while (true) {
            ArticleId from = after;
            List<ArticleId> batch = Objects.requireNonNull(transaction.execute(status -> {
                List<ArticleId> ids = index.findOutOfDate(from, BATCH);
                reindex(ids);
                return ids;
            }));
            if (batch.isEmpty()) {
                return done;
            }
            done += batch.size();
            after = batch.getLast();
        }
    }

    /** Rewrites the rows of these articles from the database: a new document when live, no row otherwise. */
    private void reindex(Collection<ArticleId> ids) {
        List<PublishedArticle> live = index.lockAndFindLive(ids);
        List<ArticleId> offline = new ArrayList<>(ids);
        offline.removeAll(live.stream().map(PublishedArticle::id).toList());
        index.delete(offline);
        index.upsert(live.stream().map(this::document).toList());
    }

    private SearchIndexRepository.Document document(PublishedArticle article) {
        ArticleDraft content = article.content();
        Set<String> title = new LinkedHashSet<>(ChineseTokens.indexTerms(content.title()));
        Set<String> terms = new LinkedHashSet<>(title);
        terms.addAll(ChineseTokens.indexTerms(content.summary()));
        for (Block block : content.body()) {
            switch (block) {
                case Block.Paragraph p -> terms.addAll(ChineseTokens.indexTerms(markup.toPlainText(p.text())));
                case Block.Photo photo -> {
                    terms.addAll(ChineseTokens.indexTerms(photo.caption()));
                    terms.addAll(ChineseTokens.indexTerms(photo.alt()));
                }
                case Block.Heading h -> terms.addAll(ChineseTokens.indexTerms(h.text()));
                case Block.Quote q -> terms.addAll(ChineseTokens.indexTerms(q.text()));
            }
        }
        return new SearchIndexRepository.Document(article.id(), article.officeCode(), article.publishedAt(),
                List.copyOf(title), List.copyOf(terms));
    }
}
