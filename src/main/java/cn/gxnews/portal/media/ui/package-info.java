/**
 * The desk's media library: uploading photos and describing them.
 */
@NullMarked
package cn.gxnews.portal.media.ui;

import org.jspecify.annotations.NullMarked;
