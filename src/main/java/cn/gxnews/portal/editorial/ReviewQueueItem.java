package cn.gxnews.portal.editorial;

import cn.gxnews.portal.article.ArticleId;

import java.time.Instant;

/** An article waiting for an editor's decision, and since when. */
public record ReviewQueueItem(ArticleId id, String officeCode, String title, String authorName, Instant submittedAt) {
}
