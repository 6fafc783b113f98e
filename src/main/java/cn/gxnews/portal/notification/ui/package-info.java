/**
 * The desk's list of notifications.
 */
@NullMarked
package cn.gxnews.portal.notification.ui;

import org.jspecify.annotations.NullMarked;
