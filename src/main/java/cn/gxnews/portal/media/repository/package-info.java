/**
 * Reads and writes of photos: the stored bytes (once per distinct photo) and each office's library entries.
 */
@NullMarked
package cn.gxnews.portal.media.repository;

import org.jspecify.annotations.NullMarked;
