package cn.gxnews.portal.publicsite;

import cn.gxnews.portal.article.ArticleTransitioned;
import cn.gxnews.portal.search.SearchIndexCaughtUp;
import cn.gxnews.portal.article.Transition;
import cn.gxnews.portal.media.WatermarkChanged;
import cn.gxnews.portal.office.OfficeChanged;
import cn.gxnews.portal.article.ArticleMovedToSection;
import cn.gxnews.portal.section.SectionChanged;
import cn.gxnews.portal.publicsite.repository.PublicChangeFeed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;


/**
 * Keeps cached pages honest: after a transition that changes what readers see (or a change of an office's
 * contact details, watermark, site settings or a section, a live article moved to another section, or a catch-up
 * of the search index) has committed, this instance drops its cached pages (and with them its copies of the offices,
 * sections and photo marks) at once and announces the change so that every other instance does the same.
 */
@Component
class PublishedContentChanges {

    private final PageCache cache;
    private final PublicChangeFeed feed;
    private final SiteSettingsService settings;

    PublishedContentChanges(PageCache cache, PublicChangeFeed feed, SiteSettingsService settings) {
        this.cache = cache;
        this.feed = feed;
        this.settings = settings;
        feed.onChange(this::forget);
    }

    @TransactionalEventListener
    void afterCommit(OfficeChanged event) {
        forget();
        feed.announce();
    }

    /**
     * Cached search results may lack articles the catch-up indexed, or show ones it removed. The catch-up has
     * committed its batches when it says so, outside a transaction: this runs at once.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void afterCommit(SearchIndexCaughtUp event) {
        forget();
        feed.announce();
    }

    /** The footer and the colours of every page follow the site settings. */
    @TransactionalEventListener
    void afterCommit(SiteSettingsChanged event) {
        forget();
        feed.announce();
    }

    /** A section's name or address appears on every list and article page of it. */
    @TransactionalEventListener
    void afterCommit(SectionChanged event) {
        forget();
        feed.announce();
    }

    /** Pages name the photos' addresses, which carry the watermark's version (decision 0028). */
    @TransactionalEventListener
    void afterCommit(WatermarkChanged event) {
        forget();
        feed.announce();
    }

    @TransactionalEventListener
    void afterCommit(ArticleMovedToSection event) {
        if (event.live()) {
            forget();
            feed.announce();
        }
    }

    @TransactionalEventListener
    void afterCommit(ArticleTransitioned event) {
        if (event.transition().changesWhatReadersSee()) {
            forget();
            feed.announce();
        }
    }

    /**
     * The settings first: a page rendered after the emptying must show the new ones. Emptying the cache also makes
     * the public pages read the offices and sections again ({@link KeptWithPages}).
     */
    private void forget() {
        settings.reload();
        cache.invalidateAll();
    }
}
