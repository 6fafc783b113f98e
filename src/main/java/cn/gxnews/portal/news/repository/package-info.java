/**
 * Whole-article reads and writes; every write runs inside a service transaction.
 */
@NullMarked
package cn.gxnews.portal.news.repository;

import org.jspecify.annotations.NullMarked;
