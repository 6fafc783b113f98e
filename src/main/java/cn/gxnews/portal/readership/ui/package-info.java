/** The desk's readership view. */
@NullMarked
package cn.gxnews.portal.readership.ui;

import org.jspecify.annotations.NullMarked;
