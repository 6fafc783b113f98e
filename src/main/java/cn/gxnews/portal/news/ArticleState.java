package cn.gxnews.portal.news;

/** Where an article stands in the workflow. The database refuses any other value. */
public enum ArticleState {
    DRAFT, IN_REVIEW, CHANGES_REQUESTED, PUBLISHED;

    /** Message key of the state's display name. */
    public String messageKey() {
        return "state." + name();
    }
}
