package cn.gxnews.portal.article.ui;

import cn.gxnews.portal.AbstractDeskTest;
import cn.gxnews.portal.article.ArticleService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static cn.gxnews.portal.DemoTitles.LIUZHOU_DRAFT;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text pasted from another program may carry invisible control characters, which the portal does not store: the
 * writer is told which field holds one, and keeps everything they typed.
 */
class InvisibleCharactersTest extends AbstractDeskTest {

    @Autowired
    private ArticleService articles;

    @Test
    void saving_a_title_with_a_control_character_marks_the_title_and_keeps_the_text() {
        login("author.liuzhou");
        open("article/new");
        TextField title = _get(TextField.class, spec -> spec.withLabel("标题"));
        _setValue(title, "柳州分公司\u0008开展消防演练");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("摘要")), "全体员工参加。");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("段落")), "演练\u001B开始。");

        _click(_get(Button.class, spec -> spec.withText("保存")));

        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).startsWith("标题里有看不见的控制字符");
        Span bodyProblem = _get(Span.class, spec -> spec.withClasses("block-editor-problem"));
        assertThat(bodyProblem.isVisible()).isTrue();
        assertThat(bodyProblem.getText()).startsWith("正文（段落、图片说明、替代文字或摄影）里有看不见的控制字符");
        assertThat(notifications()).anyMatch(text -> text.contains("请修改标出的 2 处问题"));
        assertThat(title.getValue()).isEqualTo("柳州分公司\u0008开展消防演练");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("段落")).getValue()).isEqualTo("演练\u001B开始。");
        assertThat(db.fetchCount(org.jooq.impl.DSL.table("article_revision"),
                org.jooq.impl.DSL.field("title").like("柳州分公司%开展消防演练"))).isZero();
    }

    @Test
    void a_comment_with_a_control_character_is_refused_on_its_field_and_kept() {
        login("author.liuzhou");
        open("article/" + idOf(LIUZHOU_DRAFT));
        TextArea comment = _get(TextArea.class, spec -> spec.withLabel("新评论"));
        _setValue(comment, "日期\u0007对吗？");

        _click(_get(Button.class, spec -> spec.withText("发表评论")));

        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).startsWith("“评论”的第 3 个字符是看不见的控制字符（U+0007）");
        assertThat(comment.getValue()).isEqualTo("日期\u0007对吗？");
    }

    @Test
    void an_autosave_of_a_nul_says_why_it_did_not_autosave_instead_of_failing() {
        login("author.liuzhou");
        open("article/" + idOf(LIUZHOU_DRAFT));
        TextField title = _get(TextField.class, spec -> spec.withLabel("标题"));

        _setValue(title, LIUZHOU_DRAFT + "\u0000");

        assertThat(_get(Span.class, spec -> spec.withClasses("autosave-status")).getText())
                .isEqualTo("未能自动保存：标题里有看不见的控制字符（常随从其他软件复制的文字而来），请删除后再保存");
        assertThat(title.getValue()).isEqualTo(LIUZHOU_DRAFT + "\u0000");
        assertThat(as("author.liuzhou", () -> articles.findAutosave(idOf(LIUZHOU_DRAFT)))).isEmpty();
    }
}
