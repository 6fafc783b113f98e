package cn.gxnews.portal.news;

import cn.gxnews.portal.base.PortalException;

import java.time.Instant;

/**
 * Someone else changed the article after the user opened it. Nothing was written; the user keeps what they
 * typed and learns who changed the article, and when.
 */
public class StaleArticleException extends PortalException {

    private final String changedBy;
    private final Instant changedAt;

    public StaleArticleException(String changedBy, Instant changedAt) {
        super("error.article.stale", changedBy, changedAt);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
