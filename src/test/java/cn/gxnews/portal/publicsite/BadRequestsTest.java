package cn.gxnews.portal.publicsite;

import cn.gxnews.portal.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static cn.gxnews.portal.DemoTitles.NANNING_PUBLISHED_SEED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a client sends, the public site answers it: a page, "not found" or "cannot be opened" in the reader's
 * language, never a failure, and a client's mistake is never logged as the server's error.
 */
@ExtendWith(OutputCaptureExtension.class)
class BadRequestsTest extends AbstractIntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_conditional_or_range_header_that_is_garbage_is_ignored_on_cached_and_fresh_pages() throws Exception {
        List<String> paths = List.of("/", "/news", "/contact", "/offices/nanning", "/news/" + idOf(NANNING_PUBLISHED_SEED),
                "/search?q=" + enc("江西"), "/feed.atom", "/sitemap.xml", "/en/");
        for (String path : paths) {
            for (int i = 0; i < 2; i++) {
                // the first request renders the page and caches it, the second is served from the cache
                for (String[] header : List.of(new String[]{"If-Modified-Since", "garbage"},
                        new String[]{"If-Unmodified-Since", "garbage"}, new String[]{"If-None-Match", "garbage"},
                        new String[]{"If-None-Match", "\""}, new String[]{"If-Match", "garbage"},
                        new String[]{"Range", "bytes=garbage"}, new String[]{"Range", "bytes=999999-"},
                        new String[]{"Accept-Language", ";;;q=x,,"}, new String[]{"Accept-Encoding", "gzip;q=garbage"})) {
                    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                            .header(header[0], header[1]).GET().build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(answer.statusCode()).as(path + " with " + header[0] + ": " + header[1]).isEqualTo(200);
                }
            }
        }
    }

    @Test
    void a_search_page_after_the_last_is_not_found_in_the_readers_language() throws Exception {
        String south = "/search?q=" + enc("南");
        for (String page : List.of("2147483647", "2147483646", "1073741824", "99999999999999", "abc", "11", "2")) {
            HttpResponse<String> answer = get(south + "&page=" + page);
            assertThat(answer.statusCode()).as(page).isEqualTo(404);
            assertThat(answer.body()).as(page).contains("页面不存在");
        }
        assertThat(get("/en" + south + "&page=2147483647").body()).contains("Page not found");
        // a page before the first is the first, as it always was
        assertThat(get(south + "&page=-1").statusCode()).isEqualTo(200);
        assertThat(get(south + "&page=0").statusCode()).isEqualTo(200);
        // an empty search has one page: the prompt
        assertThat(get("/search?page=2147483647").statusCode()).isEqualTo(404);
    }

    @Test
    void a_list_page_that_does_not_exist_is_not_found() throws Exception {
        for (String path : List.of("/news?page=2147483647", "/news?page=-1", "/news?page=abc", "/news?page=99999999999",
                "/news?office=nope", "/offices/nope", "/offices/nanning?page=2147483647", "/offices/nanning?page=0",
                "/en/offices/nope", "/news/99999999999999999999", "/news/-1")) {
            HttpResponse<String> answer = get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.body()).as(path).contains(path.startsWith("/en/") ? "Page not found" : "页面不存在");
        }
    }

    @Test
    void the_feed_of_an_office_that_does_not_exist_is_not_found() throws Exception {
        for (String code : List.of("nope", "NANNING", "%3Cscript%3E", "nan%20ning", "%E5%8D%97%E5%AE%81", "..%2e")) {
            HttpResponse<String> answer = get("/offices/" + code + "/feed.atom");
            assertThat(answer.statusCode()).as(code).isIn(404, 400);
            assertThat(answer.body()).as(code).containsAnyOf("页面不存在", "无法打开这个地址");
        }
        assertThat(get("/offices/nope/feed.atom").statusCode()).isEqualTo(404);
    }

    @Test
    void invalid_utf8_in_an_address_is_a_bad_request_logged_in_one_line_at_most(CapturedOutput output) throws Exception {
        for (String path : List.of("/search?q=%FF", "/search?q=%C3%28", "/en/search?q=%E5%8D", "/news?office=%C3%28",
                "/news?page=1&x=%FF", "/?%FF=1")) {
            HttpResponse<String> answer = get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertThat(answer.body()).as(path).contains(path.startsWith("/en/") ? "This address cannot be opened"
                    : "无法打开这个地址");
        }
        for (String path : List.of("/news/%C3%28", "/%FF", "/offices/%FF/feed.atom")) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(400);
        }
        assertThat(output.getAll()).doesNotContain("ERROR").doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void a_very_long_query_is_answered_and_shown_cut() throws Exception {
        HttpResponse<String> answer = get("/search?q=" + enc("南".repeat(10_000)));
        // as long as a server takes an address (Tomcat: 8 KB of request line and headers), or refused as too long
        assertThat(answer.statusCode()).isIn(200, 400, 414);
        HttpResponse<String> shorter = get("/search?q=" + enc("南宁".repeat(200)));
        assertThat(shorter.statusCode()).isEqualTo(200);
        assertThat(shorter.body()).contains("南宁".repeat(50)).doesNotContain("南宁".repeat(51));
    }

    @Test
    void control_characters_in_a_query_are_dropped_from_the_page() throws Exception {
        HttpResponse<String> answer = get("/search?q=" + enc("江\u0000西\u0008\u001B"));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("找到 1 篇与“江西”有关的新闻").doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
