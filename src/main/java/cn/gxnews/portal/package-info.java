/**
 * The news portal: the staff desk (Vaadin, under /desk) and the public Industry News site (Spring MVC + JTE).
 * Features live in their own packages and use each other only through their root packages.
 */
@NullMarked
package cn.gxnews.portal;

import org.jspecify.annotations.NullMarked;
