package cn.gxnews.portal.article;

/**
 * An article moved to another section; when it is live, the public site's pages change with it.
 *
 * @param live whether readers see the article
 */
public record ArticleMovedToSection(ArticleId articleId, boolean live) {
}
