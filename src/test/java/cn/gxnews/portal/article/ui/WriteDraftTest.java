package cn.gxnews.portal.article.ui;

import cn.gxnews.portal.AbstractDeskTest;
import cn.gxnews.portal.TestPhotos;
import cn.gxnews.portal.article.Article;
import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.ArticleService;
import cn.gxnews.portal.article.Block;
import cn.gxnews.portal.article.ArticleState;
import cn.gxnews.portal.article.EditLockService;
import cn.gxnews.portal.base.Translations;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.awt.Color;
import java.util.List;

import static cn.gxnews.portal.DemoTitles.GUILIN_CHANGES_REQUESTED;
import static cn.gxnews.portal.DemoTitles.LIUZHOU_DRAFT;
import static cn.gxnews.portal.DemoTitles.LIUZHOU_IN_REVIEW;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An author writes a draft in the desk, saves it, and submits it for review. */
class WriteDraftTest extends AbstractDeskTest {

    @Autowired
    private ArticleService articles;

    @Autowired
    private EditLockService locks;

    @Test
    void a_new_article_offers_a_paragraph_to_write_in_before_anything_is_typed() {
        login("author.liuzhou");
        open("article/new");

        _assertOne(TextArea.class, spec -> spec.withLabel("段落"));
        _setValue(_get(TextField.class, spec -> spec.withLabel("标题")), "柳州分公司开展消防演练");
        _assertOne(TextArea.class, spec -> spec.withLabel("段落"));
    }

    @Test
    void an_author_writes_saves_and_submits_a_draft() {
        login("author.liuzhou");
        open("articles");
        _click(_get(Button.class, spec -> spec.withText("新建稿件")));

        _setValue(_get(TextField.class, spec -> spec.withLabel("标题")), "柳州分公司开展消防演练");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("摘要")), "全体员工参加消防演练。");
        _click(_get(Button.class, spec -> spec.withText("粘贴导入…")));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("粘贴文章文字")),
                "11月26日，柳州分公司开展消防安全演练。\n\n▲演练现场\n员工有序撤离。");
        _click(_get(Button.class, spec -> spec.withText("导入")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("替代文字")), "员工在楼前空地集合");
        _click(_get(Button.class, spec -> spec.withText("保存")));
        assertThat(notifications()).contains("已保存");

        // the imported caption still waits for its photo
        _click(_get(Button.class, spec -> spec.withText("提交审核")));
        _assertOne(Span.class, spec -> spec.withText("还有照片没有选择图片"));
        assertThat(as("author.liuzhou", () -> articles.find(idOf("柳州分公司开展消防演练"))).state())
                .isEqualTo(ArticleState.DRAFT);

        _click(_get(Button.class, spec -> spec.withText("选择照片…")));
        UploadKt._upload(_get(Upload.class), "演练.jpg", "image/jpeg", TestPhotos.jpeg(900, 600, Color.RED));
        MockVaadin.clientRoundtrip(false);
        _click(_get(Button.class, spec -> spec.withText("保存")));
        _click(_get(Button.class, spec -> spec.withText("提交审核")));
        assertThat(notifications()).contains("已提交审核");
        assertThat(_get(Span.class, spec -> spec.withClasses("article-status")).getText()).startsWith("审核中");
        _assertNone(Button.class, spec -> spec.withText("保存"));

        Article saved = as("author.liuzhou", () -> articles.find(idOf("柳州分公司开展消防演练")));
        assertThat(saved.state()).isEqualTo(ArticleState.IN_REVIEW);
        List<Block> body = saved.working().content().body();
        assertThat(body).hasSize(3);
        assertThat(body.get(0)).isEqualTo(new Block.Paragraph("11月26日，柳州分公司开展消防安全演练。"));
        assertThat(body.get(1)).isInstanceOfSatisfying(Block.Photo.class, photo -> {
            assertThat(photo.mediaSha256()).hasSize(64);
            assertThat(photo.withImage(null)).isEqualTo(new Block.Photo(null, "演练现场", "", "员工在楼前空地集合"));
        });
        assertThat(body.get(2)).isEqualTo(new Block.Paragraph("员工有序撤离。"));

        open("articles");
        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(4);
        assertThat(GridKt._getFormatted(grid, 0, "title")).isEqualTo("柳州分公司开展消防演练");
        assertThat(GridKt._getFormatted(grid, 0, "state")).isEqualTo("审核中");
    }

    @Test
    void my_articles_lists_only_what_the_author_wrote_and_opens_it() {
        login("author.liuzhou");
        open("articles");

        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(3);
        int draftRow = rowWithTitle(grid, LIUZHOU_DRAFT);
        clickRow(grid, draftRow);

        assertThat(currentView()).isEqualTo(ArticleEditorView.class);
        assertThat(_get(TextField.class, spec -> spec.withLabel("标题")).getValue()).isEqualTo(LIUZHOU_DRAFT);
    }

    @Test
    void submitting_an_incomplete_draft_marks_what_is_missing_and_keeps_the_text() {
        login("author.liuzhou");
        open("article/new");
        _setValue(_get(TextField.class, spec -> spec.withLabel("标题")), "只有标题的稿件");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("段落")), "正文第一段。");

        _click(_get(Button.class, spec -> spec.withText("提交审核")));

        TextArea summary = _get(TextArea.class, spec -> spec.withLabel("摘要"));
        assertThat(summary.isInvalid()).isTrue();
        assertThat(summary.getErrorMessage()).isEqualTo("请填写摘要");
        assertThat(notifications()).anyMatch(text -> text.contains("稿件还不能提交"));
        assertThat(_get(TextField.class, spec -> spec.withLabel("标题")).getValue()).isEqualTo("只有标题的稿件");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("段落")).getValue()).isEqualTo("正文第一段。");
        assertThat(as("author.liuzhou", () -> articles.find(idOf("只有标题的稿件"))).state())
                .isEqualTo(ArticleState.DRAFT);
    }

    @Test
    void submitting_an_empty_new_article_creates_no_draft_and_says_what_is_missing() {
        login("author.liuzhou");
        int before = as("author.liuzhou", () -> articles.countMine());
        open("article/new");

        _click(_get(Button.class, spec -> spec.withText("提交审核")));

        assertThat(notifications()).doesNotContain("已保存").contains("稿件还不能提交，请修改标出的 3 处问题。");
        TextField title = _get(TextField.class, spec -> spec.withLabel("标题"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("请填写标题");
        _assertOne(Span.class, spec -> spec.withClasses("block-editor-problem").withText("正文不能为空"));
        assertThat(as("author.liuzhou", () -> articles.countMine())).isEqualTo(before);
        open("articles");
        assertThat(GridKt._size(_get(Grid.class))).isEqualTo(before);
    }

    @Test
    void saving_an_empty_new_article_creates_no_draft_and_says_why() {
        login("author.liuzhou");
        int before = as("author.liuzhou", () -> articles.countMine());
        open("article/new");

        _click(_get(Button.class, spec -> spec.withText("保存")));

        assertThat(notifications()).doesNotContain("已保存").contains("稿件还是空的，没有保存。请先填写标题或正文。");
        assertThat(as("author.liuzhou", () -> articles.countMine())).isEqualTo(before);
    }

    @Test
    void a_refused_submission_of_changed_text_never_says_it_saved_and_writes_nothing() {
        ArticleId id = idOf(LIUZHOU_DRAFT);
        Article opened = as("author.liuzhou", () -> articles.find(id));
        login("author.liuzhou");
        open("article/" + id);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("段落")), "改过的正文，还没有摘要。");

        _click(_get(Button.class, spec -> spec.withText("提交审核")));

        assertThat(notifications()).doesNotContain("已保存").contains("稿件还不能提交，请修改标出的 1 处问题。");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("摘要")).getErrorMessage()).isEqualTo("请填写摘要");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("段落")).getValue()).isEqualTo("改过的正文，还没有摘要。");
        Article now = as("author.liuzhou", () -> articles.find(id));
        assertThat(now.version()).isEqualTo(opened.version());
        assertThat(now.state()).isEqualTo(ArticleState.DRAFT);
    }

    @Test
    void submitting_changed_text_saves_and_submits_it_in_one_step() {
        ArticleId id = idOf(LIUZHOU_DRAFT);
        login("author.liuzhou");
        open("article/" + id);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("摘要")), "新员工参加入职培训。");

        _click(_get(Button.class, spec -> spec.withText("提交审核")));

        assertThat(notifications()).containsExactly("已提交审核");
        Article now = as("author.liuzhou", () -> articles.find(id));
        assertThat(now.state()).isEqualTo(ArticleState.IN_REVIEW);
        assertThat(now.working().content().summary()).isEqualTo("新员工参加入职培训。");
    }

    @Test
    void a_stale_save_offers_to_carry_the_typed_text_over_and_loses_nothing() {
        ArticleId id = idOf(LIUZHOU_DRAFT);
        login("author.liuzhou");
        open("article/" + id);
        Article opened = as("editor.liuzhou", () -> articles.find(id));
        as("editor.liuzhou", () -> {
            locks.takeOver(id);
            Article saved = articles.save(id, opened.version(), ArticleDraft.of("编辑先改了标题", "", List.of("编辑的正文")));
            locks.release(id);
            return saved;
        });

        TextArea body = _get(TextArea.class, spec -> spec.withLabel("段落"));
        _setValue(body, "作者新写的一段话，不能丢。");
        _click(_get(Button.class, spec -> spec.withText("保存")));

        _assertOne(Paragraph.class, spec -> spec.withText(
                "覃芳（柳州编辑） 在 " + Translations.formatDateTime(as("author.liuzhou", () -> articles.find(id)).updatedAt())
                        + " 保存了新版本，您的内容没有覆盖它，也没有丢失。"));
        assertThat(body.getValue()).isEqualTo("作者新写的一段话，不能丢。");
        MergeChangesTest.choose("正文第 1 段", "保留我的版本");
        _click(_get(Button.class, spec -> spec.withText("保留我的内容，在最新版本上继续")));
        body = _get(TextArea.class, spec -> spec.withLabel("段落"));
        assertThat(body.getValue()).isEqualTo("作者新写的一段话，不能丢。");

        _click(_get(Button.class, spec -> spec.withText("保存")));

        Article now = as("author.liuzhou", () -> articles.find(id));
        assertThat(now.working().content().body()).containsExactly(new Block.Paragraph("作者新写的一段话，不能丢。"));
        assertThat(now.working().content().title()).isEqualTo("编辑先改了标题");
        assertThat(now.version()).isEqualTo(opened.version() + 2);
    }

    @Test
    void the_author_reads_why_the_article_was_sent_back() {
        login("author.guilin");
        open("article/" + idOf(GUILIN_CHANGES_REQUESTED));

        _assertOne(Paragraph.class, spec -> spec.withText("请补充活动的时间、地点和参加人数，并配一张现场照片。"));
        assertThat(_get(Span.class, spec -> spec.withClasses("article-status")).getText()).startsWith("需修改");
        _assertOne(Button.class, spec -> spec.withText("提交审核"));
    }

    @Test
    void an_article_in_review_is_read_only_for_its_author() {
        login("author.liuzhou");
        open("article/" + idOf(LIUZHOU_IN_REVIEW));

        assertThat(_get(TextField.class, spec -> spec.withLabel("标题")).isReadOnly()).isTrue();
        _assertNone(Button.class, spec -> spec.withText("保存"));
        _assertNone(Button.class, spec -> spec.withText("提交审核"));
    }

    @Test
    void an_author_of_another_office_is_told_the_article_is_not_there() {
        ArticleId liuzhou = idOf(LIUZHOU_DRAFT);
        login("author.nanning");
        open("article/" + liuzhou);

        _assertOne(H2.class, spec -> spec.withText("找不到稿件 " + liuzhou + "，或您无权查看。"));
        _assertNone(TextField.class);
    }

    @Test
    void an_administrator_cannot_open_the_writing_views() {
        login("admin");

        assertThatThrownBy(() -> open("articles")).hasMessageContaining("Access is denied");
        assertThatThrownBy(() -> open("article/new")).hasMessageContaining("Access is denied");
    }

    private static int rowWithTitle(Grid<?> grid, String title) {
        for (int row = 0; row < GridKt._size(grid); row++) {
            if (GridKt._getFormatted(grid, row, "title").equals(title)) {
                return row;
            }
        }
        throw new AssertionError("no row titled " + title);
    }
}
