/**
 * Photos for articles: the intake that checks an upload, strips everything but the pixels, and makes the
 * smaller copies the pages serve. Its API is {@link cn.gxnews.portal.media.MediaService}, the records it returns,
 * and {@link cn.gxnews.portal.media.PhotoUpload}, the one upload component every desk view uses to take photos;
 * the format parsers next to it and the desk's request size limit are package-private details.
 */
@NullMarked
package cn.gxnews.portal.media;

import org.jspecify.annotations.NullMarked;
