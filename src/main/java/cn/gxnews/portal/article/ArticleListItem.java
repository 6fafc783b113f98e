package cn.gxnews.portal.article;

import java.time.Instant;

/** A row of an article list in the desk. */
public record ArticleListItem(ArticleId id, String officeCode, String title, String authorName, ArticleState state,
                              Instant updatedAt) {
}
