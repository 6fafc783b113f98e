package cn.gxnews.portal.news;

import java.time.Instant;

/** A published article as readers see it: only its published revision, never a draft. */
public record PublishedArticle(ArticleId id, String officeCode, ArticleDraft content, Instant publishedAt) {
}
