/**
 * Photos for articles: the intake that checks an upload, strips everything but the pixels, and makes the
 * smaller copies the pages serve. Its API is {@link cn.gxnews.portal.media.PhotoIntake} and the records it
 * returns; the format parsers next to it are package-private details.
 */
@NullMarked
package cn.gxnews.portal.media;

import org.jspecify.annotations.NullMarked;
