/**
 * What an article is and how it is written: drafts, revisions, body blocks, inline markup, the renderer the
 * desk and the site share, comparison and three-way merge, autosaves, edit locks, comments, sensitive words,
 * standard wording (规范用语), the article's section. Its
 * life cycle is here too ({@link cn.gxnews.portal.article.Transition}, written only by
 * {@link cn.gxnews.portal.article.Workflow}), because saving a published article is a transition itself.
 */
@NullMarked
package cn.gxnews.portal.article;

import org.jspecify.annotations.NullMarked;
