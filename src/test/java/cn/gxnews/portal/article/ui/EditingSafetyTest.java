package cn.gxnews.portal.article.ui;

import cn.gxnews.portal.AbstractDeskTest;
import cn.gxnews.portal.article.Article;
import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.ArticleService;
import cn.gxnews.portal.article.ArticleState;
import cn.gxnews.portal.article.EditLockService;
import cn.gxnews.portal.article.SensitiveWordService;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static cn.gxnews.portal.DemoTitles.LIUZHOU_DRAFT;
import static cn.gxnews.portal.DemoTitles.LIUZHOU_IN_REVIEW;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The editor keeps the writer's work safe: edit locks, autosave, sensitive-word hints, withdrawing. */
class EditingSafetyTest extends AbstractDeskTest {

    @Autowired
    private ArticleService articles;

    @Autowired
    private EditLockService locks;

    @Autowired
    private SensitiveWordService sensitiveWords;

    @Test
    void others_see_who_is_editing_and_an_editor_takes_over() {
        ArticleId id = idOf(LIUZHOU_DRAFT);
        as("author.liuzhou", () -> locks.acquire(id));
        login("editor.liuzhou");
        open("article/" + id);

        _assertOne(Paragraph.class, spec -> spec.withPredicate(p -> p.getText().startsWith("韦强（柳州撰稿） 自 ")
                && p.getText().contains("正在编辑这篇稿件")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("标题")).isReadOnly()).isTrue();
        _assertNone(Button.class, spec -> spec.withText("保存"));

        _click(_get(Button.class, spec -> spec.withText("接管编辑")));

        assertThat(_get(TextField.class, spec -> spec.withLabel("标题")).isReadOnly()).isFalse();
        assertThat(as("author.liuzhou", () -> locks.heartbeat(id))).isFalse();
    }

    @Test
    void a_writer_whose_lock_was_taken_over_keeps_their_text_but_stops_editing() {
        ArticleId id = idOf(LIUZHOU_DRAFT);
        login("author.liuzhou");
        open("article/" + id);
        TextArea body = _get(TextArea.class, spec -> spec.withLabel("段落"));
        _setValue(body, "作者正在写的内容");
        as("editor.liuzhou", () -> {
            locks.takeOver(id);
            return null;
        });

        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        assertThat(body.isReadOnly()).isTrue();
        assertThat(body.getValue()).isEqualTo("作者正在写的内容");
        _assertOne(Paragraph.class, spec -> spec.withPredicate(p -> p.getText().startsWith("覃芳（柳州编辑） 自 ")));
    }

    @Test
    void text_typed_but_not_saved_is_autosaved_and_offered_back_when_the_article_is_opened_again() {
        ArticleId id = idOf(LIUZHOU_DRAFT);
        login("author.liuzhou");
        open("article/" + id);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("摘要")), "关上标签页前写的摘要");
        assertThat(_get(Span.class, spec -> spec.withClasses("autosave-status")).getText()).startsWith("已自动保存");

        open("articles");
        open("article/" + id);
        assertThat(_get(TextArea.class, spec -> spec.withLabel("摘要")).getValue()).isEmpty();
        _click(_get(Button.class, spec -> spec.withText("恢复这些内容")));

        assertThat(_get(TextArea.class, spec -> spec.withLabel("摘要")).getValue()).isEqualTo("关上标签页前写的摘要");
    }

    @Test
    void the_first_words_of_a_new_article_already_make_it_a_draft() {
        login("author.liuzhou");
        open("article/new");

        _setValue(_get(TextField.class, spec -> spec.withLabel("标题")), "刚开始写的稿件");

        assertThat(as("author.liuzhou", () -> articles.find(idOf("刚开始写的稿件"))).state()).isEqualTo(ArticleState.DRAFT);
    }

    @Test
    void a_sensitive_word_blocks_submission_and_is_shown_in_its_context() {
        as("admin", () -> sensitiveWords.add("内部资料"));
        Article draft = as("author.liuzhou", () -> articles.createDraft(ArticleDraft.of("年度计划",
                "公开摘要", List.of("这份内部资料请勿外传。"))));
        login("author.liuzhou");
        open("article/" + draft.id());

        _click(_get(Button.class, spec -> spec.withText("提交审核")));

        _assertOne(Span.class, spec -> spec.withClasses("sensitive-word").withText("内部资料"));
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("sensitive-hit")).getFirst().getElement().getTextRecursively())
                .isEqualTo("正文：…这份内部资料请勿外传。…");
        assertThat(as("author.liuzhou", () -> articles.find(draft.id())).state()).isEqualTo(ArticleState.DRAFT);
    }

    @Test
    void the_author_withdraws_an_article_from_review() {
        ArticleId id = idOf(LIUZHOU_IN_REVIEW);
        login("author.liuzhou");
        open("article/" + id);

        _click(_get(Button.class, spec -> spec.withText("撤回")));

        assertThat(as("author.liuzhou", () -> articles.find(id)).state()).isEqualTo(ArticleState.DRAFT);
        assertThat(_get(TextField.class, spec -> spec.withLabel("标题")).isReadOnly()).isFalse();
        _assertOne(Button.class, spec -> spec.withText("提交审核"));
    }
}
