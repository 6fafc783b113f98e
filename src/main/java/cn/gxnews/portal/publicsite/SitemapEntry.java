package cn.gxnews.portal.publicsite;

import cn.gxnews.portal.article.ArticleId;
import java.time.Instant;

/** A live article in the sitemap: where it is and when it last changed. */
public record SitemapEntry(ArticleId id, Instant updatedAt) {
}
