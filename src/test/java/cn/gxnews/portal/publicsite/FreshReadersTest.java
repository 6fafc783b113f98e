package cn.gxnews.portal.publicsite;

import cn.gxnews.portal.editorial.ReviewService;
import cn.gxnews.portal.AbstractIntegrationTest;
import cn.gxnews.portal.article.Article;
import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.ArticleService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static cn.gxnews.portal.DemoTitles.LIUZHOU_PUBLISHED;
import static cn.gxnews.portal.DemoTitles.NANNING_PUBLISHED_SEED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader sees a correction at their next view: browsers keep pages but ask again on every view with the ETag,
 * which costs a {@code 304} while nothing changed.
 */
class FreshReadersTest extends AbstractIntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    private ArticleService articles;

    @Autowired
    private ReviewService review;

    @Test
    void every_html_page_is_revalidated_on_every_view_while_feeds_keep_their_minutes() throws Exception {
        for (String path : List.of("/", "/en/", "/news", "/news?page=1", "/offices/guilin", "/contact",
                "/news/" + idOf(NANNING_PUBLISHED_SEED), "/en/news/" + idOf(NANNING_PUBLISHED_SEED),
                "/search?q=" + URLEncoder.encode("江西", StandardCharsets.UTF_8))) {
            for (int i = 0; i < 2; i++) {
                // rendered, then from the page cache: the same header
                String cacheControl = get(path, null).headers().firstValue("Cache-Control").orElse("");
                assertThat(cacheControl).as(path).contains("no-cache").doesNotContain("max-age=60");
            }
        }
        assertThat(get("/feed.atom", null).headers().firstValue("Cache-Control")).hasValueSatisfying(
                c -> assertThat(c).contains("max-age=300"));
    }

    @Test
    void a_reader_who_has_the_page_gets_304_until_a_correction_is_published_then_the_correction() throws Exception {
        ArticleId id = idOf(LIUZHOU_PUBLISHED);
        String path = "/news/" + id;
        HttpResponse<String> first = get(path, null);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(get(path, etag).statusCode()).isEqualTo(304);
        assertThat(get(path, etag).statusCode()).as("from the page cache too").isEqualTo(304);

        Article live = as("editor.liuzhou", () -> articles.find(id));
        Article corrected = as("editor.liuzhou", () -> articles.save(id, live.version(),
                new ArticleDraft("柳州分公司完成办公室搬迁（更正：搬迁日期为12月1日）", live.working().content().summary(),
                        live.working().content().body(), live.working().content().coverSha256())));
        Article submitted = as("editor.liuzhou", () -> articles.submit(id, corrected.version()));
        as("editor.all", () -> review.approveAndPublish(id, submitted.version()));

        HttpResponse<String> again = get(path, etag);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("更正：搬迁日期为12月1日");
        assertThat(again.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
    }

    private HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
