package cn.gxnews.portal.office;

/** Who may take one review level of an office. The name is the one stored in the database. */
public enum ReviewTaker {
    /** The office's editors (编辑), and the editors of all offices. */
    OFFICE_EDITORS,
    /** The company's publishers (签发人), who take this level for every office that hands it to them. */
    PUBLISHERS;

    /** Message key of the taker's display name. */
    public String messageKey() {
        return "reviewTaker." + name();
    }
}
