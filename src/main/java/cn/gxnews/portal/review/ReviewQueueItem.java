package cn.gxnews.portal.review;

import cn.gxnews.portal.news.ArticleId;

import java.time.Instant;

/** An article waiting for an editor's decision, and since when. */
public record ReviewQueueItem(ArticleId id, String officeCode, String title, String authorName, Instant submittedAt) {
}
