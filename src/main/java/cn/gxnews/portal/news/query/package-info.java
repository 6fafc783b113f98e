/**
 * List projections of articles for grids and the public site, paged with an id tiebreaker.
 */
@NullMarked
package cn.gxnews.portal.news.query;

import org.jspecify.annotations.NullMarked;
