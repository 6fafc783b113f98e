/**
 * Shared infrastructure: the database (embedded PostgreSQL or a configured one), translations, clocks.
 */
@NullMarked
package cn.gxnews.portal.base;

import org.jspecify.annotations.NullMarked;
