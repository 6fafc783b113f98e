package cn.gxnews.portal.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a desk view with a menu entry: the entry is shown only to members who belong to an office. The roles in
 * {@code @RolesAllowed} decide who may open the view; this says what the menu offers beyond them. An editor of
 * every office may open "my articles" (to see what they once wrote) but writes no new drafts, so it is not
 * offered to them.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ForOfficeMembers {
}
