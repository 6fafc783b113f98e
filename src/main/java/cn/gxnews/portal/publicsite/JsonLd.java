package cn.gxnews.portal.publicsite;

import cn.gxnews.portal.base.Translations;
import cn.gxnews.portal.article.PublishedArticle;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.format.DateTimeFormatter;

/**
 * Structured data for search engines ({@code NewsArticle}, schema.org). The JSON is made safe to sit inside a
 * {@code <script type="application/ld+json">} element: {@code <} is escaped, so no text can close it or open a
 * comment, and so are the line and paragraph separators U+2028 and U+2029, which older JavaScript parsers take for
 * line ends inside a string. Control characters are escaped by the JSON writer itself.
 */
final class JsonLd {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonLd() {
    }

    static String newsArticle(PublishedArticle article, String url, @Nullable String image, String officeName,
                              String publicUrl) {
        ObjectNode node = JSON.createObjectNode();
        node.put("@context", "https://schema.org").put("@type", "NewsArticle")
                .put("headline", article.content().title())
                .put("description", article.content().summary())
                .put("inLanguage", "zh-CN")
                .put("mainEntityOfPage", url)
                .put("datePublished", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(article.publishedAt().atZone(Translations.ZONE)))
                .put("dateModified", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(article.updatedAt().atZone(Translations.ZONE)));
        if (image != null) {
            node.putArray("image").add(image);
        }
        node.putObject("author").put("@type", "Organization").put("name", officeName + "分公司");
        node.putObject("publisher").put("@type", "Organization").put("name", "行业新闻").put("url", publicUrl + "/");
        return JSON.writeValueAsString(node).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
