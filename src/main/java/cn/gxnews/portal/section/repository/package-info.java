/** Reads and writes of the sections. */
@NullMarked
package cn.gxnews.portal.section.repository;

import org.jspecify.annotations.NullMarked;
