/**
 * Desk views for editors: the review queue, the review screen with its decisions, the dashboard, the audit trail.
 */
@NullMarked
package cn.gxnews.portal.editorial.ui;

import org.jspecify.annotations.NullMarked;
