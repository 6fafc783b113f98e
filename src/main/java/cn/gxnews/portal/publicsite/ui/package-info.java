/**
 * Desk views for administrators about the public site as a whole: its settings (titles, footer, grey mode).
 */
@NullMarked
package cn.gxnews.portal.publicsite.ui;

import org.jspecify.annotations.NullMarked;
