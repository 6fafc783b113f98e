package cn.gxnews.portal.publicsite;

import cn.gxnews.portal.article.ArticleId;

import java.net.URLEncoder;
import java.util.List;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * One address of each kind of public page, in Chinese and in English, for the checks every page type must pass
 * (valid HTML, accessibility): a new page type belongs here.
 */
final class PublicPageTypes {

    private PublicPageTypes() {
    }

    /** The pages, given the demo's published article with photos (the company's real page). */
    static List<String> all(ArticleId articleWithPhotos) {
        String hits = URLEncoder.encode("广西", UTF_8);
        String none = URLEncoder.encode("没有这样的新闻", UTF_8);
        return List.of("/", "/news", "/news?page=1&office=guilin", "/offices/liuzhou", "/news/" + articleWithPhotos.value(),
                "/contact", "/search?q=" + hits, "/search?q=" + none, "/search", "/no-such-page",
                "/en/", "/en/news", "/en/offices/guilin", "/en/news/" + articleWithPhotos.value(), "/en/contact",
                "/en/search?q=" + hits, "/en/search?q=" + none, "/en/no-such-page");
    }
}
