package cn.gxnews.portal.editorial;

import cn.gxnews.portal.article.ArticleId;

import java.time.Instant;

/**
 * An article waiting for a reviewer's decision, and since when.
 *
 * @param level the review level it waits for (1 = 初审)
 */
public record ReviewQueueItem(ArticleId id, String officeCode, String title, String authorName, Instant submittedAt,
                              int level) {
}
