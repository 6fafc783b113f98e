/** The administrators' desk view of the sections. */
@NullMarked
package cn.gxnews.portal.section.ui;

import org.jspecify.annotations.NullMarked;
