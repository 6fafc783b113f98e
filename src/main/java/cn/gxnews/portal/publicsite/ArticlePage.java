package cn.gxnews.portal.publicsite;

import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.PublishedArticle;
import org.jspecify.annotations.Nullable;

/**
 * What a published article's page shows: the article and links to the live articles published just before
 * and just after it.
 */
public record ArticlePage(PublishedArticle article, @Nullable Link older, @Nullable Link newer) {

    /** Another article, by its title. */
    public record Link(ArticleId id, String title) {
        public Link {
            title = cn.gxnews.portal.base.PlainText.printable(title);
        }
    }
}
