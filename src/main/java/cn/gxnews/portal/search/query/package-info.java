/**
 * The search itself: matching, ranking and paging published articles.
 */
@NullMarked
package cn.gxnews.portal.search.query;

import org.jspecify.annotations.NullMarked;
