package cn.gxnews.portal.security;

/** The staff roles, as stored in the database and used in {@code @RolesAllowed} and {@code @PreAuthorize}. */
public final class Roles {

    /** 撰稿人: writes drafts for their own office. */
    public static final String AUTHOR = "AUTHOR";
    /** 编辑: reviews, approves and publishes the drafts of their office (or of every office). */
    public static final String EDITOR = "EDITOR";
    /** 管理员: manages staff accounts. */
    public static final String ADMIN = "ADMIN";

    /** 签发人: company-wide reviewer, takes the review levels offices give to publishers (decision 0025). */
    public static final String PUBLISHER = "PUBLISHER";

    private Roles() {
    }
}
