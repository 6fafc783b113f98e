package cn.gxnews.portal.security;

/** A staff role; the name is the one stored in the database (see {@link Roles}). */
public enum StaffRole {
    AUTHOR, EDITOR, ADMIN,
    /** 签发人: takes the review levels that offices hand to the company's publishers, for every office. */
    PUBLISHER;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Message key of the role's display name. */
    public String messageKey() {
        return "role." + name();
    }
}
