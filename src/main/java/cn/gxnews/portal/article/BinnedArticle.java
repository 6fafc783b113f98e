package cn.gxnews.portal.article;

import java.time.Instant;

/**
 * An article in the recycle bin, as the bin lists it.
 *
 * @param version      the article's version, which restoring it is based on
 * @param binnedByName who moved it there
 * @param purgeAfter   when the scheduler deletes it for good unless someone restores it first
 */
public record BinnedArticle(ArticleId id, int version, String officeCode, String title, String authorName, ArticleState state,
                            Instant binnedAt, String binnedByName, Instant purgeAfter) {
}
