package cn.gxnews.portal.media;

import cn.gxnews.portal.editorial.ReviewService;
import cn.gxnews.portal.AbstractIntegrationTest;
import cn.gxnews.portal.TestPhotos;
import cn.gxnews.portal.article.Article;
import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.ArticleService;
import cn.gxnews.portal.article.Block;
import cn.gxnews.portal.base.NotAllowedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Photos are served to readers only once they appear in a live article, with the right headers. */
class MediaServingTest extends AbstractIntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    private MediaService media;

    @Autowired
    private ArticleService articles;

    @Autowired
    private ReviewService review;

    @Test
    void a_photo_reaches_readers_only_when_its_article_is_published_and_then_is_cached_for_good() throws Exception {
        byte[] upload = TestPhotos.jpeg(1200, 900, Color.RED);
        MediaItem photo = as("author.nanning", () -> media.upload(upload));
        String url = "/media/" + photo.sha256() + "/800";
        Article draft = as("author.nanning", () -> articles.createDraft(new ArticleDraft("南宁分公司参加展会", "展会摘要",
                List.of(new Block.Paragraph("展会现场人气很旺。"),
                        new Block.Photo(photo.sha256(), "南宁分公司展位", "李明", "展位前的参观者")))));

        assertThat(get(url).statusCode()).isEqualTo(404);

        Article submitted = as("author.nanning", () -> articles.submit(draft.id(), draft.version()));
        as("editor.nanning", () -> review.approveAndPublish(draft.id(), submitted.version()));

        HttpResponse<byte[]> response = get(url);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("public", "immutable", "max-age=31536000"));
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(ImageIO.read(new ByteArrayInputStream(response.body())).getWidth()).isEqualTo(800);

        String page = new String(get("/news/" + draft.id()).body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("<img src=\"" + url + "\"", "srcset=\"/media/" + photo.sha256() + "/320 320w, ",
                "width=\"800\" height=\"600\"", "alt=\"展位前的参观者\"", "<figcaption>南宁分公司展位");
    }

    @Test
    void unknown_or_malformed_addresses_are_not_found() throws Exception {
        assertThat(get("/media/" + "a".repeat(64) + "/320").statusCode()).isEqualTo(404);
        assertThat(get("/media/../../etc/passwd/320").statusCode()).isIn(400, 404);
        assertThat(get("/media/not-a-hash/320").statusCode()).isEqualTo(404);
    }

    @Test
    void an_article_cannot_show_another_offices_photo() throws Exception {
        byte[] upload = TestPhotos.jpeg(400, 300, Color.CYAN);
        MediaItem guilinPhoto = as("author.guilin", () -> media.upload(upload));

        assertThatThrownBy(() -> as("author.nanning", () -> articles.createDraft(new ArticleDraft("借用照片", "摘要",
                List.of(new Block.Photo(guilinPhoto.sha256(), "桂林的照片", "", "照片"))))))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> as("author.nanning", () -> articles.createDraft(
                new ArticleDraft("借用封面", "摘要", List.of(new Block.Paragraph("正文")), guilinPhoto.sha256()))))
                .isInstanceOf(NotAllowedException.class);
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
