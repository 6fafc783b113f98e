/**
 * The writer's list of their own articles, paged with an id tiebreaker.
 */
@NullMarked
package cn.gxnews.portal.article.query;

import org.jspecify.annotations.NullMarked;
