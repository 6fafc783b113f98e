package cn.gxnews.portal.article;

import cn.gxnews.portal.base.TextLengthRefusedException;
import cn.gxnews.portal.AbstractIntegrationTest;
import cn.gxnews.portal.base.NotAllowedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static cn.gxnews.portal.DemoTitles.LIUZHOU_IN_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Comment threads belong to the article's author and the editors of its office, and nobody else. */
class CommentServiceTest extends AbstractIntegrationTest {

    @Autowired
    private CommentService comments;

    @Test
    void the_author_and_the_editor_talk_in_a_thread_and_the_editor_resolves_it() {
        ArticleId id = idOf(LIUZHOU_IN_REVIEW);

        Comment question = as("editor.liuzhou", () -> comments.add(id, null, "展会是哪一天？"));
        Comment answer = as("author.liuzhou", () -> comments.add(id, question.id(), "11月12日。"));
        as("editor.liuzhou", () -> {
            comments.setResolved(id, question.id(), true);
            return null;
        });

        assertThat(as("author.liuzhou", () -> comments.comments(id)))
                .extracting(Comment::body, Comment::parentId, Comment::authorName, Comment::resolvedByName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("展会是哪一天？", null, "覃芳（柳州编辑）", "覃芳（柳州编辑）"),
                        org.assertj.core.groups.Tuple.tuple("11月12日。", question.id(), "韦强（柳州撰稿）", null));
        assertThat(answer.resolved()).isFalse();
    }

    @Test
    void another_office_can_neither_read_nor_write_the_comments() {
        ArticleId id = idOf(LIUZHOU_IN_REVIEW);
        Comment question = as("editor.liuzhou", () -> comments.add(id, null, "请核对数据"));

        assertThatThrownBy(() -> as("editor.guilin", () -> comments.comments(id))).isInstanceOf(ArticleNotFoundException.class);
        assertThatThrownBy(() -> as("author.guilin", () -> comments.add(id, null, "我也来评论")))
                .isInstanceOf(ArticleNotFoundException.class);
        assertThatThrownBy(() -> as("editor.guilin", () -> {
            comments.setResolved(id, question.id(), true);
            return null;
        })).isInstanceOf(ArticleNotFoundException.class);
    }

    @Test
    void an_author_cannot_resolve_an_editors_comment_and_empty_comments_are_refused() {
        ArticleId id = idOf(LIUZHOU_IN_REVIEW);
        Comment question = as("editor.liuzhou", () -> comments.add(id, null, "请核对数据"));

        assertThatThrownBy(() -> as("author.liuzhou", () -> {
            comments.setResolved(id, question.id(), true);
            return null;
        })).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> as("author.liuzhou", () -> comments.add(id, null, "   ")))
                .isInstanceOf(TextLengthRefusedException.class);
    }
}
