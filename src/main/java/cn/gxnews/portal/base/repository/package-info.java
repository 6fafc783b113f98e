/** Small pieces of SQL that several features' repositories and queries share. */
@NullMarked
package cn.gxnews.portal.base.repository;

import org.jspecify.annotations.NullMarked;
