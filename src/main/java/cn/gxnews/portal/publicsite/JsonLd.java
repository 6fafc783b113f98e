package cn.gxnews.portal.publicsite;

import cn.gxnews.portal.base.Translations;
import cn.gxnews.portal.article.PublishedArticle;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;
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
                              String publicUrl, String sectionName, List<Map.Entry<String, String>> breadcrumbs) {
        ObjectNode node = JSON.createObjectNode();
        node.put("@context", "https://schema.org").put("@type", "NewsArticle")
                .put("headline", article.content().title())
                .put("description", article.content().summary())
                .put("inLanguage", "zh-CN")
                .put("articleSection", sectionName)
                .put("datePublished", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(article.publishedAt().atZone(Translations.ZONE)))
                .put("dateModified", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(article.updatedAt().atZone(Translations.ZONE)));
        if (image != null) {
            node.putArray("image").add(image);
        }
        ObjectNode page = node.putObject("mainEntityOfPage").put("@type", "WebPage").put("@id", url);
        breadcrumbList(page.putObject("breadcrumb"), breadcrumbs);
        node.putObject("author").put("@type", "Organization").put("name", officeName + "分公司");
        node.putObject("publisher").put("@type", "Organization").put("name", "行业新闻").put("url", publicUrl + "/");
        return escaped(node);
    }

    /** A schema.org BreadcrumbList: each step's name and absolute address, from the home page to the page. */
    private static void breadcrumbList(ObjectNode node, List<Map.Entry<String, String>> steps) {
        node.put("@type", "BreadcrumbList");
        var items = node.putArray("itemListElement");
        for (int i = 0; i < steps.size(); i++) {
            items.addObject().put("@type", "ListItem").put("position", i + 1).put("name", steps.get(i).getKey())
                    .put("item", steps.get(i).getValue());
        }
    }

    private static String escaped(ObjectNode node) {
        return JSON.writeValueAsString(node).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
