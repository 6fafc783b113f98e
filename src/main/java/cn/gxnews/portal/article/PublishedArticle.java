package cn.gxnews.portal.article;

import cn.gxnews.portal.base.PlainText;

import java.time.Instant;

/**
 * A published article as readers see it: only its published revision, never a draft, and only characters that
 * every output can carry ({@link PlainText#printable}), whatever the database holds.
 *
 * @param publishedAt when it first went online (the date readers see)
 * @param updatedAt   when the article last changed (for {@code Last-Modified} and sitemaps)
 */
public record PublishedArticle(ArticleId id, String officeCode, ArticleDraft content, Instant publishedAt,
                               Instant updatedAt, long sectionId) {

    public PublishedArticle {
        content = content.printable();
    }
}
