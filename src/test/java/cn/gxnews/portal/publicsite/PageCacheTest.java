package cn.gxnews.portal.publicsite;

import cn.gxnews.portal.editorial.ReviewService;
import cn.gxnews.portal.AbstractIntegrationTest;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static cn.gxnews.portal.DemoTitles.LIUZHOU_IN_REVIEW;
import static cn.gxnews.portal.DemoTitles.LIUZHOU_PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages come from memory, yet a publish shows up at once, and a change announced by another instance (over
 * the database) empties this instance's cache too.
 */
class PageCacheTest extends AbstractIntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    private ArticleService articles;

    @Autowired
    private ReviewService review;

    @Autowired
    private PageCache cache;

    @Test
    void a_cached_page_is_served_until_published_content_changes() throws Exception {
        ArticleId id = idOf(LIUZHOU_PUBLISHED);
        assertThat(get("/news/" + id)).contains(LIUZHOU_PUBLISHED);
        // a change that bypasses the workflow (and so announces nothing) is not seen: the page is cached
        db.execute("update article_revision set title = '直接改库的标题' where id = "
                + "(select published_revision_id from article where id = ?)", id.value());
        assertThat(get("/news/" + id)).contains(LIUZHOU_PUBLISHED).doesNotContain("直接改库的标题");
        assertThat(cache.size()).isPositive();

        ArticleId inReview = idOf(LIUZHOU_IN_REVIEW);
        int version = as("editor.liuzhou", () -> articles.find(inReview)).version();
        as("editor.liuzhou", () -> review.approveAndPublish(inReview, version));

        assertThat(get("/")).contains(LIUZHOU_IN_REVIEW);
        assertThat(get("/news/" + id)).contains("直接改库的标题");
    }

    @Test
    void search_results_are_cached_until_published_content_changes() throws Exception {
        String search = "/search?q=" + URLEncoder.encode("博览会", StandardCharsets.UTF_8);
        // titles are shown with the query marked in them, so the hits are told by their links
        String inReviewLink = "href=\"/news/" + idOf(LIUZHOU_IN_REVIEW) + "\"";
        String publishedLink = "href=\"/news/" + idOf(LIUZHOU_PUBLISHED) + "\"";
        assertThat(get(search)).contains("没有找到").doesNotContain(inReviewLink);
        // a row written behind the portal's back (announcing nothing) is not seen: the results are cached
        db.execute("update article_search set document = document || to_tsvector('simple', '博 览 会 博览 览会') "
                + "where article_id = ?", idOf(LIUZHOU_PUBLISHED).value());
        assertThat(get(search)).contains("没有找到").doesNotContain(publishedLink);

        ArticleId inReview = idOf(LIUZHOU_IN_REVIEW);
        int version = as("editor.liuzhou", () -> articles.find(inReview)).version();
        as("editor.liuzhou", () -> review.approveAndPublish(inReview, version));

        assertThat(get(search)).contains("找到 2 篇", inReviewLink, publishedLink);
    }

    @Test
    void a_page_rendered_before_the_cache_was_emptied_is_not_kept() {
        long before = cache.generation();
        PageCache.CachedPage page = PageCache.CachedPage.of(Map.of(), new byte[]{1});
        cache.invalidateAll();

        cache.put("/rendered-before", page, before);
        cache.put("/rendered-after", page, cache.generation());

        assertThat(cache.find("/rendered-before")).isEmpty();
        assertThat(cache.find("/rendered-after")).contains(page);
    }

    @Test
    void a_change_announced_by_another_instance_empties_this_instances_cache() throws Exception {
        ArticleId id = idOf(LIUZHOU_PUBLISHED);
        get("/news/" + id);
        db.execute("update article_revision set title = '另一实例发布的标题' where id = "
                + "(select published_revision_id from article where id = ?)", id.value());

        db.execute("notify portal_public_changed");

        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        String page = get("/news/" + id);
        while (!page.contains("另一实例发布的标题") && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            page = get("/news/" + id);
        }
        assertThat(page).contains("另一实例发布的标题");
    }

    private String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
