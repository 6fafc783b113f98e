/**
 * The stateless public site: server-rendered pages (Spring MVC + precompiled JTE), no session, no cookie.
 */
@NullMarked
package cn.gxnews.portal.publicsite;

import org.jspecify.annotations.NullMarked;
