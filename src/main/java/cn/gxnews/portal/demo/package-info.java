/**
 * Demo offices' staff and articles, created through the real services when the portal runs on its embedded database.
 */
@NullMarked
package cn.gxnews.portal.demo;

import org.jspecify.annotations.NullMarked;
