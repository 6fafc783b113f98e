package cn.gxnews.portal.search;

import cn.gxnews.portal.editorial.ReviewService;
import cn.gxnews.portal.article.Article;
import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.ArticleService;
import cn.gxnews.portal.article.Block;
import cn.gxnews.portal.editorial.PublicationScheduler;
import cn.gxnews.portal.AbstractIntegrationTest;
import cn.gxnews.portal.TestPhotos;
import cn.gxnews.portal.media.MediaItem;
import cn.gxnews.portal.media.MediaService;
import cn.gxnews.portal.article.repository.BodyConverter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.awt.Color;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static cn.gxnews.portal.DemoTitles.GUILIN_CHANGES_REQUESTED;
import static cn.gxnews.portal.DemoTitles.GUILIN_PUBLISHED;
import static cn.gxnews.portal.DemoTitles.LIUZHOU_IN_REVIEW;
import static cn.gxnews.portal.DemoTitles.LIUZHOU_PUBLISHED;
import static cn.gxnews.portal.DemoTitles.NANNING_DRAFT;
import static cn.gxnews.portal.DemoTitles.NANNING_PUBLISHED_SEED;
import static org.assertj.core.api.Assertions.assertThat;

/** Readers find published news by Chinese and Latin words, best matches first, and never anything unpublished. */
class ArticleSearchTest extends AbstractIntegrationTest {

    @Autowired
    private SearchService search;

    @Autowired
    private ArticleService articles;

    @Autowired
    private ReviewService review;

    @Autowired
    private SearchIndexer indexer;

    @Autowired
    private PublicationScheduler scheduler;

    @Autowired
    private TransactionTemplate transaction;

    @Autowired
    private MediaService media;

    /**
     * The newsroom reset copies the demo articles back into place behind the portal's back (it truncates
     * {@code article}, which empties {@code article_search} by cascade, and copies only the tables it knows),
     * exactly like a database restored from a backup. What the portal does at start then brings the index up
     * to date, so that is what runs here.
     */
    @BeforeEach
    void bringIndexUpToDate() {
        indexer.catchUp();
    }

    @Test
    void the_index_is_brought_up_to_date_at_start_with_every_live_article_and_nothing_else() {
        db.execute("truncate article_search");
        assertThat(titles(search.search("分公司", 1))).isEmpty();

        assertThat(indexer.catchUp()).isEqualTo(3);

        assertThat(titles(search.search("分公司", 1))).containsExactlyInAnyOrder(LIUZHOU_PUBLISHED, GUILIN_PUBLISHED);
        assertThat(db.fetchSingle("select count(*) from article_search").get(0, Integer.class)).isEqualTo(3);
        assertThat(indexer.catchUp()).isZero();
    }

    @Test
    void cached_search_results_are_dropped_when_the_catch_up_changes_the_index() throws Exception {
        String path = "/search?q=" + URLEncoder.encode("分公司", StandardCharsets.UTF_8);
        db.execute("truncate article_search");
        assertThat(httpGet(path)).contains("没有找到");

        indexer.catchUp();

        assertThat(httpGet(path)).contains("找到 2 篇", "href=\"/news/" + idOf(LIUZHOU_PUBLISHED) + "\"",
                "href=\"/news/" + idOf(GUILIN_PUBLISHED) + "\"");
    }

    private String httpGet(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void a_two_character_query_finds_the_article_with_that_word() {
        assertThat(titles(search.search("江西", 1))).containsExactly(NANNING_PUBLISHED_SEED);
        assertThat(titles(search.search("柳州", 1))).containsExactly(LIUZHOU_PUBLISHED);
    }

    @Test
    void a_one_character_query_finds_the_articles_with_that_character() {
        // 赣 occurs in the seed article's body only (赣锋锂业); 桂 in the published Guilin article only.
        assertThat(titles(search.search("赣", 1))).containsExactly(NANNING_PUBLISHED_SEED);
        assertThat(titles(search.search("桂", 1))).containsExactly(GUILIN_PUBLISHED);
    }

    @Test
    void three_and_more_character_queries_find_the_phrase() {
        assertThat(titles(search.search("科技厅", 1))).containsExactly(NANNING_PUBLISHED_SEED);
        assertThat(titles(search.search("曹坤华", 1))).containsExactly(NANNING_PUBLISHED_SEED);
        assertThat(titles(search.search("高质量发展", 1))).containsExactly(NANNING_PUBLISHED_SEED);
        assertThat(titles(search.search("江西省科技厅", 1))).containsExactly(NANNING_PUBLISHED_SEED);
    }

    @Test
    void every_word_of_the_query_must_be_there() {
        assertThat(titles(search.search("江西 柳州", 1))).isEmpty();
        assertThat(titles(search.search("分公司 柳州", 1))).containsExactly(LIUZHOU_PUBLISHED);
        // The seed has 科技 and 江西, but never 科技 followed by 江西.
        assertThat(titles(search.search("科技江西", 1))).isEmpty();
        assertThat(titles(search.search("科技 江西", 1))).containsExactly(NANNING_PUBLISHED_SEED);
    }

    @Test
    void two_characters_that_are_not_next_to_each_other_do_not_match() {
        String title = "柳州分公司组织员工参观西江航运枢纽";
        publish(new ArticleDraft(title, "员工在江边合影，随后前往西侧的展厅。",
                List.of(new Block.Paragraph("航运枢纽位于西江干流。"))));

        assertThat(titles(search.search("江西", 1))).containsExactly(NANNING_PUBLISHED_SEED);
        assertThat(titles(search.search("西江", 1))).containsExactly(title);
    }

    @Test
    void chinese_mixed_with_latin_words_and_numbers_is_found() {
        assertThat(titles(search.search("5511工程", 1))).containsExactly(NANNING_PUBLISHED_SEED);
        assertThat(titles(search.search("LDK 太阳能", 1))).containsExactly(NANNING_PUBLISHED_SEED);
        assertThat(titles(search.search("ldk", 1))).containsExactly(NANNING_PUBLISHED_SEED);
        assertThat(titles(search.search("5512工程", 1))).isEmpty();
    }

    @Test
    void full_width_latin_letters_find_and_are_found_by_ordinary_ones() {
        String title = "柳州分公司引进工业机器人";
        publish(new ArticleDraft(title, "生产线引进ＡＢＢ机器人１２台。", List.of(new Block.Paragraph("机器人已投入使用。"))));

        assertThat(titles(search.search("ＬＤＫ", 1))).containsExactly(NANNING_PUBLISHED_SEED);
        assertThat(titles(search.search("abb", 1))).containsExactly(title);
        assertThat(titles(search.search("ABB 12", 1))).containsExactly(title);

        SearchHit hit = search.search("abb", 1).hits().getFirst();
        assertThat(hit.snippetHtml()).contains("<mark>ＡＢＢ</mark>");
    }

    @Test
    void paragraphs_are_searched_without_their_markup_and_photo_captions_and_alt_texts_too() {
        String title = "柳州分公司开展业务培训";
        MediaItem photo = as("author.liuzhou", () -> media.upload(TestPhotos.jpeg(400, 300, Color.GRAY)));
        publish(new ArticleDraft(title, "培训覆盖全体业务人员。",
                List.of(new Block.Paragraph("本次培训**重点**讲解了[合同管理](https://example.com)。"),
                        new Block.Photo(photo.sha256(), "培训现场座无虚席", "韦强", "讲师在白板前讲解报价流程"))));

        assertThat(titles(search.search("合同管理", 1))).containsExactly(title);
        assertThat(titles(search.search("重点讲解", 1))).containsExactly(title);
        assertThat(titles(search.search("座无虚席", 1))).containsExactly(title);
        assertThat(titles(search.search("报价流程", 1))).containsExactly(title);
        assertThat(titles(search.search("example", 1))).isEmpty();
    }

    @Test
    void a_match_in_the_title_ranks_before_a_match_in_the_body_only_even_when_newer() {
        String inTitle = "柳州分公司开展消防演练";
        String inBody = "柳州分公司开展安全生产月活动";
        publish(new ArticleDraft(inTitle, "全体员工参加。", List.of(new Block.Paragraph("演练持续一小时。"))));
        publish(new ArticleDraft(inBody, "活动持续一个月。", List.of(new Block.Paragraph("其间还组织了一次消防演练。"))));

        assertThat(titles(search.search("消防演练", 1))).containsExactly(inTitle, inBody);
    }

    @Test
    void equally_good_matches_are_shown_newest_first() {
        ArticleDraft text = new ArticleDraft("柳州分公司举办龙舟比赛", "员工组队参赛。", List.of(new Block.Paragraph("比赛在柳江举行。")));
        ArticleId older = publish(text);
        ArticleId newer = publish(text);

        assertThat(search.search("龙舟", 1).hits()).extracting(hit -> hit.article().id()).containsExactly(newer, older);
    }

    @Test
    void an_unpublished_article_is_no_longer_found_and_is_found_again_when_republished() {
        ArticleId id = idOf(LIUZHOU_PUBLISHED);
        int version = as("editor.liuzhou", () -> articles.find(id)).version();
        Article offline = as("editor.liuzhou", () -> review.unpublish(id, version));

        assertThat(titles(search.search("搬迁", 1))).isEmpty();
        assertThat(indexed(id)).as("the index keeps nothing of an offline article").isFalse();

        as("editor.liuzhou", () -> review.republish(id, offline.version()));
        assertThat(titles(search.search("搬迁", 1))).containsExactly(LIUZHOU_PUBLISHED);
        assertThat(indexed(id)).isTrue();
    }

    @Test
    void the_scheduler_puts_articles_into_and_out_of_the_results() {
        ArticleId id = idOf(LIUZHOU_IN_REVIEW);
        int version = as("editor.liuzhou", () -> articles.find(id)).version();
        as("editor.liuzhou", () -> review.approveAndSchedule(id, version,
                java.time.Instant.now().plusSeconds(3600), java.time.Instant.now().plusSeconds(7200)));
        assertThat(titles(search.search("博览会", 1))).isEmpty();

        db.execute("update article set publish_at = now() - interval '1 second' where id = ?", id.value());
        scheduler.runDue();
        assertThat(titles(search.search("博览会", 1))).containsExactly(LIUZHOU_IN_REVIEW);

        db.execute("update article set unpublish_at = now() - interval '1 second' where id = ?", id.value());
        scheduler.runDue();
        assertThat(titles(search.search("博览会", 1))).isEmpty();
        assertThat(indexed(id)).isFalse();
    }

    @Test
    void an_edit_of_a_live_article_changes_the_results_only_when_it_is_approved() {
        ArticleId id = idOf(LIUZHOU_PUBLISHED);
        Article live = as("editor.liuzhou", () -> articles.find(id));
        String newTitle = "柳州分公司迁入新办公区";
        Article edited = as("editor.liuzhou", () -> articles.save(id, live.version(), new ArticleDraft(newTitle,
                "柳州分公司迁入鑫中联大厦新办公区。", List.of(new Block.Paragraph("新办公区设有洽谈室。")))));
        Article submitted = as("editor.liuzhou", () -> articles.submit(id, edited.version()));

        assertThat(titles(search.search("洽谈室", 1))).isEmpty();
        assertThat(titles(search.search("搬迁", 1))).containsExactly(LIUZHOU_PUBLISHED);

        as("editor.all", () -> review.approveAndPublish(id, submitted.version()));
        assertThat(titles(search.search("洽谈室", 1))).containsExactly(newTitle);
        assertThat(titles(search.search("搬迁", 1))).isEmpty();
    }

    @Test
    void drafts_and_articles_in_review_are_never_found() {
        Article draft = as("author.liuzhou", () -> articles.createDraft(new ArticleDraft("柳州分公司筹备迎春晚会",
                "晚会节目征集中。", List.of(new Block.Paragraph("欢迎员工报名参加迎春晚会。")))));
        as("author.liuzhou", () -> articles.submit(draft.id(), draft.version()));

        assertThat(titles(search.search("迎春晚会", 1))).isEmpty();
        assertThat(titles(search.search(NANNING_DRAFT, 1))).isEmpty();
        assertThat(titles(search.search(LIUZHOU_IN_REVIEW, 1))).isEmpty();
        assertThat(titles(search.search(GUILIN_CHANGES_REQUESTED, 1))).isEmpty();
        assertThat(titles(search.search(LIUZHOU_PUBLISHED, 1))).containsExactly(LIUZHOU_PUBLISHED);
        assertThat(indexed(draft.id())).isFalse();
    }

    @Test
    void matches_are_marked_in_the_title_and_in_a_snippet_around_the_first_match() {
        SearchHit hit = search.search("曹坤华", 1).hits().getFirst();

        assertThat(hit.titleHtml()).isEqualTo(NANNING_PUBLISHED_SEED);
        assertThat(hit.snippetHtml()).contains("厅长<mark>曹坤华</mark>率");
        assertThat(plain(hit.snippetHtml()).replace("…", "")).hasSizeLessThanOrEqualTo(SearchService.SNIPPET_LENGTH);
        assertThat(plain(hit.snippetHtml())).startsWith("…").endsWith("…");

        SearchHit titleHit = search.search("高质量发展", 1).hits().getFirst();
        assertThat(titleHit.titleHtml()).isEqualTo("广西科技支撑产业<mark>高质量发展</mark>调研组赴江西调研");
        assertThat(titleHit.snippetHtml()).contains("<mark>高质量发展</mark>");

        assertThat(search.search("赣", 1).hits().getFirst().snippetHtml()).contains("江西<mark>赣</mark>锋锂业");
        assertThat(search.search("ldk 江西", 1).hits().getFirst().titleHtml())
                .isEqualTo("广西科技支撑产业高质量发展调研组赴<mark>江西</mark>调研");
    }

    @Test
    void markup_typed_in_a_title_is_shown_as_text_never_as_html() {
        publish(new ArticleDraft("<script>alert('消防')</script>柳州分公司消防演练", "<b>演练</b>圆满完成。",
                List.of(new Block.Paragraph("演练 & 总结。"))));

        SearchHit hit = search.search("消防演练", 1).hits().getFirst();
        assertThat(hit.titleHtml())
                .isEqualTo("&lt;script&gt;alert(&#39;消防&#39;)&lt;/script&gt;柳州分公司<mark>消防演练</mark>");
        assertThat(hit.snippetHtml()).isEqualTo("&lt;b&gt;演练&lt;/b&gt;圆满完成。 演练 &amp; 总结。");

        SearchHit scriptHit = search.search("script", 1).hits().getFirst();
        assertThat(scriptHit.titleHtml()).startsWith("&lt;<mark>script</mark>&gt;alert(")
                .doesNotContain("<script");
    }

    @Test
    void results_are_paged_ten_at_a_time() {
        List<ArticleId> published = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            published.add(publish(new ArticleDraft("柳州分公司荔枝采摘活动第" + i + "场", "员工参加采摘。",
                    List.of(new Block.Paragraph("活动在果园举行。")))));
        }

        SearchPage first = search.search("荔枝", 1);
        SearchPage second = search.search("荔枝", 2);

        assertThat(first.total()).isEqualTo(12);
        assertThat(first.pageCount()).isEqualTo(2);
        assertThat(first.hasNext()).isTrue();
        assertThat(first.hits()).hasSize(10);
        assertThat(second.page()).isEqualTo(2);
        assertThat(second.hasNext()).isFalse();
        assertThat(second.hits()).hasSize(2);
        List<ArticleId> both = new ArrayList<>(first.hits().stream().map(h -> h.article().id()).toList());
        both.addAll(second.hits().stream().map(h -> h.article().id()).toList());
        assertThat(both).containsExactlyElementsOf(published.reversed());
        assertThat(search.search("荔枝", 3).hits()).isEmpty();
        assertThat(search.search("荔枝", 0).page()).isEqualTo(1);
    }

    @Test
    void a_blank_query_or_one_without_words_finds_nothing() {
        for (String query : List.of("", "   ", "，。！？", "<>&'\"\\")) {
            SearchPage page = search.search(query, 1);
            assertThat(page.hits()).isEmpty();
            assertThat(page.total()).isZero();
        }
    }

    @Test
    void a_long_query_is_cut_to_a_hundred_characters() {
        String query = "江西".repeat(80);

        SearchPage page = search.search(query, 1);

        assertThat(page.query()).hasSize(SearchService.MAX_QUERY_LENGTH);
        assertThat(page.query()).isEqualTo("江西".repeat(50));
        assertThat(search.search("𠮷".repeat(150), 1).query().codePoints().count()).isEqualTo(100);
    }

    @Test
    void quotes_and_backslashes_cannot_change_the_text_search_query() {
        assertThat(SearchService.tsquery(List.of("江西", "a'b", "c\\d"))).isEqualTo("'江西' & 'a''b' & 'c\\\\d'");
        assertThat(titles(search.search("江西' | '柳州", 1))).isEmpty();
        assertThat(titles(search.search("江西 ')&!(", 1))).containsExactly(NANNING_PUBLISHED_SEED);
    }

    @Test
    void readers_search_without_signing_in() {
        assertThat(titles(search.search("江西", 1))).containsExactly(NANNING_PUBLISHED_SEED);
        assertThat(titles(as("author.guilin", () -> search.search("江西", 1)))).containsExactly(NANNING_PUBLISHED_SEED);
    }

    /**
     * With a handful of rows PostgreSQL rightly reads the whole table instead of an index, so the test first
     * makes the newsroom a real one: a few thousand live articles of realistic text, indexed by the real
     * indexer, with fresh statistics (what autovacuum's analyze gives a real database). A one- and a
     * two-character query on a rare word must then go through the GIN indexes, of the title and of the whole
     * article.
     */
    @Test
    void one_and_two_character_queries_use_the_gin_index() {
        insertLiveArticles(3000);
        assertThat(indexer.catchUp()).isEqualTo(3000);
        db.execute("analyze article_search");
        db.execute("analyze article");
        db.execute("analyze article_revision");

        for (String query : List.of("赣", "江西")) {
            String plan = search.explain(query);
            assertThat(plan).as(plan).containsPattern(
                    "(?s)Bitmap Index Scan on article_search_title_idx.*Bitmap Index Scan on article_search_document_idx");
            assertThat(titles(search.search(query, 1))).containsExactly(NANNING_PUBLISHED_SEED);
        }
        // a match older than the newest articles that a search looks at first is found all the same
        db.execute("update article_search set published_at = published_at - interval '10 years' where article_id = ?",
                idOf(NANNING_PUBLISHED_SEED).value());
        assertThat(titles(search.search("江西", 1))).containsExactly(NANNING_PUBLISHED_SEED);
        assertThat(titles(search.search("赣", 1))).containsExactly(NANNING_PUBLISHED_SEED);
        // a word in nearly every article: counted and shown up to the cap only
        SearchPage common = search.search("分公司", 1);
        assertThat(common.total()).isEqualTo(SearchService.MOST_SHOWN);
        assertThat(common.more()).isTrue();
        assertThat(common.pageCount()).isEqualTo(SearchService.MOST_SHOWN / SearchService.PAGE_SIZE);
        assertThat(search.search("分公司", common.pageCount() + 1).hits()).isEmpty();
    }

    /**
     * Live articles written straight into the tables, as a restored backup would have them: no transition, so
     * no search rows yet. Their text is like the newsroom's: sentences that recur everywhere, and names of
     * people, places and companies drawn from all common Han characters, the long tail that makes most words
     * of real text rare. Neither 赣 nor 江西 occurs.
     */
    private void insertLiveArticles(int count) {
        List<String> sentences = List.of("分公司召开季度工作会议", "全体员工参加安全生产培训", "客户服务中心开展满意度调查",
                "信息化建设项目顺利通过验收", "技术部门完成系统升级改造", "党支部组织主题学习活动", "公司领导走访重点客户",
                "市场部举办产品推介会", "财务部开展年度预算编制", "员工参加义务献血活动", "工会组织职工运动会",
                "办公楼完成消防设施检查", "数据中心机房扩容工程启动", "与高校签订人才培养合作协议", "参加行业协会年会并作交流发言",
                "开展网络安全应急演练", "推进数字化转型重点任务", "完成年度质量管理体系审核", "新能源汽车充电桩项目签约",
                "智慧园区平台上线试运行", "南宁", "柳州", "桂林", "北海", "百色", "梧州", "玉林", "钦州", "贺州", "河池");
        Random random = new Random(2026);
        transaction.executeWithoutResult(status -> {
            long author = db.fetchSingle("select id from staff_user where username = 'author.nanning'").get(0, Long.class);
            List<Long> ids = db.fetch("""
                    insert into article (office_code, author_id, state, live, working_revision_id,
                                         published_revision_id, first_published_at, updated_by)
                    select 'nanning', ?, 'PUBLISHED', true, 0, 0, now() - g * interval '1 hour', ?
                    from generate_series(1, ?) g
                    returning id""", author, author, count).getValues(0, Long.class);
            var revisions = db.batch("insert into article_revision (article_id, revision_no, title, summary, body, created_by)"
                    + " values (?, 1, ?, ?, ?::jsonb, ?)");
            for (long id : ids) {
                List<Block> body = IntStream.range(0, 3)
                        .<Block>mapToObj(p -> new Block.Paragraph(text(sentences, random, 6)))
                        .toList();
                revisions = revisions.bind(id, text(sentences, random, 2), text(sentences, random, 3),
                        new BodyConverter().to(body).data(), author);
            }
            revisions.execute();
            db.execute("""
                    update article a set working_revision_id = r.id, published_revision_id = r.id
                    from article_revision r where r.article_id = a.id and a.working_revision_id = 0""");
        });
    }

    /** Sentences, each with a name of two to four characters. */
    private static String text(List<String> sentences, Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(name(random)).append(sentences.get(random.nextInt(sentences.size())))
                    .append(i + 1 < count ? "，" : "。");
        }
        return text.toString();
    }

    private static String name(Random random) {
        StringBuilder name = new StringBuilder();
        int length = 2 + random.nextInt(3);
        while (name.length() < length) {
            char c = (char) ('\u4e00' + random.nextInt('\u9fa5' - '\u4e00'));
            if ("赣江西".indexOf(c) < 0) {
                name.append(c);
            }
        }
        return name.toString();
    }

    private ArticleId publish(ArticleDraft content) {
        Article draft = as("author.liuzhou", () -> articles.createDraft(content));
        Article submitted = as("author.liuzhou", () -> articles.submit(draft.id(), draft.version()));
        return as("editor.liuzhou", () -> review.approveAndPublish(draft.id(), submitted.version())).id();
    }

    /** Whether the article has a row in the search index (search results also check that it is live). */
    private boolean indexed(ArticleId id) {
        return db.fetchExists(db.selectOne().from("article_search").where("article_id = ?", id.value()));
    }

    private static List<String> titles(SearchPage page) {
        return page.hits().stream().map(hit -> hit.article().content().title()).toList();
    }

    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private static String plain(String html) {
        return TAG.matcher(html).replaceAll("").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
