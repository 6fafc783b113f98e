/**
 * Desk views for administrators: staff accounts and the record of administrative changes.
 */
@NullMarked
package cn.gxnews.portal.staff.ui;

import org.jspecify.annotations.NullMarked;
