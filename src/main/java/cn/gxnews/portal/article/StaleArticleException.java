package cn.gxnews.portal.article;

import cn.gxnews.portal.base.MessageKey;
import cn.gxnews.portal.base.PortalException;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * Someone else changed the article after the user opened it. Nothing was written; the user keeps what they
 * typed and learns who changed the article, and when.
 */
public class StaleArticleException extends PortalException {

    private final @Nullable String changedBy;
    private final Instant changedAt;

    /** @param changedBy the staff member's name, {@code null} for the portal's scheduler */
    public StaleArticleException(@Nullable String changedBy, Instant changedAt) {
        super("error.article.stale", changedBy == null ? new MessageKey("scheduler.name") : changedBy, changedAt);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public @Nullable String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
