package cn.gxnews.portal.article.ui;

import cn.gxnews.portal.AbstractDeskTest;
import cn.gxnews.portal.article.Article;
import cn.gxnews.portal.article.ArticleService;
import cn.gxnews.portal.article.RecycleBinService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static cn.gxnews.portal.DemoTitles.NANNING_DRAFT;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Authors and editors use the recycle bin from the editor and the bin's screen; administrators empty it. */
class RecycleBinViewTest extends AbstractDeskTest {

    @Autowired
    private ArticleService articles;
    @Autowired
    private RecycleBinService bin;

    @Test
    void an_author_moves_a_draft_to_the_bin_from_the_editor_and_restores_it_from_the_bin() {
        Article draft = as("author.nanning", () -> articles.find(idOf(NANNING_DRAFT)));
        login("author.nanning");
        open("article/" + draft.id());

        _click(_get(Button.class, spec -> spec.withText("移到回收站")));

        assertThat(notifications()).contains("已移到回收站，30天内可以恢复。");
        assertThat(currentView()).isEqualTo(RecycleBinView.class);
        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid, 0, "title")).isEqualTo(NANNING_DRAFT);
        assertThat(GridKt._getFormatted(grid, 0, "binnedBy")).isEqualTo("李明（南宁撰稿）");

        _click((Button) GridKt._getCellComponent(grid, 0, "restore"));

        assertThat(notifications()).contains("已从回收站恢复。");
        assertThat(currentView()).isEqualTo(ArticleEditorView.class);
        assertThat(as("author.nanning", () -> articles.find(draft.id())).binned()).isFalse();
    }

    @Test
    void an_editor_is_not_offered_the_bin_for_a_live_article_and_an_administrator_empties_the_bins() {
        login("editor.nanning");
        open("article/" + idOf(cn.gxnews.portal.DemoTitles.NANNING_PUBLISHED_SEED));
        _assertNone(Button.class, spec -> spec.withText("移到回收站"));
        logout();

        Article draft = as("author.nanning", () -> articles.find(idOf(NANNING_DRAFT)));
        as("author.nanning", () -> bin.moveToBin(draft.id(), draft.version()));
        login("admin");
        open("bin");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("bin-count")).getText())
                .isEqualTo("各分公司回收站中共有 1 篇稿件。");

        _click(_get(Button.class, spec -> spec.withText("清空回收站")));
        Dialog confirm = _get(Dialog.class);
        assertThat(_get(confirm, Paragraph.class).getText()).startsWith("回收站中的 1 篇稿件将被永久删除");
        _click(_get(Button.class, spec -> spec.withText("永久删除")));

        assertThat(notifications()).contains("已永久删除 1 篇稿件。");
        assertThat(as("admin", () -> bin.countAll())).isZero();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("bin-count")).getText())
                .isEqualTo("各分公司回收站中共有 0 篇稿件。");

        open("admin/changes");
        Grid<?> changes = _get(Grid.class);
        assertThat(GridKt._getFormatted(changes, 0, "actor")).isEqualTo("admin");
        assertThat(GridKt._getFormatted(changes, 0, "kind")).isEqualTo("清空回收站");
        assertThat(GridKt._getFormatted(changes, 0, "fields")).isEqualTo("永久删除的稿件数: — → 1");
    }
}
