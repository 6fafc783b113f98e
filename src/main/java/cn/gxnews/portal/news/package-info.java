/**
 * Articles, their revisions, workflow states and transitions, and the one renderer that turns a revision
 * into HTML for the desk and the public site. Transitions and who may take them live in {@link cn.gxnews.portal.news.Transition}.
 */
@NullMarked
package cn.gxnews.portal.news;

import org.jspecify.annotations.NullMarked;
