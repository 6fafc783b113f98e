/**
 * Administration of staff accounts.
 */
@NullMarked
package cn.gxnews.portal.admin;

import org.jspecify.annotations.NullMarked;
