/** Writes the buffered view counts into the day's rows. */
@NullMarked
package cn.gxnews.portal.readership.repository;

import org.jspecify.annotations.NullMarked;
