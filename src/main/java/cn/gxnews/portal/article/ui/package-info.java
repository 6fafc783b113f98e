/**
 * Desk views for writing: my articles, the article editor and its parts (form, block and cover fields, edit-lock
 * keeper, autosave banner, merge dialog, section picker), revision history, the sensitive-word list, the
 * standard-wording list. Its public components (the
 * comparison of two revisions, the comments panel) are the named interface "ui" the review screen borrows; the
 * views themselves stay package-private.
 */
@NamedInterface("ui")
@NullMarked
package cn.gxnews.portal.article.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
