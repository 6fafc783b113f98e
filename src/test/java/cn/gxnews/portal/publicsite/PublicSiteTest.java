package cn.gxnews.portal.publicsite;

import cn.gxnews.portal.editorial.ReviewService;
import cn.gxnews.portal.AbstractIntegrationTest;
import cn.gxnews.portal.SessionCounter;
import cn.gxnews.portal.TestPhotos;
import cn.gxnews.portal.media.MediaItem;
import cn.gxnews.portal.media.MediaService;
import cn.gxnews.portal.article.Article;
import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.ArticleService;
import cn.gxnews.portal.article.Block;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.awt.Color;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static cn.gxnews.portal.DemoTitles.GUILIN_PUBLISHED;
import static cn.gxnews.portal.DemoTitles.LIUZHOU_DRAFT;
import static cn.gxnews.portal.DemoTitles.LIUZHOU_IN_REVIEW;
import static cn.gxnews.portal.DemoTitles.LIUZHOU_PUBLISHED;
import static cn.gxnews.portal.DemoTitles.NANNING_DRAFT;
import static cn.gxnews.portal.DemoTitles.NANNING_PUBLISHED_SEED;
import static org.assertj.core.api.Assertions.assertThat;

/** The public site over real HTTP, as a reader's browser or a search engine gets it. */
class PublicSiteTest extends AbstractIntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    private SessionCounter sessions;

    @Autowired
    private ArticleService articles;

    @Autowired
    private ReviewService review;

    @Autowired
    private MediaService media;

    @Test
    void the_home_page_lists_the_published_news_newest_first_and_no_draft() throws Exception {
        HttpResponse<String> home = get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html").containsIgnoringCase("charset=UTF-8"));
        String html = home.body();
        assertThat(html).contains("<html lang=\"zh-CN\">", "<title>行业新闻</title>", "联系我们");
        assertThat(html.indexOf(GUILIN_PUBLISHED)).isLessThan(html.indexOf(LIUZHOU_PUBLISHED));
        assertThat(html.indexOf(LIUZHOU_PUBLISHED)).isLessThan(html.indexOf(NANNING_PUBLISHED_SEED));
        assertThat(html).doesNotContain(NANNING_DRAFT, LIUZHOU_DRAFT, LIUZHOU_IN_REVIEW);
    }

    @Test
    void an_article_page_shows_the_published_revision_with_its_captions() throws Exception {
        HttpResponse<String> page = get("/news/" + idOf(NANNING_PUBLISHED_SEED));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<html lang=\"zh-CN\">")
                .contains("<title>" + NANNING_PUBLISHED_SEED + " - 行业新闻</title>")
                .contains("<h1 class=\"news-title\">" + NANNING_PUBLISHED_SEED + "</h1>")
                .contains("南宁分公司")
                .contains("<figcaption>广西科技支撑产业高质量发展调研组调研座谈会现场 <span class=\"news-credit\">示例图片 Sample image</span></figcaption>")
                .doesNotContain("news-photo-pending")
                .contains("江西省科技厅党组书记、厅长谢光华出席座谈会");
    }

    @Test
    void a_newly_published_article_appears_at_once_and_its_draft_never_did() throws Exception {
        var id = idOf(LIUZHOU_IN_REVIEW);
        assertThat(get("/news/" + id).statusCode()).isEqualTo(404);
        assertThat(get("/").body()).doesNotContain(LIUZHOU_IN_REVIEW);

        int version = as("editor.liuzhou", () -> articles.find(id)).version();
        as("editor.liuzhou", () -> review.approveAndPublish(id, version));

        assertThat(get("/news/" + id).body()).contains(LIUZHOU_IN_REVIEW);
        String home = get("/").body();
        assertThat(home.indexOf(LIUZHOU_IN_REVIEW)).isLessThan(home.indexOf(GUILIN_PUBLISHED));
    }

    @Test
    void an_article_page_links_the_live_articles_published_just_before_and_after_it() throws Exception {
        List<Long> newestFirst = db.fetch("select id from article where live "
                + "order by first_published_at desc, id desc").getValues(0, Long.class);
        assertThat(newestFirst).hasSizeGreaterThanOrEqualTo(3);
        long middle = newestFirst.get(1);

        String page = get("/news/" + middle).body();
        assertThat(page).contains("<a rel=\"prev\" href=\"/news/" + newestFirst.get(0) + "\"><span>上一篇：</span>",
                "<a rel=\"next\" href=\"/news/" + newestFirst.get(2) + "\"><span>下一篇：</span>");
        assertThat(get("/news/" + newestFirst.get(0)).body()).doesNotContain("rel=\"prev\"")
                .contains("<a rel=\"next\" href=\"/news/" + middle + "\">");
        assertThat(get("/news/" + newestFirst.getLast()).body()).doesNotContain("rel=\"next\"");

        // a newly published article is the newest article's newer neighbour at once, a draft never
        var published = idOf(LIUZHOU_IN_REVIEW);
        int version = as("editor.liuzhou", () -> articles.find(published)).version();
        as("editor.liuzhou", () -> review.approveAndPublish(published, version));
        assertThat(get("/news/" + newestFirst.get(0)).body())
                .contains("<a rel=\"prev\" href=\"/news/" + published.value() + "\"><span>上一篇：</span> "
                        + LIUZHOU_IN_REVIEW + "</a>")
                .doesNotContain(NANNING_DRAFT);
    }

    @Test
    void a_draft_or_unknown_article_is_not_found_in_chinese() throws Exception {
        for (String path : List.of("/news/" + idOf(NANNING_DRAFT), "/news/999999", "/news/not-a-number",
                "/news/1/slug/extra", "/no-such-page", "/offices/shanghai", "/news?page=99")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("页面不存在", "<html lang=\"zh-CN\">")
                    .doesNotContain(NANNING_DRAFT);
        }
    }

    @Test
    void the_contact_page_lists_the_three_offices_from_the_database() throws Exception {
        String html = get("/contact").body();

        assertThat(html).contains("<title>联系我们 - 行业新闻</title>");
        assertThat(html).contains("南宁", "杨玉山", "<a href=\"tel:18589918308\">18589918308</a>",
                "南宁市青秀区民族大道89号金禄大厦11层");
        assertThat(html).contains("柳州", "张艳", "<a href=\"tel:15107726823\">15107726823</a>",
                "柳州市城中区学院路50号鑫中联大厦2-7-7");
        assertThat(html).contains("桂林", "吴桐", "<a href=\"tel:18074843880\">18074843880</a>",
                "桂林市七星区高新区信息产业园D-12号信息孵化大厦A座3-29号办公");
        assertThat(html.indexOf("杨玉山")).isLessThan(html.indexOf("张艳"));
        assertThat(html.indexOf("张艳")).isLessThan(html.indexOf("吴桐"));
    }

    @Test
    void what_a_writer_types_reaches_the_page_as_text_never_as_markup() throws Exception {
        MediaItem photo = as("author.liuzhou", () -> media.upload(TestPhotos.jpeg(400, 300, Color.GRAY)));
        Article draft = as("author.liuzhou", () -> articles.createDraft(new ArticleDraft(
                "<script>alert('标题')</script>", "摘要 <img src=x onerror=alert(1)>",
                List.of(new Block.Paragraph("正文 <b onclick=\"steal()\">粗体</b> & <a href=\"javascript:alert(1)\">链接</a>"
                                + " [点我](javascript:alert(2)) **真粗体** [官网](https://gx.example/)"),
                        new Block.Heading("<h1>小标题</h1>"),
                        new Block.Quote("\"><svg/onload=alert(3)>"),
                        new Block.Photo(photo.sha256(), "<iframe src=//evil.example></iframe>", "<b>摄影</b>",
                                "\" onerror=\"alert(4)")))));
        Article submitted = as("author.liuzhou", () -> articles.submit(draft.id(), draft.version()));
        as("editor.liuzhou", () -> review.approveAndPublish(draft.id(), submitted.version()));

        String html = get("/news/" + draft.id()).body();
        assertThat(html).doesNotContain("<script>alert", "<img src=x", "<b onclick", "<a href=\"javascript:",
                "<iframe", "<svg", "onerror=\"alert", "javascript:alert(2)\"", "<h1>小标题");
        assertThat(html).contains("<strong>真粗体</strong>",
                "<a href=\"https://gx.example/\" rel=\"nofollow noopener noreferrer\">官网</a>");
        assertThat(html).contains("<h1 class=\"news-title\">&lt;script&gt;alert('标题')&lt;/script&gt;</h1>",
                "&lt;img src=x onerror=alert(1)&gt;", "&lt;b onclick=\"steal()\"&gt;粗体&lt;/b&gt; &amp;",
                "<h2>&lt;h1&gt;小标题&lt;/h1&gt;</h2>", "<figcaption>&lt;iframe src=//evil.example&gt;&lt;/iframe&gt;");
        assertThat(get("/").body()).doesNotContain("<script>alert").contains("&lt;script&gt;");
    }

    @ParameterizedTest(name = "GET {0}")
    @ValueSource(strings = {"/", "/en/", "/news", "/news?page=1&office=guilin", "/offices/liuzhou", "/news/1",
            "/news/1/some-slug", "/en/news/1", "/contact", "/en/contact", "/feed.atom", "/offices/nanning/feed.atom",
            "/sections/industry", "/sections/notices?office=liuzhou", "/sections/notices/feed.atom", "/sitemap.xml", "/robots.txt", "/search?q=%E7%A7%91%E6%8A%80", "/en/search?q=%E5%8D%97",
            "/news/999999", "/no-such-page", "/css/site.css"})
    void an_anonymous_reader_gets_no_cookie_and_costs_no_session(String path) throws Exception {
        int sessionsBefore = sessions.created();

        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isIn(200, 404);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(sessions.created()).isEqualTo(sessionsBefore);
    }

    @Test
    void the_desk_by_contrast_does_start_a_session_so_the_counter_sees_sessions() throws Exception {
        int sessionsBefore = sessions.created();

        HttpResponse<String> login = get("/desk/login");

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("Path=/", "HttpOnly", "SameSite=Lax"));
        assertThat(sessions.created()).isGreaterThan(sessionsBefore);
    }

    @Test
    void the_stylesheet_is_served_as_css() throws Exception {
        HttpResponse<String> css = get("/css/site.css");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        assertThat(css.body()).contains("Noto Sans CJK SC");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
