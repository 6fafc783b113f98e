package cn.gxnews.portal.article;

/**
 * Where an article's working revision stands in the workflow. Whether readers see the article is a separate
 * fact ({@link Article#live()}): a published article that is being edited stays live until the edit is approved.
 * The database refuses any other value.
 */
public enum ArticleState {
    DRAFT, IN_REVIEW, CHANGES_REQUESTED, SCHEDULED, PUBLISHED, UNPUBLISHED;

    /** Message key of the state's display name. */
    public String messageKey() {
        return "state." + name();
    }
}
