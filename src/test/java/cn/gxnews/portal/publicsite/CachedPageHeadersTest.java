package cn.gxnews.portal.publicsite;

import cn.gxnews.portal.AbstractIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static cn.gxnews.portal.DemoTitles.NANNING_PUBLISHED_SEED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page answered from the page cache, which skips most of the filter chain (decision 0030), carries the very
 * headers and body the rendered page did: over HTTP and HTTPS (behind the portal's proxy), compressed or not,
 * for every kind of public page; and a browser that has it gets 304.
 */
class CachedPageHeadersTest extends AbstractIntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    private PageCache cache;

    @Autowired
    private MeterRegistry meters;

    private List<String> paths() {
        return List.of("/", "/en/", "/news", "/news/" + idOf(NANNING_PUBLISHED_SEED),
                "/en/news/" + idOf(NANNING_PUBLISHED_SEED), "/contact", "/offices/guilin", "/sections/industry",
                "/search?q=" + URLEncoder.encode("江西", StandardCharsets.UTF_8), "/feed.atom");
    }

    @Test
    void a_cached_page_has_the_rendered_page_s_headers_and_body_over_http_and_https_with_and_without_gzip()
            throws Exception {
        for (boolean https : List.of(false, true)) {
            for (String acceptEncoding : List.of("gzip, deflate, br", "identity")) {
                for (String path : paths()) {
                    cache.invalidateAll();
                    double hitsBefore = hits();
                    HttpResponse<byte[]> rendered = get(path, acceptEncoding, https, null);
                    HttpResponse<byte[]> cached = get(path, acceptEncoding, https, null);
                    String what = path + (https ? " over HTTPS" : "") + " accepting " + acceptEncoding;

                    assertThat(hits() - hitsBefore).as("the second was a cache hit: " + what).isEqualTo(1);
                    assertThat(rendered.statusCode()).as(what).isEqualTo(200);
                    assertThat(cached.statusCode()).as(what).isEqualTo(200);
                    assertThat(headers(cached)).as(what).isEqualTo(headers(rendered));
                    assertThat(cached.body()).as(what).isEqualTo(rendered.body());
                    if (https) {
                        assertThat(cached.headers().firstValue("Strict-Transport-Security")).as(what).isPresent();
                    } else {
                        assertThat(cached.headers().firstValue("Strict-Transport-Security")).as(what).isEmpty();
                    }
                    assertThat(cached.headers().firstValue("X-Request-Id")).as(what).isPresent();
                }
            }
        }
    }

    @Test
    void a_browser_that_has_the_cached_page_gets_304_for_the_coding_it_has_and_200_for_another() throws Exception {
        String path = "/news/" + idOf(NANNING_PUBLISHED_SEED);
        HttpResponse<byte[]> gzipped = get(path, "gzip", false, null);
        HttpResponse<byte[]> plain = get(path, "identity", false, null);
        String gzipTag = gzipped.headers().firstValue("ETag").orElseThrow();
        String plainTag = plain.headers().firstValue("ETag").orElseThrow();
        assertThat(gzipTag).startsWith("W/\"0").isNotEqualTo(plainTag);

        HttpResponse<byte[]> revalidated = get(path, "gzip", false, gzipTag);
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
        assertThat(revalidated.headers().firstValue("ETag")).contains(gzipTag);
        assertThat(revalidated.headers().firstValue("Cache-Control"))
                .isEqualTo(gzipped.headers().firstValue("Cache-Control"));
        assertThat(get(path, "gzip", false, plainTag).statusCode()).as("another coding's tag").isEqualTo(200);
        assertThat(get(path, "identity", false, "\"other\", " + plainTag).statusCode()).isEqualTo(304);
    }

    private double hits() {
        return meters.get("portal.page.cache").tag("result", "hit").counter().count();
    }

    /** The response's headers but those that differ from one response to the next by nature. */
    private static Map<String, List<String>> headers(HttpResponse<?> response) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(response.headers().map());
        headers.remove("date");
        headers.remove("x-request-id");
        return headers;
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding, boolean https, String ifNoneMatch)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Accept-Encoding", acceptEncoding);
        if (https) {
            request.header("X-Forwarded-Proto", "https");
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
