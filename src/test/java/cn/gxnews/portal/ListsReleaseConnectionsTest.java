package cn.gxnews.portal;

import cn.gxnews.portal.article.ArticleService;
import cn.gxnews.portal.editorial.ReviewService;
import cn.gxnews.portal.security.SignInLog;
import cn.gxnews.portal.security.StaffAccountService;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of a list that a caller reads only in part (say, to find its first match) must not keep a database
 * connection: the services read each page completely inside their transaction.
 */
class ListsReleaseConnectionsTest extends AbstractIntegrationTest {

    @Autowired
    private DataSource dataSource;

    @Autowired
    private ArticleService articles;

    @Autowired
    private ReviewService review;

    @Autowired
    private StaffAccountService accounts;

    @Autowired
    private SignInLog signInLog;

    @Test
    void lists_read_only_in_part_give_their_connections_back() throws Exception {
        var pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
        // the public site's change listener keeps one connection of its own
        int before = pool.getActiveConnections();

        for (int i = 0; i < 3; i++) {
            as("author.nanning", () -> articles.findMine(0, 50).findFirst());
            as("editor.all", () -> review.queue(0, 50).findFirst());
            as("admin", () -> accounts.findPage(0, 50).findFirst());
            as("admin", () -> signInLog.find(null, null, null, 0, 50).findFirst());
        }

        assertThat(pool.getActiveConnections()).isEqualTo(before);
    }
}
