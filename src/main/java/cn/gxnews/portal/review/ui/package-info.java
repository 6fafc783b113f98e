/**
 * Desk views for editors: the queue and the review screen with its decisions.
 */
@NullMarked
package cn.gxnews.portal.review.ui;

import org.jspecify.annotations.NullMarked;
