/**
 * The published read model: what readers see of articles, lists and the sitemap, straight from the database.
 */
@NullMarked
package cn.gxnews.portal.publicsite.query;

import org.jspecify.annotations.NullMarked;
