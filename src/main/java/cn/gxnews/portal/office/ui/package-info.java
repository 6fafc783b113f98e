/**
 * Desk views for administrators: the offices and their contact details.
 */
@NullMarked
package cn.gxnews.portal.office.ui;

import org.jspecify.annotations.NullMarked;
