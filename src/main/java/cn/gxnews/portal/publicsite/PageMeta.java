package cn.gxnews.portal.publicsite;

import org.jspecify.annotations.Nullable;

/**
 * What a page tells browsers, search engines and link previews about itself.
 *
 * @param canonical the page's one canonical address (absolute)
 * @param image     the picture for link previews (absolute), if any
 * @param jsonLd    structured data ({@code NewsArticle}) as JSON, already safe to embed, if any
 */
public record PageMeta(String title, String description, String canonical, String ogType, @Nullable String image,
                       @Nullable String jsonLd) {
}
