package cn.gxnews.portal.article;

import cn.gxnews.portal.base.PortalException;

/**
 * The article does not exist, or the signed-in member may not see it: the two are deliberately the same
 * answer, so that nobody learns about another office's drafts by guessing ids.
 */
public class ArticleNotFoundException extends PortalException {

    public ArticleNotFoundException(ArticleId id) {
        super("error.article.notFound", id.toString());
    }
}
