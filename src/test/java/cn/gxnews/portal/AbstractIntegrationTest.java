package cn.gxnews.portal;

import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.security.SystemTasks;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.util.function.Supplier;

/**
 * Base of every test that needs the running portal: one Spring context (and one embedded PostgreSQL) for
 * the whole test run, with the demo newsroom restored before each test. Subclasses must not change the
 * context's configuration: a second context would also replace Spring Security's global context holder.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class AbstractIntegrationTest {

    @Autowired
    protected TestNewsroom newsroom;

    @Autowired
    protected SystemTasks systemTasks;

    @Autowired
    protected DSLContext db;

    @LocalServerPort
    protected int port;

    @BeforeEach
    void resetNewsroom() {
        newsroom.reset();
    }

    /** Calls a service as the given demo staff member, with exactly their rights. */
    protected <T> T as(String username, Supplier<T> call) {
        return systemTasks.runAs(username, call);
    }

    /** The article whose current working revision has this title (titles in the demo newsroom are unique). */
    protected ArticleId idOf(String title) {
        return new ArticleId(db.fetchSingle(
                "select a.id from article a join article_revision r on r.id = a.working_revision_id where r.title = ?",
                title).get(0, Long.class));
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }
}
