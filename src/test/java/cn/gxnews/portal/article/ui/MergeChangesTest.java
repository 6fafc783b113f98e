package cn.gxnews.portal.article.ui;

import cn.gxnews.portal.AbstractDeskTest;
import cn.gxnews.portal.article.Article;
import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.ArticleService;
import cn.gxnews.portal.article.Block;
import cn.gxnews.portal.article.EditLockService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static cn.gxnews.portal.DemoTitles.LIUZHOU_DRAFT;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A writer whose text is older than the latest saved one (a stale save, or an autosave restored later) carries
 * over only what they changed: nobody else's changes are undone, and where both changed the same thing the
 * writer sees both and picks.
 */
class MergeChangesTest extends AbstractDeskTest {

    private static final List<String> SIX = List.of("第一段。", "第二段。", "第三段。", "第四段。", "第五段。", "第六段。");

    @Autowired
    private ArticleService articles;

    @Autowired
    private EditLockService locks;

    @Test
    void keeping_my_text_after_a_stale_save_keeps_the_title_another_tab_saved() {
        ArticleId id = idOf(LIUZHOU_DRAFT);
        login("author.liuzhou");
        open("article/" + id);
        Article opened = as("author.liuzhou", () -> articles.find(id));
        ArticleDraft original = opened.working().content();
        as("author.liuzhou", () -> articles.save(id, opened.version(),
                new ArticleDraft("另一个标签页改的标题", original.summary(), original.body())));

        _setValue(_get(TextArea.class, spec -> spec.withLabel("摘要")), "这个标签页写的摘要");
        _click(_get(Button.class, spec -> spec.withText("保存")));

        assertThat(notifications()).doesNotContain("已保存");
        _assertOne(H4.class, spec -> spec.withText("最新版本中别人的修改"));
        _assertOne(Paragraph.class, spec -> spec.withText("您的修改与别人的修改没有冲突，会自动并入最新版本。"));
        _click(_get(Button.class, spec -> spec.withText("保留我的内容，在最新版本上继续")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("标题")).getValue()).isEqualTo("另一个标签页改的标题");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("摘要")).getValue()).isEqualTo("这个标签页写的摘要");
        _click(_get(Button.class, spec -> spec.withText("保存")));

        assertThat(notifications()).contains("已保存");
        Article now = as("author.liuzhou", () -> articles.find(id));
        assertThat(now.working().content()).isEqualTo(
                new ArticleDraft("另一个标签页改的标题", "这个标签页写的摘要", original.body()));
        assertThat(now.version()).isEqualTo(opened.version() + 2);
    }

    @Test
    void a_field_both_changed_shows_both_versions_and_the_save_uses_my_pick() {
        ArticleId id = idOf(LIUZHOU_DRAFT);
        login("author.liuzhou");
        open("article/" + id);
        editorSaves(id, draft -> new ArticleDraft(draft.title(), "编辑写的摘要", draft.body()));

        _setValue(_get(TextArea.class, spec -> spec.withLabel("摘要")), "作者写的摘要");
        _click(_get(Button.class, spec -> spec.withText("保存")));

        _assertOne(Paragraph.class, spec -> spec.withClasses("merge-text").withText("作者写的摘要"));
        _assertOne(Paragraph.class, spec -> spec.withClasses("merge-text").withText("编辑写的摘要"));
        Button keepMine = _get(Button.class, spec -> spec.withText("保留我的内容，在最新版本上继续"));
        assertThat(keepMine.isEnabled()).isFalse();
        _assertOne(Paragraph.class, spec -> spec.withText("还有 1 处没有选择；全部选择后才能继续。"));
        assertThat(as("author.liuzhou", () -> articles.find(id)).working().content().summary()).isEqualTo("编辑写的摘要");

        choose("摘要", "保留我的版本");
        _click(keepMine);
        _click(_get(Button.class, spec -> spec.withText("保存")));

        assertThat(as("author.liuzhou", () -> articles.find(id)).working().content().summary()).isEqualTo("作者写的摘要");
    }

    @Test
    void a_block_both_changed_can_keep_the_latest_version_while_my_other_changes_carry_over() {
        ArticleId id = idOf(LIUZHOU_DRAFT);
        writeSixParagraphs(id);
        login("author.liuzhou");
        open("article/" + id);
        editorSaves(id, draft -> withBody(draft, SIX.stream().map(p -> p.equals("第三段。") ? "编辑改的第三段。" : p).toList()));

        List<TextArea> paragraphs = _find(TextArea.class, spec -> spec.withLabel("段落"));
        _setValue(paragraphs.get(2), "作者改的第三段。");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("摘要")), "作者写的摘要");
        _click(_get(Button.class, spec -> spec.withText("保存")));

        _assertOne(Paragraph.class, spec -> spec.withClasses("merge-text").withText("作者改的第三段。"));
        _assertOne(Paragraph.class, spec -> spec.withClasses("merge-text").withText("编辑改的第三段。"));
        choose("正文第 3 段", "保留最新版本");
        _click(_get(Button.class, spec -> spec.withText("保留我的内容，在最新版本上继续")));
        _click(_get(Button.class, spec -> spec.withText("保存")));

        ArticleDraft saved = as("author.liuzhou", () -> articles.find(id)).working().content();
        assertThat(saved.summary()).isEqualTo("作者写的摘要");
        assertThat(texts(saved)).containsExactly("第一段。", "第二段。", "编辑改的第三段。", "第四段。", "第五段。", "第六段。");
    }

    @Test
    void edits_to_different_blocks_and_insertions_on_both_sides_are_all_kept() {
        ArticleId id = idOf(LIUZHOU_DRAFT);
        writeSixParagraphs(id);
        login("author.liuzhou");
        open("article/" + id);
        editorSaves(id, draft -> {
            List<String> edited = new ArrayList<>(SIX);
            edited.set(4, "编辑改的第五段。");
            edited.add(3, "编辑加在第三段后。");
            return withBody(draft, edited);
        });

        _setValue(_find(TextArea.class, spec -> spec.withLabel("段落")).get(1), "作者改的第二段。");
        _click(_get(Button.class, spec -> spec.withText("段落")));
        _setValue(_find(TextArea.class, spec -> spec.withLabel("段落")).getLast(), "作者加在结尾。");
        _click(_get(Button.class, spec -> spec.withText("保存")));

        _assertOne(Paragraph.class, spec -> spec.withText("您的修改与别人的修改没有冲突，会自动并入最新版本。"));
        _assertNone(RadioButtonGroup.class);
        _click(_get(Button.class, spec -> spec.withText("保留我的内容，在最新版本上继续")));
        _click(_get(Button.class, spec -> spec.withText("保存")));

        assertThat(texts(as("author.liuzhou", () -> articles.find(id)).working().content())).containsExactly(
                "第一段。", "作者改的第二段。", "第三段。", "编辑加在第三段后。", "第四段。", "编辑改的第五段。", "第六段。",
                "作者加在结尾。");
    }

    @Test
    void taking_the_latest_version_drops_my_changes_only_when_i_ask() {
        ArticleId id = idOf(LIUZHOU_DRAFT);
        login("author.liuzhou");
        open("article/" + id);
        editorSaves(id, draft -> new ArticleDraft("编辑改的标题", draft.summary(), draft.body()));

        _setValue(_get(TextArea.class, spec -> spec.withLabel("摘要")), "作者写的摘要");
        _click(_get(Button.class, spec -> spec.withText("保存")));
        _click(_get(Button.class, spec -> spec.withText("载入最新版本（放弃我的修改）")));

        assertThat(_get(TextField.class, spec -> spec.withLabel("标题")).getValue()).isEqualTo("编辑改的标题");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("摘要")).getValue()).isEmpty();
    }

    @Test
    void an_autosave_restored_after_an_editor_saved_keeps_the_editors_new_paragraph() {
        ArticleId id = idOf(LIUZHOU_DRAFT);
        login("author.liuzhou");
        open("article/" + id);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("段落")), "作者离开前改写的第一段。");
        open("articles");
        editorSaves(id, draft -> withBody(draft, List.of(draft.body().getFirst().text(), "编辑补充的一段。")));

        open("article/" + id);
        _click(_get(Button.class, spec -> spec.withText("恢复这些内容")));

        _assertOne(Paragraph.class, spec -> spec.withPredicate(p -> p.getText().startsWith("这些内容是在第 1 版上自动保存的")));
        _click(_get(Button.class, spec -> spec.withText("保留我的内容，在最新版本上继续")));
        assertThat(_find(TextArea.class, spec -> spec.withLabel("段落"))).extracting(TextArea::getValue)
                .containsExactly("作者离开前改写的第一段。", "编辑补充的一段。");
        _click(_get(Button.class, spec -> spec.withText("保存")));

        assertThat(notifications()).contains("已保存");
        assertThat(texts(as("author.liuzhou", () -> articles.find(id)).working().content()))
                .containsExactly("作者离开前改写的第一段。", "编辑补充的一段。");
    }

    @Test
    void an_autosave_that_collides_with_the_latest_version_shows_the_conflict_before_anything_is_restored() {
        ArticleId id = idOf(LIUZHOU_DRAFT);
        login("author.liuzhou");
        open("article/" + id);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("段落")), "作者离开前改写的第一段。");
        open("articles");
        editorSaves(id, draft -> withBody(draft, List.of("编辑改写的第一段。")));

        open("article/" + id);
        _click(_get(Button.class, spec -> spec.withText("恢复这些内容")));

        _assertOne(Paragraph.class, spec -> spec.withClasses("merge-text").withText("作者离开前改写的第一段。"));
        _assertOne(Paragraph.class, spec -> spec.withClasses("merge-text").withText("编辑改写的第一段。"));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("段落")).getValue()).isEqualTo("编辑改写的第一段。");
        choose("正文第 1 段", "保留我的版本");
        _click(_get(Button.class, spec -> spec.withText("保留我的内容，在最新版本上继续")));
        _click(_get(Button.class, spec -> spec.withText("保存")));

        assertThat(texts(as("author.liuzhou", () -> articles.find(id)).working().content()))
                .containsExactly("作者离开前改写的第一段。");
    }

    /** Picks one version for a place both sides changed, by the labels the writer reads. */
    @SuppressWarnings("unchecked")
    static void choose(String place, String option) {
        RadioButtonGroup<Object> group = _get(RadioButtonGroup.class, spec -> spec.withLabel(place));
        Object item = group.getListDataView().getItems()
                .filter(candidate -> option.equals(group.getItemLabelGenerator().apply(candidate)))
                .findFirst().orElseThrow(() -> new AssertionError("no option " + option + " for " + place));
        _setValue(group, item);
    }

    /** An editor takes the lock, saves a change on top of the latest version and lets go again. */
    private void editorSaves(ArticleId id, UnaryOperator<ArticleDraft> change) {
        as("editor.liuzhou", () -> {
            locks.takeOver(id);
            Article latest = articles.find(id);
            Article saved = articles.save(id, latest.version(), change.apply(latest.working().content()));
            locks.release(id);
            return saved;
        });
    }

    private void writeSixParagraphs(ArticleId id) {
        as("author.liuzhou", () -> {
            Article draft = articles.find(id);
            return articles.save(id, draft.version(), withBody(draft.working().content(), SIX));
        });
    }

    private static ArticleDraft withBody(ArticleDraft draft, List<String> paragraphs) {
        return new ArticleDraft(draft.title(), draft.summary(), paragraphs.stream().map(Block.Paragraph::new)
                .map(Block.class::cast).toList(), draft.coverSha256());
    }

    private static List<String> texts(ArticleDraft draft) {
        return draft.body().stream().map(Block::text).toList();
    }
}
