package cn.gxnews.portal.publicsite;

import cn.gxnews.portal.AbstractIntegrationTest;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import static cn.gxnews.portal.DemoTitles.NANNING_PUBLISHED_SEED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public page type is valid HTML by the W3C's Nu Html Checker (vnu, run in-process), so that every
 * browser, reader mode and search engine reads the pages alike: {@code <time>} carries a machine-readable
 * {@code datetime} with at most three fraction digits, and nothing else is amiss.
 */
class ValidHtmlTest extends AbstractIntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void every_public_page_type_passes_the_nu_html_checker() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        Map<String, String> errors = new LinkedHashMap<>();
        for (String path : PublicPageTypes.all(idOf(NANNING_PUBLISHED_SEED))) {
            HttpResponse<byte[]> page = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(page.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
            String report = validator.validate(new ByteArrayInputStream(page.body()));
            String found = report.lines().filter(line -> line.contains("error")).reduce("", (a, b) -> a + "\n" + b);
            if (!found.isBlank()) {
                errors.put(path, found);
            }
        }
        assertThat(errors).as("pages the Nu Html Checker finds errors on").isEmpty();
    }

    @Test
    void a_list_says_when_each_article_was_published_in_a_machine_readable_time() throws Exception {
        String home = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/news")).build(),
                HttpResponse.BodyHandlers.ofString()).body();

        assertThat(home).doesNotContain("<time>")
                .containsPattern("<time datetime=\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d{1,3})?)?\\+08:00\">");
    }
}
