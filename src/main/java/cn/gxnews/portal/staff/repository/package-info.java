/** Storage of the record of administrative changes. */
@NullMarked
package cn.gxnews.portal.staff.repository;

import org.jspecify.annotations.NullMarked;
