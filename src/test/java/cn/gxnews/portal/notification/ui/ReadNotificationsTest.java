package cn.gxnews.portal.notification.ui;

import cn.gxnews.portal.AbstractDeskTest;
import cn.gxnews.portal.article.Article;
import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.ArticleService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The bell shows how many notifications are unread; opening one goes to the article and marks it read. */
class ReadNotificationsTest extends AbstractDeskTest {

    @Autowired
    private ArticleService articles;

    @Test
    void an_editor_sees_a_submission_in_the_bell_and_opens_it_on_the_review_screen() {
        Article draft = as("author.liuzhou", () -> articles.createDraft(
                ArticleDraft.of("柳州分公司新闻一则", "摘要", List.of("正文。"))));
        as("author.liuzhou", () -> articles.submit(draft.id(), draft.version()));
        db.execute("update notification set read_at = now() where event_id not in "
                + "(select id from workflow_event where article_id = ?)", draft.id().value());
        login("editor.liuzhou");
        open("review");

        Button bell = _get(Button.class, spec -> spec.withClasses("desk-bell"));
        assertThat(bell.getText()).isEqualTo("1");
        _click(bell);
        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._getFormatted(grid, 0, "what")).isEqualTo("韦强（柳州撰稿） 提交了《柳州分公司新闻一则》，等待审核");
        assertThat(GridKt._getFormatted(grid, 0, "status")).isEqualTo("未读");

        clickRow(grid, 0);

        assertThat(currentView().getSimpleName()).isEqualTo("ReviewView");
        assertThat(_get(Button.class, spec -> spec.withClasses("desk-bell")).getText()).isEmpty();
    }

    @Test
    void the_author_marks_everything_read_at_once() {
        login("author.guilin");
        open("notifications");
        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isPositive();

        _click(_get(Button.class, spec -> spec.withText("全部标为已读")));

        for (int row = 0; row < GridKt._size(grid); row++) {
            assertThat(GridKt._getFormatted(grid, row, "status")).isEmpty();
        }
    }
}
