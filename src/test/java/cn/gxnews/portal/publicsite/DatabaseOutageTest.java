package cn.gxnews.portal.publicsite;

import cn.gxnews.portal.AbstractIntegrationTest;
import cn.gxnews.portal.DatabaseSwitch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static cn.gxnews.portal.DemoTitles.GUILIN_PUBLISHED;
import static cn.gxnews.portal.DemoTitles.NANNING_PUBLISHED_SEED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * While the database cannot be reached (here: PostgreSQL refuses every connection to the portal's database and
 * the open ones are cut, as when it is stopped or restarting), readers get within seconds the last copy of a page that was ever shown, or a translated
 * "come back shortly" with {@code Retry-After}; readiness says DOWN; and everything works again once it is back.
 */
class DatabaseOutageTest extends AbstractIntegrationTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    private DataSource dataSource;

    private DatabaseSwitch database;

    @BeforeEach
    void switchable() {
        database = new DatabaseSwitch(dataSource);
    }

    @Autowired
    private PageCache cache;

    @AfterEach
    void databaseIsBack() {
        database.back();
    }

    @Test
    void readers_get_the_last_copy_of_a_page_or_a_503_and_readiness_is_down_until_the_database_is_back() {
        String shownBefore = "/news/" + idOf(NANNING_PUBLISHED_SEED);
        String neverShown = "/news/" + idOf(GUILIN_PUBLISHED) + "?never=shown";
        assertThat(get(shownBefore).statusCode()).isEqualTo(200);
        cache.invalidateAll(); // a publication emptied the cache just before the database went away

        database.away();

        long started = System.nanoTime();
        HttpResponse<String> lastCopy = get(shownBefore);
        assertThat(lastCopy.statusCode()).isEqualTo(200);
        assertThat(lastCopy.body()).contains(NANNING_PUBLISHED_SEED);
        HttpResponse<String> unavailable = get(neverShown);
        assertThat(unavailable.statusCode()).isEqualTo(503);
        assertThat(unavailable.headers().firstValue("Retry-After")).contains("30");
        assertThat(unavailable.body()).contains("网站正在维护，请稍后再来").doesNotContain("Exception");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("both answers within the pool's timeout")
                .isLessThan(Duration.ofSeconds(15));
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(503);
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);

        database.back();

        // the pool finds its way back by itself, within a few seconds: no restart
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (get("/actuator/health/readiness").statusCode() != 200 && System.nanoTime() < deadline) {
            pause();
        }
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(get(neverShown).statusCode()).isEqualTo(200);
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
