/**
 * Desk views for writing: my articles, the article editor and its parts (form, block and cover fields, edit-lock
 * keeper, autosave banner, merge dialog), revision history, the sensitive-word list; and the comparison and
 * comments panels the review screen shows too.
 */
@NullMarked
package cn.gxnews.portal.article.ui;

import org.jspecify.annotations.NullMarked;
