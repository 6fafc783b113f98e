/**
 * Chinese full-text search of published articles (bigrams, ranked title matches first) and the index that
 * follows every change readers see.
 */
@NullMarked
package cn.gxnews.portal.search;

import org.jspecify.annotations.NullMarked;
