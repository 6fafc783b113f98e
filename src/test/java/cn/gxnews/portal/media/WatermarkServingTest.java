package cn.gxnews.portal.media;

import cn.gxnews.portal.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.gxnews.portal.DemoTitles.NANNING_PUBLISHED_SEED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Readers get an office's photos with its watermark, at addresses that change with every change of it; the
 * stored photo stays clean, and the desk keeps the clean one.
 */
class WatermarkServingTest extends AbstractIntegrationTest {

    private static final Pattern PHOTO = Pattern.compile("src=\"(/media/([0-9a-f]{64})/(\\d+)(?:\\?wm=([a-z.0-9-]+))?)\"");

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    private WatermarkService watermarks;

    @Test
    void readers_get_the_offices_watermark_at_a_new_address_after_each_change_and_the_original_stays_clean()
            throws Exception {
        String page = "/news/" + idOf(NANNING_PUBLISHED_SEED);
        Matcher clean = photoOn(page);
        assertThat(clean.group(4)).as("no watermark yet").isNull();
        byte[] cleanBytes = get(clean.group(1)).body();

        OfficeWatermark first = as("admin", () -> watermarks.save("nanning", true, "南宁分公司", WatermarkPosition.BOTTOM_RIGHT,
                70));
        Matcher marked = photoOn(page);
        assertThat(marked.group(4)).isEqualTo("nanning." + first.version());
        HttpResponse<byte[]> markedPhoto = get(marked.group(1));
        assertThat(markedPhoto.statusCode()).isEqualTo(200);
        assertThat(markedPhoto.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(markedPhoto.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable");
        assertThat(markedPhoto.body()).isNotEqualTo(cleanBytes);
        Path shown = Path.of("target/screenshots/watermarked-article-photo.jpg");
        Files.createDirectories(shown.getParent());
        Files.write(shown, markedPhoto.body());

        // the stored photo and its clean address (the desk's) are untouched
        assertThat(get(clean.group(1)).body()).isEqualTo(cleanBytes);
        byte[] stored = db.fetchSingle("select bytes from media_file where sha256 = ? and width = ?", clean.group(2),
                Integer.parseInt(clean.group(3))).get(0, byte[].class);
        assertThat(stored).isEqualTo(cleanBytes);

        OfficeWatermark second = as("admin", () -> watermarks.save("nanning", true, "南宁分公司",
                WatermarkPosition.TOP_LEFT, 30));
        Matcher changed = photoOn(page);
        assertThat(changed.group(4)).isEqualTo("nanning." + second.version()).isNotEqualTo(marked.group(4));
        assertThat(get(changed.group(1)).body()).isNotEqualTo(markedPhoto.body()).isNotEqualTo(cleanBytes);
        // an old address still shows a photo, but no cache may keep it under that address
        HttpResponse<byte[]> old = get(marked.group(1));
        assertThat(old.statusCode()).isEqualTo(200);
        assertThat(old.headers().firstValue("Cache-Control").orElseThrow()).doesNotContain("immutable");

        as("admin", () -> watermarks.save("nanning", false, "", WatermarkPosition.TOP_LEFT, 30));
        assertThat(photoOn(page).group(4)).as("off again: the clean photo").isNull();
    }

    @Test
    void a_watermark_needs_its_text_and_only_administrators_set_it() {
        assertThatThrownBy(() -> as("admin", () -> watermarks.save("nanning", true, "  ", WatermarkPosition.CENTER, 50)))
                .isInstanceOf(WatermarkRefusedException.class).hasMessageContaining("watermark.error.textMissing");
        assertThatThrownBy(() -> as("admin", () -> watermarks.save("nanning", true, "南宁", WatermarkPosition.CENTER, 5)))
                .isInstanceOf(WatermarkRefusedException.class).hasMessageContaining("watermark.error.opacity");
        assertThatThrownBy(() -> as("editor.nanning", () -> watermarks.save("nanning", true, "南宁",
                WatermarkPosition.CENTER, 50))).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private Matcher photoOn(String page) throws Exception {
        String html = new String(get(page).body(), java.nio.charset.StandardCharsets.UTF_8);
        Matcher photo = PHOTO.matcher(html);
        assertThat(photo.find()).as("a photo on " + page).isTrue();
        return photo;
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
