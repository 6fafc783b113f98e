package cn.gxnews.portal.news;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns a revision into HTML. The desk's review screen and the public article page both use this one
 * renderer, so what an editor approves is what readers see. Everything the writer typed is escaped: no
 * text ever reaches a page as markup.
 */
@Component
public class ArticleRenderer {

    public String render(ArticleDraft content) {
        StringBuilder html = new StringBuilder(256 + content.body().stream().mapToInt(String::length).sum() * 2);
        html.append("<article class=\"news-article\">");
        html.append("<h1 class=\"news-title\">").append(escape(content.title())).append("</h1>");
        if (!content.summary().isEmpty()) {
            html.append("<p class=\"news-summary\">").append(escape(content.summary())).append("</p>");
        }
        html.append("<div class=\"news-body\">");
        for (String paragraph : content.body()) {
            if (ArticleDraft.isCaption(paragraph)) {
                html.append("<p class=\"news-caption\">");
            } else {
                html.append("<p>");
            }
            html.append(escape(paragraph)).append("</p>");
        }
        html.append("</div></article>");
        return html.toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
