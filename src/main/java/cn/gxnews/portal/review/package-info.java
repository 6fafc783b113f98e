/**
 * The editors' review queue.
 */
@NullMarked
package cn.gxnews.portal.review;

import org.jspecify.annotations.NullMarked;
