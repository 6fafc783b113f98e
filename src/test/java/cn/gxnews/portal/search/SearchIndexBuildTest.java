package cn.gxnews.portal.search;

import cn.gxnews.portal.AbstractIntegrationTest;
import cn.gxnews.portal.TestPhotos;
import cn.gxnews.portal.article.Article;
import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.ArticleService;
import cn.gxnews.portal.article.Block;
import cn.gxnews.portal.editorial.ReviewService;
import cn.gxnews.portal.media.MediaItem;
import cn.gxnews.portal.media.MediaService;
import cn.gxnews.portal.search.repository.SearchIndexRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.awt.Color;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.gxnews.portal.DemoTitles.LIUZHOU_PUBLISHED;
import static cn.gxnews.portal.DemoTitles.NANNING_PUBLISHED_SEED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole new search index is built when many articles are out of date (after a migration emptied the index),
 * and readers find every live article meanwhile: searches then read the articles themselves.
 */
class SearchIndexBuildTest extends AbstractIntegrationTest {

    /** Queries of every kind search knows, with the hits the index gives, best first (filled per test). */
    private static final List<String> QUERIES = List.of("分公司", "柳州", "南", "江西", "高质量发展", "消防演练", "演练",
            "ldk", "ＬＤＫ", "LDK 太阳能", "5511工程", "abb", "ABB 12", "12", "合同管理", "座无虚席", "报价流程", "example",
            "com", "韦强", "西江", "江西 柳州", "没有这个词");

    @Autowired
    private SearchService search;

    @Autowired
    private SearchIndexer indexer;

    @Autowired
    private SearchIndexRepository index;

    @Autowired
    private ArticleService articles;

    @Autowired
    private ReviewService review;

    @Autowired
    private MediaService media;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private TransactionTemplate transaction;

    @BeforeEach
    void newsroomWithArticlesOfEveryKind() {
        indexer.catchUp();
        MediaItem photo = as("author.liuzhou", () -> media.upload(TestPhotos.jpeg(400, 300, Color.GRAY)));
        publish(new ArticleDraft("柳州分公司引进工业机器人", "生产线引进ＡＢＢ机器人１２台。",
                List.of(new Block.Paragraph("机器人已投入使用。"))));
        publish(new ArticleDraft("柳州分公司开展业务培训", "培训覆盖全体业务人员。",
                List.of(new Block.Paragraph("本次培训**重点**讲解了[合同管理](https://example.com)。"),
                        new Block.Photo(photo.sha256(), "培训现场座无虚席", "韦强", "讲师在白板前讲解报价流程"))));
        publish(new ArticleDraft("柳州分公司开展消防演练", "全体员工参加。", List.of(new Block.Paragraph("演练持续一小时。"))));
        publish(new ArticleDraft("柳州分公司开展安全生产月活动", "活动持续一个月。",
                List.of(new Block.Heading("西江沿岸"), new Block.Quote("其间还组织了一次消防演练。"))));
    }

    @Test
    void while_the_index_is_incomplete_searches_read_the_articles_and_find_what_the_index_finds() {
        Map<String, List<String>> fromIndex = results();
        assertThat(fromIndex.get("消防演练")).hasSize(2);
        assertThat(fromIndex.get("ldk")).containsExactly(NANNING_PUBLISHED_SEED);
        assertThat(fromIndex.get("example")).isEmpty();

        db.execute("truncate article_search");
        db.execute("insert into search_index_incomplete default values");

        assertThat(results()).isEqualTo(fromIndex);
        // one office, and one page after another
        assertThat(titles(search.search("分公司", 1, "liuzhou", null))).hasSize(5).contains(LIUZHOU_PUBLISHED);
    }

    @Test
    void a_catch_up_says_that_the_index_is_incomplete_until_it_is_complete() {
        db.execute("truncate article_search");
        db.execute("insert into search_index_incomplete default values");
        assertThat(titles(search.search("江西", 1))).containsExactly(NANNING_PUBLISHED_SEED);

        assertThat(indexer.catchUp()).isPositive();

        assertThat(db.fetchCount(db.selectFrom("search_index_incomplete"))).isZero();
        assertThat(titles(search.search("江西", 1))).containsExactly(NANNING_PUBLISHED_SEED);
    }

    @Test
    void a_build_indexes_every_live_article_and_takes_the_place_of_the_index_with_its_keys_and_indexes() {
        Map<String, List<String>> before = results();
        String shapeBefore = shape();
        long oldTable = tableOid();
        db.execute("truncate article_search");

        int built = indexer.build();

        assertThat(built).isEqualTo(db.fetchCount(db.selectFrom("article").where("live")));
        assertThat(tableOid()).as("a new table").isNotEqualTo(oldTable);
        assertThat(shape()).isEqualTo(shapeBefore);
        assertThat(results()).isEqualTo(before);
        // the new table's foreign key removes the row of an article that is purged
        ArticleId id = idOf(LIUZHOU_PUBLISHED);
        db.execute("delete from article where id = ?", id.value());
        assertThat(db.fetchCount(db.selectFrom("article_search").where("article_id = ?", id.value()))).isZero();
    }

    @Test
    void what_transitions_write_while_a_new_index_is_built_is_what_the_new_index_holds() {
        ArticleId goesOffline = idOf(LIUZHOU_PUBLISHED);
        index.startBuild();
        // The build has read the articles so far, the one that goes offline among them, with the old text.
        index.addToBuild(index.findLive(new ArticleId(0), index.lastArticleId()).stream()
                .map(article -> new SearchIndexRepository.Document(article.id(), article.officeCode(),
                        article.publishedAt(), ChineseTokens.indexTerms(article.content().title()), List.of("旧", "旧文")))
                .toList());
        // Meanwhile an article goes offline and another is published.
        int version = as("editor.liuzhou", () -> articles.find(goesOffline)).version();
        as("editor.liuzhou", () -> review.unpublish(goesOffline, version));
        ArticleId published = publish(new ArticleDraft("柳州分公司举办龙舟比赛", "员工组队参赛。",
                List.of(new Block.Paragraph("比赛在柳江举行。"))));

        index.indexBuild();
        index.replaceWithBuild();

        assertThat(titles(search.search("龙舟", 1))).containsExactly("柳州分公司举办龙舟比赛");
        assertThat(db.fetchCount(db.selectFrom("article_search").where("article_id = ?", goesOffline.value()))).isZero();
        assertThat(db.fetchCount(db.selectFrom("article_search").where("article_id = ?", published.value()))).isOne();
    }

    @Test
    void many_articles_out_of_date_are_indexed_by_a_build() {
        db.execute("truncate article_search");
        // as a restored backup would have them: live articles without search rows
        transaction.executeWithoutResult(status -> {
            db.execute("""
                    insert into article (office_code, author_id, state, live, working_revision_id,
                                         published_revision_id, first_published_at, updated_by)
                    select 'nanning', a.author_id, 'PUBLISHED', true, 0, 0, now() - g * interval '1 minute', a.author_id
                    from article a, generate_series(1, ?) g
                    where a.id = ?""", SearchIndexer.BUILD_FROM, idOf(NANNING_PUBLISHED_SEED).value());
            db.execute("""
                    insert into article_revision (article_id, revision_no, title, summary, body, created_by)
                    select a.id, 1, r.title, r.summary, r.body, a.author_id
                    from article a, article_revision r
                    where a.working_revision_id = 0 and r.id = (select published_revision_id from article where id = ?)""",
                    idOf(NANNING_PUBLISHED_SEED).value());
            db.execute("""
                    update article a set working_revision_id = r.id, published_revision_id = r.id
                    from article_revision r where r.article_id = a.id and a.working_revision_id = 0""");
        });
        long oldTable = tableOid();

        int done = indexer.catchUp();

        assertThat(done).isEqualTo(db.fetchCount(db.selectFrom("article").where("live")));
        assertThat(tableOid()).as("a new table").isNotEqualTo(oldTable);
        assertThat(search.search("江西", 1).total()).isEqualTo(SearchService.MOST_SHOWN);
    }

    @Test
    void of_two_instances_catching_up_at_once_one_does_it_and_the_other_leaves_it_alone() throws Exception {
        db.execute("truncate article_search");
        db.execute("insert into search_index_incomplete default values");
        try (Connection other = dataSource.getConnection(); Statement statement = other.createStatement()) {
            try (ResultSet locked = statement.executeQuery("select pg_try_advisory_lock(" + 0x5EA4C4L + ")")) {
                assertThat(locked.next() && locked.getBoolean(1)).isTrue();
            }
            assertThat(indexer.catchUp()).isZero();
            assertThat(db.fetchCount(db.selectFrom("search_index_incomplete"))).isOne();
            assertThat(titles(search.search("江西", 1))).containsExactly(NANNING_PUBLISHED_SEED);
            statement.execute("select pg_advisory_unlock_all()");
        }
        assertThat(indexer.catchUp()).isPositive();
        assertThat(db.fetchCount(db.selectFrom("search_index_incomplete"))).isZero();
    }

    private Map<String, List<String>> results() {
        Map<String, List<String>> results = new LinkedHashMap<>();
        QUERIES.forEach(query -> results.put(query, titles(search.search(query, 1))));
        return results;
    }

    /** The index table's columns, keys, indexes and comments, as PostgreSQL describes them. */
    private String shape() {
        return db.fetch("""
                select string_agg(d, E'\\n' order by d) from (
                    select pg_get_constraintdef(c.oid) || ' ' || conname as d from pg_constraint c
                    where conrelid = 'article_search'::regclass and contype <> 'n'
                    union all select indexdef from pg_indexes where tablename = 'article_search'
                    union all select attname || ' ' || format_type(atttypid, atttypmod) || ' ' || attnotnull || ' '
                                     || coalesce(col_description(attrelid, attnum), '')
                    from pg_attribute where attrelid = 'article_search'::regclass and attnum > 0 and not attisdropped
                    union all select coalesce(obj_description('article_search'::regclass, 'pg_class'), '')) x
                """).get(0).get(0, String.class);
    }

    private long tableOid() {
        return db.fetchSingle("select 'article_search'::regclass::oid::bigint").get(0, Long.class);
    }

    private ArticleId publish(ArticleDraft content) {
        Article draft = as("author.liuzhou", () -> articles.createDraft(content));
        Article submitted = as("author.liuzhou", () -> articles.submit(draft.id(), draft.version()));
        return as("editor.liuzhou", () -> review.approveAndPublish(draft.id(), submitted.version())).id();
    }

    private static List<String> titles(SearchPage page) {
        return page.hits().stream().map(hit -> hit.article().content().title()).toList();
    }
}
