/**
 * Reads and writes of notifications and their recipients.
 */
@NullMarked
package cn.gxnews.portal.notification.repository;

import org.jspecify.annotations.NullMarked;
