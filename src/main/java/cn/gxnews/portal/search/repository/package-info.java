/**
 * Writes of the search index.
 */
@NullMarked
package cn.gxnews.portal.search.repository;

import org.jspecify.annotations.NullMarked;
