/**
 * Whole-article reads and writes (articles, revisions, autosaves, edit locks, comments, sensitive words,
 * standard wording);
 * every write runs inside a service transaction.
 */
@NullMarked
package cn.gxnews.portal.article.repository;

import org.jspecify.annotations.NullMarked;
