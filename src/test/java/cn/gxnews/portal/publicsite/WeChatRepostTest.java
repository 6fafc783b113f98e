package cn.gxnews.portal.publicsite;

import cn.gxnews.portal.AbstractIntegrationTest;
import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.base.PortalProperties;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static cn.gxnews.portal.DemoTitles.LIUZHOU_DRAFT;
import static cn.gxnews.portal.DemoTitles.NANNING_PUBLISHED_SEED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The copy of a published article for the WeChat official account: what its editor keeps when pasted (inline
 * styles, no classes or stylesheets, photos at absolute addresses), the photos' captions as the public page shows
 * them, and a source line with the office, the date and the article's address.
 */
class WeChatRepostTest extends AbstractIntegrationTest {

    @Autowired
    private WeChatRepostService weChat;

    @Autowired
    private PortalProperties properties;

    @Test
    void a_published_article_is_copied_with_inline_styles_only_and_absolute_photo_addresses() {
        ArticleId id = idOf(NANNING_PUBLISHED_SEED);

        WeChatCopy copy = as("editor.nanning", () -> weChat.copyOf(id)).orElseThrow();

        Document html = Jsoup.parseBodyFragment(copy.html());
        assertThat(html.select("[class], [id], style, link, script")).isEmpty();
        assertThat(html.select("p, h2, blockquote, img")).isNotEmpty()
                .allSatisfy(element -> assertThat(element.attr("style")).isNotBlank());
        assertThat(html.select("img")).isNotEmpty().allSatisfy(img -> assertThat(img.attr("src"))
                .startsWith(properties.publicUrl() + "/media/"));
        assertThat(html.text()).doesNotContain(NANNING_PUBLISHED_SEED); // the title has a field of its own there
    }

    @Test
    void the_photos_captions_are_those_of_the_public_page_and_a_source_line_ends_it() throws Exception {
        ArticleId id = idOf(NANNING_PUBLISHED_SEED);
        Document page = Jsoup.parse(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(baseUrl() + "/news/" + id)).build(), HttpResponse.BodyHandlers.ofString()).body());
        var captionsOnTheSite = page.select(".news-photo figcaption").eachText();
        assertThat(captionsOnTheSite).isNotEmpty();

        WeChatCopy copy = as("editor.all", () -> weChat.copyOf(id)).orElseThrow();

        Document html = Jsoup.parseBodyFragment(copy.html());
        assertThat(html.select("img + p").eachText()).isEqualTo(captionsOnTheSite);
        Element source = html.select("p").last();
        assertThat(source.text()).startsWith("来源：南宁分公司　" + page.select(".news-byline time").text());
        assertThat(source.select("a").attr("href")).isEqualTo(properties.publicUrl() + "/news/" + id);
        assertThat(copy.text()).contains(captionsOnTheSite.getFirst(), "原文链接：" + properties.publicUrl() + "/news/" + id);
    }

    @Test
    void only_what_readers_can_see_is_copied_and_only_editors_copy() {
        assertThat(as("editor.liuzhou", () -> weChat.copyOf(idOf(LIUZHOU_DRAFT)))).isEmpty();
        ArticleId published = idOf(NANNING_PUBLISHED_SEED);
        assertThatThrownBy(() -> as("author.nanning", () -> weChat.copyOf(published)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
