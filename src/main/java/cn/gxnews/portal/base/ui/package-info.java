/**
 * The desk's main layout and small UI helpers shared by all desk views.
 */
@NullMarked
package cn.gxnews.portal.base.ui;

import org.jspecify.annotations.NullMarked;
