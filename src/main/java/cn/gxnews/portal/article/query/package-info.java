/**
 * The writer's list of their own articles, paged with an id tiebreaker; and the columns of an article as readers
 * see it ({@link cn.gxnews.portal.article.query.PublishedColumns}), the named interface "query" through which the
 * public site and search read the articles they show.
 */
@NamedInterface("query")
@NullMarked
package cn.gxnews.portal.article.query;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
