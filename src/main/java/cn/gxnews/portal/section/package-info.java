/**
 * Sections (栏目) of the news: their Chinese and English names and the slug of their public address. Every article
 * belongs to one; administrators keep them.
 */
@NullMarked
package cn.gxnews.portal.section;

import org.jspecify.annotations.NullMarked;
