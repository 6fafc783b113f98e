/**
 * The administration of staff accounts and the record of every administrative change (accounts, offices,
 * sensitive words). The accounts themselves, and signing in with them, are the security feature's.
 */
@NullMarked
package cn.gxnews.portal.staff;

import org.jspecify.annotations.NullMarked;
