package cn.gxnews.portal.publicsite;

import cn.gxnews.portal.AbstractIntegrationTest;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
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

    @Autowired
    private PageCache cache;

    @AfterEach
    void databaseIsBack() throws SQLException {
        allowConnections(true);
    }

    @Test
    void readers_get_the_last_copy_of_a_page_or_a_503_and_readiness_is_down_until_the_database_is_back()
            throws SQLException {
        String shownBefore = "/news/" + idOf(NANNING_PUBLISHED_SEED);
        String neverShown = "/news/" + idOf(GUILIN_PUBLISHED) + "?never=shown";
        assertThat(get(shownBefore).statusCode()).isEqualTo(200);
        cache.invalidateAll(); // a publication emptied the cache just before the database went away

        allowConnections(false);

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

        allowConnections(true);

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

    /**
     * Lets connections to the portal's database in, or refuses them and cuts the open ones, through a connection
     * to another database of the same server.
     */
    private void allowConnections(boolean allowed) throws SQLException {
        HikariDataSource pool = pool();
        String url = pool.getJdbcUrl();
        String database = URI.create(url.substring("jdbc:".length())).getPath().substring(1);
        String other = url.replaceFirst("/" + database + "(\\?|$)", "/template1$1");
        try (Connection admin = DriverManager.getConnection(other, pool.getUsername(), pool.getPassword());
             Statement sql = admin.createStatement()) {
            sql.execute("alter database \"" + database + "\" allow_connections " + allowed);
            if (!allowed) {
                sql.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database
                        + "' and pid <> pg_backend_pid()");
            }
        }
    }

    private HikariDataSource pool() {
        try {
            return dataSource.unwrap(HikariDataSource.class);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
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
