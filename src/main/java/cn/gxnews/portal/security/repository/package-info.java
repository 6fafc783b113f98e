/**
 * Whole-entity reads and writes of staff accounts.
 */
@NullMarked
package cn.gxnews.portal.security.repository;

import org.jspecify.annotations.NullMarked;
