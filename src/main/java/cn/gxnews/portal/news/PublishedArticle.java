package cn.gxnews.portal.news;

import java.time.Instant;

/**
 * A published article as readers see it: only its published revision, never a draft.
 *
 * @param publishedAt when it first went online (the date readers see)
 * @param updatedAt   when the article last changed (for {@code Last-Modified} and sitemaps)
 */
public record PublishedArticle(ArticleId id, String officeCode, ArticleDraft content, Instant publishedAt,
                               Instant updatedAt) {
}
