package cn.gxnews.portal.article;

import cn.gxnews.portal.article.repository.ArticleRepository;
import cn.gxnews.portal.base.PortalProperties;
import cn.gxnews.portal.media.MediaLibraryCleanup;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Deletes articles from the recycle bin for good: those kept longer than {@code portal.recycle-bin.keep} when
 * the scheduler runs it, everything when an administrator empties the bin. The photos only they used leave
 * their office's media library with them. Rows are claimed with locks other instances skip, so two instances
 * never purge the same article twice.
 */
@Component
public class RecycleBinPurge {

    private static final Logger log = LoggerFactory.getLogger(RecycleBinPurge.class);
    private static final int BATCH = 50;

    private final ArticleRepository articles;
    private final MediaLibraryCleanup mediaCleanup;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration keep;

    RecycleBinPurge(ArticleRepository articles, MediaLibraryCleanup mediaCleanup, TransactionTemplate transaction,
                    Clock clock, PortalProperties properties) {
        this.articles = articles;
        this.mediaCleanup = mediaCleanup;
        this.transaction = transaction;
        this.clock = clock;
        this.keep = properties.recycleBin().keep();
    }

    /** How long the bin keeps an article. */
    public Duration keep() {
        return keep;
    }

    /** Deletes what the bin has kept long enough, in batches of their own transactions; returns how many. */
    public int purgeExpired() {
        int purged = 0;
        int batch;
        do {
            Integer done = transaction.execute(status -> purge(clock.instant().minus(keep)));
            batch = done == null ? 0 : done;
            purged += batch;
        } while (batch == BATCH);
        if (purged > 0) {
            log.info("Recycle bin: deleted {} article(s) kept longer than {}", purged, keep);
        }
        return purged;
    }

    /** Deletes everything in every office's bin, in the caller's transaction (an administrator's). */
    @Transactional(propagation = Propagation.MANDATORY)
    int purgeAll() {
        int purged = 0;
        int batch;
        do {
            batch = purge(null);
            purged += batch;
        } while (batch == BATCH);
        log.info("Recycle bin emptied: deleted {} article(s)", purged);
        return purged;
    }

    private int purge(@Nullable Instant binnedBefore) {
        List<ArticleId> ids = articles.claimBinned(binnedBefore, BATCH);
        if (ids.isEmpty()) {
            return 0;
        }
        var photos = articles.photosOf(ids);
        int deleted = articles.delete(ids);
        photos.forEach(mediaCleanup::removeUnused);
        return deleted;
    }
}
