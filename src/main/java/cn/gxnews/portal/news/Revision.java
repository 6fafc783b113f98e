package cn.gxnews.portal.news;

import java.time.Instant;

/** One saved state of an article's text. Revisions are never changed once written. */
public record Revision(long id, int number, ArticleDraft content, String createdByName, Instant createdAt) {
}
