/**
 * The desk's login view.
 */
@NullMarked
package cn.gxnews.portal.security.ui;

import org.jspecify.annotations.NullMarked;
