package cn.gxnews.portal.readership;

import cn.gxnews.portal.AbstractIntegrationTest;
import cn.gxnews.portal.base.Translations;
import cn.gxnews.portal.readership.repository.ReadershipRepository;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.gxnews.portal.DemoTitles.GUILIN_PUBLISHED;
import static cn.gxnews.portal.DemoTitles.LIUZHOU_PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readers' views are counted exactly, however many instances count them, and nothing about a reader is kept;
 * bots, prefetches and pages opened from the desk are not views, pages from the page cache are.
 */
class ReadershipCountingTest extends AbstractIntegrationTest {

    private static final String BROWSER = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47";

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    private ReadershipRepository repository;
    @Autowired
    private TransactionTemplate transaction;
    @Autowired
    private Clock clock;
    @Autowired
    private ReadershipCounter counter;
    @Autowired
    private MeterRegistry meters;

    /** What this instance counted goes to the database before the next test's newsroom replaces the articles. */
    @AfterEach
    void writeWhatWasCounted() {
        counter.flush();
    }

    @Test
    void two_instances_counting_at_once_add_up_exactly_in_the_database() throws Exception {
        long liuzhou = idOf(LIUZHOU_PUBLISHED).value();
        long guilin = idOf(GUILIN_PUBLISHED).value();
        // two instances: each its own buffer, one database
        ReadershipCounter first = new ReadershipCounter(repository, transaction, clock);
        ReadershipCounter second = new ReadershipCounter(repository, transaction, clock);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<?>> work = new ArrayList<>();
        for (ReadershipCounter instance : List.of(first, second)) {
            work.add(threads.submit(() -> {
                for (int i = 0; i < 1000; i++) {
                    instance.count(liuzhou);
                    if (i % 4 == 0) {
                        instance.count(guilin);
                    }
                }
            }));
            // each instance writes now and then while its readers keep reading
            work.add(threads.submit(() -> {
                for (int i = 0; i < 20; i++) {
                    instance.flush();
                }
            }));
        }
        for (Future<?> each : work) {
            each.get();
        }
        threads.shutdown();
        first.flush();
        second.flush();

        assertThat(viewsToday(liuzhou)).isEqualTo(2000);
        assertThat(viewsToday(guilin)).isEqualTo(500);
    }

    @Test
    void the_views_table_keeps_the_article_the_day_and_the_count_and_nothing_about_readers() {
        List<String> columns = db.fetch("select column_name from information_schema.columns where table_name = "
                + "'article_views' order by ordinal_position").getValues(0, String.class);
        assertThat(columns).containsExactly("article_id", "day", "views");
    }

    @Test
    void readers_are_counted_also_from_the_page_cache_but_bots_prefetches_and_desk_checks_are_not() throws Exception {
        long id = idOf(LIUZHOU_PUBLISHED).value();
        double cacheHits = cacheHits();

        assertThat(get("/news/" + id, "User-Agent", BROWSER)).isEqualTo(200);
        assertThat(get("/news/" + id, "User-Agent", BROWSER)).isEqualTo(200);
        assertThat(get("/en/news/" + id, "User-Agent", BROWSER)).isEqualTo(200);
        assertThat(cacheHits()).as("the second view came from the page cache").isGreaterThan(cacheHits);

        assertThat(get("/news/" + id, "User-Agent",
                "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)")).isEqualTo(200);
        assertThat(get("/news/" + id, "User-Agent", "Mozilla/5.0 (compatible; Googlebot/2.1)")).isEqualTo(200);
        assertThat(get("/news/" + id, "User-Agent", "curl/8.5.0")).isEqualTo(200);
        assertThat(get("/news/" + id, "User-Agent", BROWSER, "Sec-Purpose", "prefetch")).isEqualTo(200);
        assertThat(get("/news/" + id, "User-Agent", BROWSER, "Referer",
                baseUrl() + "/desk/review/article/" + id)).isEqualTo(200);
        assertThat(get("/news/999999", "User-Agent", BROWSER)).isEqualTo(404);
        counter.flush();

        assertThat(viewsToday(id)).isEqualTo(3);
        assertThat(db.fetchSingle("select count(*) from article_views").get(0, Integer.class)).isEqualTo(1);
    }

    private long viewsToday(long articleId) {
        return db.fetchOptional("select views from article_views where article_id = ? and day = ?", articleId,
                LocalDate.ofInstant(clock.instant(), Translations.ZONE)).map(row -> row.get(0, Long.class)).orElse(0L);
    }

    private double cacheHits() {
        var hits = meters.find("portal.page.cache").tag("result", "hit").counter();
        return hits == null ? 0 : hits.count();
    }

    private int get(String path, String... headers) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).headers(headers).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
