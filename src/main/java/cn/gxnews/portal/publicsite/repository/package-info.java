/**
 * The public site's link to the database beyond reading news: announcing and hearing that published
 * content changed (PostgreSQL NOTIFY/LISTEN), so every instance drops its cached pages at once.
 */
@NullMarked
package cn.gxnews.portal.publicsite.repository;

import org.jspecify.annotations.NullMarked;
