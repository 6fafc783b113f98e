package cn.gxnews.portal.article;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One saved state of an article's text. Revisions are never changed once written.
 *
 * @param restoredFrom the number of the older revision this one restored, if it was made that way
 */
public record Revision(long id, int number, ArticleDraft content, String createdByName, Instant createdAt,
                       @Nullable Integer restoredFrom) {
}
