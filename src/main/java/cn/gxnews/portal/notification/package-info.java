/**
 * Telling staff what happened to articles they care about: in the desk, with an unread count, and by e-mail
 * when an SMTP server is configured. Notifications are written in the transaction of the transition.
 */
@NullMarked
package cn.gxnews.portal.notification;

import org.jspecify.annotations.NullMarked;
