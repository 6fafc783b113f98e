package cn.gxnews.portal.article.ui;

import cn.gxnews.portal.AbstractDeskTest;
import cn.gxnews.portal.article.Article;
import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.ArticleService;
import cn.gxnews.portal.article.EditLockService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static cn.gxnews.portal.DemoTitles.LIUZHOU_DRAFT;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor holds the article's edit lock only while it is on screen: its heartbeat starts when the editor
 * shows and stops when the writer moves on, and the lock is let go at once rather than when it expires.
 */
class EditLockTest extends AbstractDeskTest {

    @Autowired
    private ArticleService articles;

    @Autowired
    private EditLockService locks;

    @Test
    void leaving_the_editor_stops_the_heartbeat_and_lets_the_lock_go() {
        ArticleId id = idOf(LIUZHOU_DRAFT);
        login("author.liuzhou");
        open("article/" + id);
        assertThat(UI.getCurrent().getPollInterval()).isPositive();
        assertThat(as("editor.liuzhou", () -> locks.acquire(id))).isPresent();

        open("articles");

        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(as("editor.liuzhou", () -> locks.acquire(id))).isEmpty();
    }

    @Test
    void opening_another_article_straight_from_the_editor_lets_the_first_ones_lock_go() {
        ArticleId first = idOf(LIUZHOU_DRAFT);
        Article second = as("author.liuzhou", () -> articles.createDraft(
                ArticleDraft.of("第二篇草稿", "第二篇的摘要", List.of("第二篇的正文。"))));
        login("author.liuzhou");
        open("article/" + first);

        open("article/" + second.id());

        assertThat(_get(TextField.class, spec -> spec.withLabel("标题")).getValue()).isEqualTo("第二篇草稿");
        assertThat(UI.getCurrent().getPollInterval()).isPositive();
        assertThat(as("editor.liuzhou", () -> locks.acquire(first))).isEmpty();
        assertThat(as("editor.liuzhou", () -> locks.acquire(second.id()))).isPresent();
    }

    @Test
    void a_new_article_opened_straight_from_another_starts_empty() {
        ArticleId opened = idOf(LIUZHOU_DRAFT);
        login("author.liuzhou");
        open("article/" + opened);

        open("article/new");

        assertThat(_get(TextField.class, spec -> spec.withLabel("标题")).getValue()).isEmpty();
        assertThat(_get(TextArea.class, spec -> spec.withLabel("摘要")).getValue()).isEmpty();
        assertThat(as("editor.liuzhou", () -> locks.acquire(opened))).isEmpty();
    }
}
