package cn.gxnews.portal.article.ui;

import cn.gxnews.portal.AbstractDeskTest;
import cn.gxnews.portal.article.Article;
import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.ArticleService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;

import static cn.gxnews.portal.DemoTitles.LIUZHOU_DRAFT;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Every revision is kept and can be restored; the audit trail shows every transition and exports. */
class HistoryAndAuditTest extends AbstractDeskTest {

    @Autowired
    private ArticleService articles;

    @Test
    void the_author_compares_an_old_revision_and_restores_it_as_a_new_one() {
        ArticleId id = idOf(LIUZHOU_DRAFT);
        Article first = as("author.liuzhou", () -> articles.find(id));
        as("author.liuzhou", () -> articles.save(id, first.version(),
                ArticleDraft.of("改坏了的标题", "", List.of("改坏了的正文"))));
        login("author.liuzhou");
        open("article/history/" + id);

        @SuppressWarnings("unchecked")
        Grid<Object> revisions = _find(Grid.class).getFirst();
        assertThat(GridKt._size(revisions)).isEqualTo(2);
        assertThat(GridKt._getFormatted(revisions, 0, "number")).isEqualTo("第 2 版");
        assertThat(GridKt._getFormatted(revisions, 0, "note")).isEqualTo("当前版本");
        assertThat(GridKt._getFormatted(revisions, 1, "by")).isEqualTo("韦强（柳州撰稿）");
        clickRow(revisions, 1);
        assertThat(_find(Span.class, spec -> spec.withClasses("diff-ins"))).isNotEmpty();

        _click(_get(Button.class, spec -> spec.withText("恢复第 1 版")));

        assertThat(notifications()).contains("已将第 1 版恢复为第 3 版");
        assertThat(currentView()).isEqualTo(ArticleEditorView.class);
        assertThat(_get(TextField.class, spec -> spec.withLabel("标题")).getValue()).isEqualTo(LIUZHOU_DRAFT);
    }

    @Test
    void the_history_lists_the_audit_trail_of_the_article() {
        login("author.guilin");
        open("article/history/" + idOf(cn.gxnews.portal.DemoTitles.GUILIN_CHANGES_REQUESTED));

        @SuppressWarnings("unchecked")
        Grid<Object> trail = _find(Grid.class).get(1);
        List<String> actions = new ArrayList<>();
        for (int row = 0; row < GridKt._size(trail); row++) {
            actions.add(GridKt._getFormatted(trail, row, "action") + " " + GridKt._getFormatted(trail, row, "states"));
        }
        assertThat(actions).containsExactly("要求修改（初审） 审核中 → 需修改", "提交审核 草稿 → 审核中", "创建 草稿");
        assertThat(GridKt._getFormatted(trail, 0, "comment")).startsWith("请补充活动的时间");
    }

    @Test
    void an_office_editor_sees_the_audit_trail_of_their_office_and_can_export_it() {
        login("editor.liuzhou");
        open("audit");

        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isPositive();
        for (int row = 0; row < GridKt._size(grid); row++) {
            assertThat(GridKt._getFormatted(grid, row, "office")).isEqualTo("柳州");
        }
        assertThat(_get(ComboBox.class).isReadOnly()).isTrue();
        _assertOne(Anchor.class, spec -> spec.withText("导出 CSV"));
    }

    @Test
    void an_editor_of_all_offices_narrows_the_trail_to_one_office() {
        login("editor.all");
        open("audit");
        Grid<?> grid = _get(Grid.class);
        int all = GridKt._size(grid);

        @SuppressWarnings("unchecked")
        ComboBox<cn.gxnews.portal.office.Office> office = _get(ComboBox.class);
        office.setValue(office.getListDataView().getItems().filter(o -> o.code().equals("guilin")).findFirst().orElseThrow());

        int guilin = GridKt._size(grid);
        assertThat(guilin).isPositive().isLessThan(all);
        assertThat(GridKt._getFormatted(grid, 0, "office")).isEqualTo("桂林");
    }
}
