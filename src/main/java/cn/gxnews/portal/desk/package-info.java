/**
 * The desk's shell: the layout with its menu, the home page, the desk's language, error handling.
 */
@NullMarked
package cn.gxnews.portal.desk;

import org.jspecify.annotations.NullMarked;
