/** Storage of the record of administrative changes. */
@NullMarked
package cn.gxnews.portal.admin.repository;

import org.jspecify.annotations.NullMarked;
