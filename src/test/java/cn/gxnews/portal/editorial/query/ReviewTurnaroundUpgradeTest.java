package cn.gxnews.portal.editorial.query;

import cn.gxnews.portal.AbstractIntegrationTest;
import cn.gxnews.portal.editorial.ReviewTurnaround;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The upgrade that gives each review decision the time of the submission it decided (V37): the reviews decided
 * before it are on the dashboard as they were. A database of its own, on the tests' server, is migrated to V36,
 * given an audit trail as the portal wrote it then, and upgraded.
 */
class ReviewTurnaroundUpgradeTest extends AbstractIntegrationTest {

    private static final String DATABASE = "turnaround_upgrade";

    /** The audit trail before the upgrade: no decision has the time of its submission. */
    private static final String TRAIL = """
            insert into staff_user (id, username, display_name, password_hash, office_code, roles)
            overriding system value values (1, 'editor.liuzhou', '编辑', '-', 'liuzhou', '{AUTHOR,EDITOR}');
            begin;
            insert into article (id, office_code, author_id, state, working_revision_id, updated_by)
            overriding system value
            select n, office, 1, 'DRAFT', n, 1
            from (values (1, 'liuzhou'), (2, 'liuzhou'), (3, 'liuzhou'), (4, 'guilin')) as a(n, office);
            insert into article_revision (id, article_id, revision_no, title, summary, body, created_by)
            overriding system value
            select n, n, 1, '稿件', '', '[]', 1 from generate_series(1, 4) n;
            commit;
            insert into workflow_event (id, article_id, revision_id, from_state, to_state, transition, actor_id,
                                        comment, occurred_at, review_level)
            overriding system value
            select id, article, article, from_state, to_state, transition,
                   case when transition <> 'PUBLISH_ON_SCHEDULE' then 1 end,
                   case when transition = 'REQUEST_CHANGES' then '请补充数据' end,
                   now() - make_interval(hours => hours_ago), level
            from (values
                -- submitted, withdrawn; submitted again, sent back after 1 hour; submitted again, approved after 2
                (1, 1, null, 'DRAFT', 'CREATE', 50, null),
                (2, 1, 'DRAFT', 'IN_REVIEW', 'SUBMIT', 30, null),
                (3, 1, 'IN_REVIEW', 'DRAFT', 'WITHDRAW', 29, null),
                (4, 1, 'DRAFT', 'IN_REVIEW', 'SUBMIT', 5, null),
                (5, 1, 'IN_REVIEW', 'CHANGES_REQUESTED', 'REQUEST_CHANGES', 4, 1),
                (6, 1, 'CHANGES_REQUESTED', 'IN_REVIEW', 'SUBMIT', 3, null),
                (7, 1, 'IN_REVIEW', 'PUBLISHED', 'APPROVE_AND_PUBLISH', 1, 1),
                -- two levels: the first approved after 2 hours, the final one after 6
                (8, 2, null, 'DRAFT', 'CREATE', 20, null),
                (9, 2, 'DRAFT', 'IN_REVIEW', 'SUBMIT', 12, null),
                (10, 2, 'IN_REVIEW', 'IN_REVIEW', 'APPROVE_LEVEL', 10, 1),
                (11, 2, 'IN_REVIEW', 'PUBLISHED', 'APPROVE_AND_PUBLISH', 6, 2),
                -- decided 100 days ago
                (12, 3, null, 'DRAFT', 'CREATE', 2450, null),
                (13, 3, 'DRAFT', 'IN_REVIEW', 'SUBMIT', 2420, null),
                (14, 3, 'IN_REVIEW', 'PUBLISHED', 'APPROVE_AND_PUBLISH', 2400, 1),
                -- approved for a schedule after 3 hours, published on schedule later
                (15, 4, null, 'DRAFT', 'CREATE', 10, null),
                (16, 4, 'DRAFT', 'IN_REVIEW', 'SUBMIT', 8, null),
                (17, 4, 'IN_REVIEW', 'SCHEDULED', 'APPROVE_AND_SCHEDULE', 5, 1),
                (18, 4, 'SCHEDULED', 'PUBLISHED', 'PUBLISH_ON_SCHEDULE', 2, null))
                as e(id, article, from_state, to_state, transition, hours_ago, level);
            """;

    @Autowired
    private DataSource dataSource;

    @Test
    void after_the_upgrade_the_dashboard_shows_the_review_times_of_the_decisions_taken_before_it() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        String url = pool.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + DATABASE + "$1");
        executeOnPortalDatabase(pool, "drop database if exists " + DATABASE);
        executeOnPortalDatabase(pool, "create database " + DATABASE);
        try {
            Flyway.configure().dataSource(url, pool.getUsername(), pool.getPassword())
                    .locations("classpath:db/migration").target("36").load().migrate();
            try (Connection connection = DriverManager.getConnection(url, pool.getUsername(), pool.getPassword());
                 Statement statement = connection.createStatement()) {
                statement.execute(TRAIL);
            }

            Flyway.configure().dataSource(url, pool.getUsername(), pool.getPassword())
                    .locations("classpath:db/migration").load().migrate();

            try (Connection connection = DriverManager.getConnection(url, pool.getUsername(), pool.getPassword())) {
                var stats = new EditorialStatsQuery(DSL.using(connection, SQLDialect.POSTGRES));
                Instant since = Instant.now().minus(Duration.ofDays(90));
                // Liuzhou: 1 hour (from the second submission, not the withdrawn first), 2 hours, and 6 hours for
                // the review in two levels, counted once; the review of 100 days ago is not among them
                assertThat(stats.turnaround(null, since)).containsOnly(
                        entry("liuzhou", new ReviewTurnaround("liuzhou", 3, Duration.ofHours(2), Duration.ofHours(6))),
                        entry("guilin", new ReviewTurnaround("guilin", 1, Duration.ofHours(3), Duration.ofHours(3))));
                assertThat(stats.turnaround("guilin", since)).containsOnlyKeys("guilin");
            }
        } finally {
            executeOnPortalDatabase(pool, "drop database if exists " + DATABASE + " with (force)");
        }
    }

    private static void executeOnPortalDatabase(HikariDataSource pool, String sql) throws SQLException {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
