/**
 * Who is signed in and what they may do: roles, the signed-in staff member, the security filter chains.
 * Role names are constants in {@link cn.gxnews.portal.security.Roles}.
 */
@NullMarked
package cn.gxnews.portal.security;

import org.jspecify.annotations.NullMarked;
