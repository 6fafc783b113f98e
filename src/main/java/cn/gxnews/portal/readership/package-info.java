/**
 * Readership without personal data: how often readers open each article, counted on the server per article
 * and day (decision 0028), and the desk's figures and charts of it.
 */
@NullMarked
package cn.gxnews.portal.readership;

import org.jspecify.annotations.NullMarked;
