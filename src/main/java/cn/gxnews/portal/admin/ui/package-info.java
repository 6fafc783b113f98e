/**
 * Desk views for administrators.
 */
@NullMarked
package cn.gxnews.portal.admin.ui;

import org.jspecify.annotations.NullMarked;
