package cn.gxnews.portal.article;

import cn.gxnews.portal.AbstractIntegrationTest;
import cn.gxnews.portal.article.StandardWording.Severity;
import cn.gxnews.portal.article.StandardWordingImportException.RowProblem;
import cn.gxnews.portal.article.StandardWordingService.Hit;
import cn.gxnews.portal.article.StandardWordingService.Part;
import cn.gxnews.portal.editorial.ReviewService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.StringWriter;
import java.util.List;

import static cn.gxnews.portal.DemoTitles.LIUZHOU_IN_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The standard-wording list (规范用语): the starting list, finding wrong forms in an article with their context,
 * replacing one, refusing submission and approval while a "block" pair is present, and the CSV import and export.
 */
class StandardWordingTest extends AbstractIntegrationTest {

    @Autowired
    private StandardWordingService wording;

    @Autowired
    private ArticleService articles;

    @Autowired
    private ReviewService review;

    @Test
    void the_portal_ships_the_official_name_of_guangxi_as_a_blocking_pair() {
        assertThat(as("admin", () -> wording.list()))
                .contains(new StandardWording("广西自治区", "广西壮族自治区", "自治区全称须含“壮族”", Severity.BLOCK),
                        new StandardWording("广西省", "广西壮族自治区", "广西是自治区，不是省", Severity.BLOCK));
    }

    @Test
    void every_wrong_form_is_found_in_title_summary_and_body_with_its_context_and_replaced_in_one_step() {
        ArticleDraft text = new ArticleDraft("广西省政府召开会议", "与会者谈到柳州螺丝粉产业",
                List.of(new Block.Paragraph("会议在南宁举行。广西自治区各地代表参加。"),
                        new Block.Photo(null, "中国东盟博览会现场", "", "会场")));

        List<Hit> hits = as("author.liuzhou", () -> wording.findIn(text));

        assertThat(hits).extracting(hit -> hit.pair().wrong(), Hit::part, Hit::block, Hit::before, Hit::after)
                .containsExactly(
                        tuple("广西省政府", Part.TITLE, -1, "", "召开会议"),
                        tuple("柳州螺丝粉", Part.SUMMARY, -1, "与会者谈到", "产业"),
                        tuple("广西自治区", Part.TEXT, 0, "会议在南宁举行。", "各地代表参加。"),
                        tuple("中国东盟博览会", Part.CAPTION, 1, "", "现场"));
        ArticleDraft fixed = hits.get(2).fix(text);
        assertThat(fixed.body().getFirst()).isEqualTo(new Block.Paragraph("会议在南宁举行。广西壮族自治区各地代表参加。"));
        assertThat(hits.get(2).fix(fixed)).as("the place no longer holds it").isEqualTo(fixed);
        assertThat(hits.get(3).fix(text).body().get(1))
                .isEqualTo(new Block.Photo(null, "中国—东盟博览会现场", "", "会场"));
    }

    @Test
    void submission_is_refused_while_a_blocking_pair_is_present_and_names_it_but_a_warning_does_not_stop_it() {
        Article draft = as("author.liuzhou", () -> articles.createDraft(ArticleDraft.of("广西省举办螺蛳粉节",
                "柳州螺丝粉节开幕", List.of("节会在柳州举行。"))));

        assertThatThrownBy(() -> as("author.liuzhou", () -> articles.submit(draft.id(), draft.version())))
                .isInstanceOfSatisfying(DraftIncompleteException.class, e -> {
                    assertThat(e.problems()).containsExactly(DraftProblem.STANDARD_WORDING);
                    assertThat(e.blockedWordingText()).isEqualTo("广西省→广西壮族自治区");
                });

        Article fixed = as("author.liuzhou", () -> articles.save(draft.id(), draft.version(),
                ArticleDraft.of("广西壮族自治区举办螺蛳粉节", "柳州螺丝粉节开幕", List.of("节会在柳州举行。"))));
        assertThat(as("author.liuzhou", () -> articles.submit(fixed.id(), fixed.version())).state())
                .isEqualTo(ArticleState.IN_REVIEW);
    }

    @Test
    void a_pair_added_later_is_seen_at_the_next_check_and_stops_approval() {
        ArticleId id = idOf(LIUZHOU_IN_REVIEW);
        int version = as("editor.all", () -> articles.find(id)).version();
        String wrongForm = as("editor.all", () -> articles.find(id)).working().content().title().substring(0, 2);
        as("editor.all", () -> wording.findIn(ArticleDraft.of("x", "y", List.of("z"))));

        as("admin", () -> {
            wording.save(new StandardWording(wrongForm, wrongForm + "（规范）", "", Severity.BLOCK));
            return null;
        });

        assertThatThrownBy(() -> as("editor.all", () -> review.approveAndPublish(id, version)))
                .isInstanceOfSatisfying(DraftIncompleteException.class, e ->
                        assertThat(e.problems()).containsExactly(DraftProblem.STANDARD_WORDING));
        as("admin", () -> {
            wording.remove(wrongForm);
            return null;
        });
        assertThat(as("editor.all", () -> review.approveAndPublish(id, version)).state())
                .isEqualTo(ArticleState.PUBLISHED);
    }

    @Test
    void an_exported_list_imports_back_unchanged_and_an_edited_file_adds_and_changes_pairs() throws Exception {
        List<StandardWording> before = as("admin", () -> wording.list());
        StringWriter out = new StringWriter();
        as("admin", () -> {
            try {
                wording.export(out, key -> key);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });

        assertThat(as("admin", () -> wording.importCsv(out.toString()))).isZero();
        assertThat(as("admin", () -> wording.list())).isEqualTo(before);

        String edited = out.toString().replace("\"僮族\",\"壮族\",\"1965年起统一写作“壮族”\",\"BLOCK\"",
                "\"僮族\",\"壮族\",\"\",\"WARN\"") + "\"桂林山水甲天下\",\"桂林山水\",\"\",\"warn\"\r\n";
        assertThat(as("admin", () -> wording.importCsv(edited))).isEqualTo(2);
        assertThat(as("admin", () -> wording.list()))
                .contains(new StandardWording("桂林山水甲天下", "桂林山水", "", Severity.WARN),
                        new StandardWording("僮族", "壮族", "", Severity.WARN))
                .hasSize(before.size() + 1);
    }

    @Test
    void a_file_with_wrong_rows_imports_nothing_and_names_every_wrong_row_and_why() {
        List<StandardWording> before = as("admin", () -> wording.list());
        String csv = """
                wrong,right,note,severity
                南宁市政,南宁市人民政府,,WARN
                广西省,广西省,,BLOCK
                柳州,柳州市,,SOMETIMES
                只有两列,缺少
                南宁市政,南宁市,,WARN
                ,缺错误写法,,WARN
                """;

        assertThatThrownBy(() -> as("admin", () -> wording.importCsv(csv)))
                .isInstanceOfSatisfying(StandardWordingImportException.class, e ->
                        assertThat(e.rows()).extracting(RowProblem::line, RowProblem::messageKey).containsExactly(
                                tuple(3, "error.wording.same"),
                                tuple(4, "error.wording.import.severity"),
                                tuple(5, "error.wording.import.columns"),
                                tuple(6, "error.wording.import.duplicate"),
                                tuple(7, "error.wording.wrongMissing")));
        assertThat(as("admin", () -> wording.list())).isEqualTo(before);
    }
}
