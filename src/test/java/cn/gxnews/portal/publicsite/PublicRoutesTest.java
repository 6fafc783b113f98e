package cn.gxnews.portal.publicsite;

import cn.gxnews.portal.editorial.ReviewService;
import cn.gxnews.portal.AbstractIntegrationTest;
import cn.gxnews.portal.article.Article;
import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.ArticleService;
import cn.gxnews.portal.search.SearchService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static cn.gxnews.portal.DemoTitles.GUILIN_PUBLISHED;
import static cn.gxnews.portal.DemoTitles.LIUZHOU_PUBLISHED;
import static cn.gxnews.portal.DemoTitles.NANNING_PUBLISHED_SEED;
import static org.assertj.core.api.Assertions.assertThat;

/** Every public route over real HTTP: status codes, headers, languages, feeds and conditional requests. */
class PublicRoutesTest extends AbstractIntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    private ArticleService articles;

    @Autowired
    private ReviewService review;

    @Autowired
    private TransactionTemplate transaction;

    @Test
    void the_news_list_pages_through_every_article_and_filters_by_office() throws Exception {
        for (int i = 0; i < 22; i++) {
            publish("author.guilin", "editor.guilin", "桂林新闻第" + i + "条");
        }

        String first = get("/news").body();
        assertThat(first).contains("第 1 页，共 2 页", "href=\"/news?page=2\"", "桂林新闻第21条")
                .doesNotContain(NANNING_PUBLISHED_SEED);
        String second = get("/news?page=2").body();
        assertThat(second).contains(NANNING_PUBLISHED_SEED, "rel=\"prev\" href=\"/news\"");
        String guilin = get("/offices/guilin").body();
        assertThat(guilin).contains("桂林分公司新闻", "吴桐", "tel:18074843880", "桂林新闻第21条")
                .doesNotContain(LIUZHOU_PUBLISHED);
        assertThat(get("/offices/guilin?page=2").body()).contains(GUILIN_PUBLISHED);
        assertThat(get("/news?office=liuzhou").body()).contains(LIUZHOU_PUBLISHED).doesNotContain(GUILIN_PUBLISHED);
        assertThat(get("/news?page=3").statusCode()).isEqualTo(404);
    }

    @Test
    void an_article_has_one_canonical_address_neighbours_and_link_preview_data() throws Exception {
        ArticleId id = idOf(LIUZHOU_PUBLISHED);

        HttpResponse<String> withSlug = get("/news/" + id + "/office-move");
        assertThat(withSlug.statusCode()).isEqualTo(200);
        String page = withSlug.body();
        assertThat(page).contains("<link rel=\"canonical\" href=\"http://localhost:8080/news/" + id + "\">",
                "<meta property=\"og:type\" content=\"article\">", "<script type=\"application/ld+json\">",
                "\"@type\":\"NewsArticle\"", "\"headline\":\"" + LIUZHOU_PUBLISHED + "\"",
                "hreflang=\"en\" href=\"http://localhost:8080/en/news/" + id + "\"");
        assertThat(page).contains("下一篇：", NANNING_PUBLISHED_SEED, "上一篇：", GUILIN_PUBLISHED);
        assertThat(page).contains("<time datetime=\"").containsPattern("\\d{4}年\\d{1,2}月\\d{1,2}日");
    }

    @Test
    void english_changes_the_chrome_but_not_the_articles() throws Exception {
        String home = get("/en/").body();
        assertThat(home).contains("<html lang=\"en\">", "Industry News", "Contact Us", "中文", NANNING_PUBLISHED_SEED);
        String article = get("/en/news/" + idOf(NANNING_PUBLISHED_SEED)).body();
        assertThat(article).contains("<html lang=\"en\">", "Nanning office", "Back to the news", NANNING_PUBLISHED_SEED)
                .containsPattern("\\d{1,2} [A-Z][a-z]+ \\d{4}");
        assertThat(get("/en/contact").body()).contains("Contact: ", "Address: ", "杨玉山");
        assertThat(get("/en/no-such-page").body()).contains("<html lang=\"en\">", "Page not found");
    }

    @Test
    void an_article_taken_offline_is_gone_and_an_unknown_one_not_found() throws Exception {
        ArticleId id = idOf(LIUZHOU_PUBLISHED);
        int version = as("editor.liuzhou", () -> articles.find(id)).version();
        as("editor.liuzhou", () -> review.unpublish(id, version));

        HttpResponse<String> gone = get("/news/" + id);
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(gone.body()).contains("这篇新闻已下线").doesNotContain(LIUZHOU_PUBLISHED);
        assertThat(get("/news/987654").statusCode()).isEqualTo(404);
    }

    @Test
    void feeds_and_the_sitemap_are_well_formed_and_list_only_published_news() throws Exception {
        HttpResponse<String> feed = get("/feed.atom");
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/atom+xml"));
        Document atom = xml(feed.body());
        assertThat(atom.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(atom.getElementsByTagName("entry").getLength()).isEqualTo(3);
        assertThat(feed.body()).contains(NANNING_PUBLISHED_SEED).doesNotContain(cn.gxnews.portal.DemoTitles.LIUZHOU_IN_REVIEW);

        Document nanning = xml(get("/offices/nanning/feed.atom").body());
        assertThat(nanning.getElementsByTagName("entry").getLength()).isEqualTo(1);

        HttpResponse<String> sitemap = get("/sitemap.xml");
        Document urls = xml(sitemap.body());
        assertThat(urls.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        assertThat(sitemap.body()).contains("<loc>http://localhost:8080/news/" + idOf(GUILIN_PUBLISHED) + "</loc>",
                "<loc>http://localhost:8080/offices/liuzhou</loc>")
                .doesNotContain("/news/" + idOf(cn.gxnews.portal.DemoTitles.LIUZHOU_IN_REVIEW) + "<");

        HttpResponse<String> robots = get("/robots.txt");
        assertThat(robots.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(robots.body()).contains("Disallow: /desk", "Sitemap: http://localhost:8080/sitemap.xml");
    }

    @Test
    void a_page_the_reader_already_has_comes_back_as_304_without_a_body() throws Exception {
        for (String path : List.of("/", "/news/" + idOf(NANNING_PUBLISHED_SEED), "/contact", "/feed.atom")) {
            HttpResponse<String> first = get(path);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                    .header("If-None-Match", etag).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).as(path).isEmpty();
        }
        HttpResponse<String> article = get("/news/" + idOf(NANNING_PUBLISHED_SEED));
        String lastModified = article.headers().firstValue("Last-Modified").orElseThrow();
        HttpResponse<String> since = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/news/"
                        + idOf(NANNING_PUBLISHED_SEED))).header("If-Modified-Since", lastModified).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(since.statusCode()).isEqualTo(304);
    }

    @Test
    void search_finds_chinese_words_highlights_them_and_escapes_the_query() throws Exception {
        String jiangxi = get("/search?q=" + enc("江西")).body();
        assertThat(jiangxi).contains("找到 1 篇与“江西”有关的新闻", "<mark>江西</mark>", "/news/" + idOf(NANNING_PUBLISHED_SEED));
        assertThat(get("/search?q=" + enc("桂林")).body()).contains("<mark>桂林</mark>分公司入驻信息孵化大厦");
        assertThat(get("/en/search?q=" + enc("江西")).body()).contains("1 article(s) about", "<mark>江西</mark>");
        assertThat(get("/search?q=" + enc("不存在的词")).body()).contains("没有找到与“不存在的词”有关的新闻。");
        String hostile = get("/search?q=" + enc("<script>alert(1)</script>")).body();
        assertThat(hostile).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(get("/search").body()).contains("输入要找的词语");
    }

    @Test
    void a_search_that_matches_more_articles_than_are_shown_says_so_in_both_languages() throws Exception {
        insertLiveArticlesAbout("荔枝", SearchService.MOST_SHOWN + 5);

        String first = get("/search?q=" + enc("荔枝")).body();
        assertThat(first).contains("找到 100 多篇与“荔枝”有关的新闻，以下是其中最相关的", "第 1 页，共 10 页",
                "href=\"/search?q=" + enc("荔枝") + "&amp;page=2\"");
        assertThat(get("/en/search?q=" + enc("荔枝")).body()).contains("More than 100 articles about", "Page 1 of 10");
        assertThat(get("/search?q=" + enc("荔枝") + "&page=10").body()).contains("第 10 页，共 10 页")
                .doesNotContain("rel=\"next\"");
    }

    @Test
    void public_pages_carry_security_and_caching_headers() throws Exception {
        HttpResponse<String> home = get("/");
        assertThat(home.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline"));
        assertThat(home.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(home.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(home.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-cache", "public"));
        assertThat(get("/css/site.css").headers().firstValue("Cache-Control"))
                .hasValueSatisfying(c -> assertThat(c).contains("max-age=86400"));
        assertThat(home.body()).doesNotContain("<script>").doesNotContain("onclick=");
    }

    @Test
    void compressed_responses_are_sent_to_readers_who_accept_them() throws Exception {
        String path = "/news/" + idOf(NANNING_PUBLISHED_SEED);
        // the first answer renders the page and fills the cache, the second comes from it: both the same
        for (int i = 0; i < 2; i++) {
            HttpResponse<byte[]> gzipped = getWithEncoding(path, "gzip, deflate, br");
            assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
            // compressed once, ahead: its length is known (Tomcat compressing on the fly would send it chunked)
            assertThat(gzipped.headers().firstValueAsLong("Content-Length")).hasValue(gzipped.body().length);
            assertThat(String.join(",", gzipped.headers().allValues("Vary"))).containsIgnoringCase("accept-encoding");
            HttpResponse<byte[]> plain = getWithEncoding(path, "identity");
            assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
            assertThat(String.join(",", plain.headers().allValues("Vary"))).containsIgnoringCase("accept-encoding");
            assertThat(gunzip(gzipped.body())).isEqualTo(plain.body());
            assertThat(new String(plain.body(), StandardCharsets.UTF_8)).contains("江西");
            assertThat(getWithEncoding(path, "gzip;q=0").headers().firstValue("Content-Encoding")).isEmpty();
        }
        // an ETag answered with 304 holds for the compressed copy too
        HttpResponse<byte[]> gzipped = getWithEncoding(path, "gzip");
        HttpResponse<byte[]> again = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                        .header("Accept-Encoding", "gzip")
                        .header("If-None-Match", gzipped.headers().firstValue("ETag").orElseThrow()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).isEqualTo(304);
    }

    private HttpResponse<byte[]> getWithEncoding(String path, String acceptEncoding) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Accept-Encoding", acceptEncoding)
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] gzipped) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }

    private void publish(String author, String editor, String title) {
        Article draft = as(author, () -> articles.createDraft(ArticleDraft.of(title, "摘要", List.of("正文。"))));
        Article submitted = as(author, () -> articles.submit(draft.id(), draft.version()));
        as(editor, () -> review.approveAndPublish(draft.id(), submitted.version()));
    }

    /**
     * Live articles straight in the tables, with their search rows (title and document of the one word): what
     * the indexer would write, without publishing each through the workflow.
     */
    private void insertLiveArticlesAbout(String word, int count) {
        transaction.executeWithoutResult(status -> {
            long author = db.fetchSingle("select id from staff_user where username = 'author.guilin'").get(0, Long.class);
            db.execute("""
                    insert into article (office_code, author_id, state, live, working_revision_id,
                                         published_revision_id, first_published_at, updated_by)
                    select 'guilin', ?, 'PUBLISHED', true, 0, 0, now() - g * interval '1 minute', ?
                    from generate_series(1, ?) g""", author, author, count);
            db.execute("""
                    insert into article_revision (article_id, revision_no, title, summary, body, created_by)
                    select id, 1, ? || '丰收第' || id || '期', '摘要', '[]'::jsonb, ? from article
                    where working_revision_id = 0""", word, author);
            db.execute("""
                    update article a set working_revision_id = r.id, published_revision_id = r.id
                    from article_revision r where r.article_id = a.id and a.working_revision_id = 0""");
            db.execute("""
                    insert into article_search (article_id, office_code, published_at, document, title)
                    select a.id, a.office_code, a.first_published_at, to_tsvector('simple', ?),
                           to_tsvector('simple', ?)
                    from article a join article_revision r on r.id = a.published_revision_id
                    where r.title like ? || '丰收%'""", word, word, word);
        });
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
