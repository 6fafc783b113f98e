package cn.gxnews.portal.article;

/**
 * Published inside the transaction that creates an article, after its first revision and its {@link
 * Transition#CREATE} entry in the audit trail are written.
 */
public record ArticleCreated(ArticleId articleId, long eventId, String officeCode, long authorId, String title) {
}
