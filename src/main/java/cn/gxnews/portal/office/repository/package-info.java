/**
 * Reads of the office table.
 */
@NullMarked
package cn.gxnews.portal.office.repository;

import org.jspecify.annotations.NullMarked;
