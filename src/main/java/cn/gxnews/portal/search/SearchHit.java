package cn.gxnews.portal.search;

import cn.gxnews.portal.article.PublishedArticle;

/**
 * One article found by a search, with its title and a snippet of its text as HTML: escaped text with the
 * query's words inside {@code <mark>}, ready to put on a page as it is.
 *
 * @param snippetHtml about 80 characters of the summary and body around the first match (the start of the
 *                    summary when only the title matched)
 */
public record SearchHit(PublishedArticle article, String titleHtml, String snippetHtml) {
}
