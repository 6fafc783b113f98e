/**
 * Whole-entity reads and writes of review comments.
 */
@NullMarked
package cn.gxnews.portal.review.repository;

import org.jspecify.annotations.NullMarked;
