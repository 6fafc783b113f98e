package cn.gxnews.portal.demo;

import cn.gxnews.portal.editorial.ReviewService;
import cn.gxnews.portal.AbstractIntegrationTest;
import cn.gxnews.portal.TestNewsroom;
import cn.gxnews.portal.base.PortalProperties;
import cn.gxnews.portal.article.Article;
import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.ArticleService;
import cn.gxnews.portal.article.ArticleState;
import cn.gxnews.portal.article.Block;
import cn.gxnews.portal.article.DraftIncompleteException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static cn.gxnews.portal.DemoTitles.GUILIN_IN_REVIEW;
import static cn.gxnews.portal.DemoTitles.GUILIN_PUBLISHED;
import static cn.gxnews.portal.DemoTitles.LIUZHOU_IN_REVIEW;
import static cn.gxnews.portal.DemoTitles.LIUZHOU_PUBLISHED;
import static cn.gxnews.portal.DemoTitles.NANNING_PUBLISHED_SEED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The demo newsroom a first start creates: complete before anyone can read the public site, all or nothing,
 * and made of articles that pass the portal's own checks, with marked sample photos for the seed's captions.
 */
class DemoNewsroomTest extends AbstractIntegrationTest {

    @Autowired
    private DemoData demoData;
    @Autowired
    private ArticleService articles;

    @Autowired
    private ReviewService review;
    @Autowired
    private PortalProperties properties;
    @Autowired
    private NewsroomAtWebServerStart atWebServerStart;
    @Autowired
    private ApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_whole_demo_newsroom_is_there_before_the_web_server_takes_its_first_request() {
        assumeTrue(context.containsBean("demoDataRunner"),
                "on a configured database the portal creates no demo newsroom at start");

        Map<String, Integer> atStart = atWebServerStart.rowCounts();

        assertThat(atStart).containsEntry("staff_user", DemoData.ACCOUNTS.size())
                .containsEntry("article", 8)
                .containsEntry("media", 14);
        Map<String, Integer> complete = newsroom.rowCounts();
        assertThat(atStart).containsAllEntriesOf(Map.of(
                "staff_user", complete.get("staff_user"), "article", complete.get("article"),
                "article_revision", complete.get("article_revision"), "workflow_event", complete.get("workflow_event"),
                "media", complete.get("media"), "media_file", complete.get("media_file"),
                "article_search", complete.get("article_search")));
    }

    @Test
    void a_creation_that_fails_half_way_leaves_nothing_and_the_next_start_creates_the_whole_newsroom() {
        Map<String, Integer> complete = newsroom.rowCounts();
        newsroom.emptyAllButOffices();
        // the last demo article (the one sent back) has this word in its title: its submission fails, after
        // the staff, the photos and every other article were written
        db.execute("insert into sensitive_word (word) values ('植树')");

        assertThatThrownBy(() -> demoData.load(TestNewsroom.PASSWORD))
                .isInstanceOfSatisfying(DraftIncompleteException.class,
                        e -> assertThat(e.sensitiveWords()).containsExactly("植树"));

        assertThat(newsroom.rowCounts()).allSatisfy((table, rows) -> assertThat(rows).as(table)
                .isEqualTo(table.equals("sensitive_word") ? 1 : 0));
        assertThat(demoData.isLoaded()).isFalse();

        db.execute("delete from sensitive_word");
        new DemoDataRunner(demoData, properties).createUnlessLoaded();

        assertThat(newsroom.rowCounts()).isEqualTo(complete);
        assertThat(as("editor.nanning", () -> articles.find(idOf(NANNING_PUBLISHED_SEED))).live()).isTrue();
    }

    @Test
    void a_start_on_a_database_that_has_the_newsroom_adds_nothing() {
        Map<String, Integer> complete = newsroom.rowCounts();

        new DemoDataRunner(demoData, properties).createUnlessLoaded();

        assertThat(newsroom.rowCounts()).isEqualTo(complete);
    }

    @Test
    void every_demo_article_in_review_or_published_passes_the_checks_of_submission_and_approval() {
        for (String title : List.of(LIUZHOU_IN_REVIEW, GUILIN_IN_REVIEW)) {
            ArticleId id = idOf(title);
            Article inReview = as("editor.all", () -> articles.find(id));
            assertThat(inReview.state()).isEqualTo(ArticleState.IN_REVIEW);

            Article approved = as("editor.all", () -> review.approveAndPublish(id, inReview.version()));

            assertThat(approved.live()).as(title).isTrue();
        }
        for (String title : List.of(NANNING_PUBLISHED_SEED, LIUZHOU_PUBLISHED, GUILIN_PUBLISHED)) {
            // the published text, saved again unchanged by the office's editor, submitted and approved by another
            ArticleId id = idOf(title);
            Article live = as("editor.all", () -> articles.find(id));
            String officeEditor = "editor." + live.officeCode();
            Article edit = as(officeEditor, () -> articles.save(id, live.version(), live.working().content()));
            Article submitted = as(officeEditor, () -> articles.submit(id, edit.version()));

            Article approved = as("editor.all", () -> review.approveAndPublish(id, submitted.version()));

            assertThat(approved.state()).as(title).isEqualTo(ArticleState.PUBLISHED);
        }
    }

    @Test
    void the_published_seed_article_shows_every_caption_under_its_marked_sample_photo() throws Exception {
        List<String> captions = DemoData.seedArticle().photos().stream().map(Block.Photo::caption).toList();
        assertThat(captions).hasSize(11);

        Document page = Jsoup.parse(get("/news/" + idOf(NANNING_PUBLISHED_SEED)).body());

        Elements figures = page.select(".news-body figure");
        assertThat(figures).hasSize(captions.size());
        assertThat(figures.select("img")).hasSize(captions.size());
        assertThat(figures.select("figcaption").eachText())
                .containsExactlyElementsOf(captions.stream().map(c -> c + " " + DemoData.SAMPLE_PHOTO_CREDIT).toList());
        for (Element figure : figures) {
            Element img = figure.selectFirst("img");
            assertThat(img.attr("alt")).isEqualTo(figure.selectFirst("figcaption").ownText().strip());
            HttpResponse<byte[]> photo = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + img.attr("src")))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(photo.statusCode()).isEqualTo(200);
            assertThat(photo.headers().firstValue("Content-Type")).contains("image/jpeg");
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
