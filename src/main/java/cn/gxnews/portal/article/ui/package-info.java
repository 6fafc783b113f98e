/**
 * Desk views for writing: my articles, the article editor with its block editor and merge dialog, revision
 * history, the sensitive-word list; and the comparison and comments panels the review screen shows too.
 */
@NullMarked
package cn.gxnews.portal.article.ui;

import org.jspecify.annotations.NullMarked;
