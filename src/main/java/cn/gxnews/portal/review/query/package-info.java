/**
 * The review-queue projection, scoped to the editor's offices.
 */
@NullMarked
package cn.gxnews.portal.review.query;

import org.jspecify.annotations.NullMarked;
