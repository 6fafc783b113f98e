/**
 * Desk views for writing: my articles, the article editor.
 */
@NullMarked
package cn.gxnews.portal.news.ui;

import org.jspecify.annotations.NullMarked;
