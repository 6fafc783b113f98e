/** Reads the counts for the desk: per day, most read, one article's. */
@NullMarked
package cn.gxnews.portal.readership.query;

import org.jspecify.annotations.NullMarked;
