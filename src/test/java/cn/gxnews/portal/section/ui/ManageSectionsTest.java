package cn.gxnews.portal.section.ui;

import cn.gxnews.portal.AbstractDeskTest;
import cn.gxnews.portal.section.Section;
import cn.gxnews.portal.section.SectionRefusedException;
import cn.gxnews.portal.section.SectionService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static cn.gxnews.portal.jooq.Tables.ARTICLE;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Administrators keep the sections in the desk: names in both languages and a checked web address. */
class ManageSectionsTest extends AbstractDeskTest {

    @Autowired
    private SectionService sections;
    @Autowired
    private DSLContext db;

    @Test
    void the_demo_newsroom_has_industry_company_and_notice_sections() {
        login("admin");
        open("admin/sections");

        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(3);
        assertThat(GridKt._getFormatted(grid, 0, "nameZh")).isEqualTo("行业新闻");
        assertThat(GridKt._getFormatted(grid, 0, "address")).isEqualTo("/sections/industry");
        assertThat(GridKt._getFormatted(grid, 1, "nameZh")).isEqualTo("公司新闻");
        assertThat(GridKt._getFormatted(grid, 2, "nameZh")).isEqualTo("通知公告");
    }

    @Test
    void an_address_with_capitals_or_spaces_is_refused_on_its_field_and_what_was_typed_stays() {
        login("admin");
        open("admin/sections");
        _setValue(_get(TextField.class, spec -> spec.withLabel("中文名称")), "党建工作");
        _setValue(_get(TextField.class, spec -> spec.withLabel("英文名称")), "Party Building");
        _setValue(_get(TextField.class, spec -> spec.withLabel("网址")), "Party Building");

        _click(_get(Button.class, spec -> spec.withText("保存")));

        TextField slug = _get(TextField.class, spec -> spec.withLabel("网址"));
        assertThat(slug.isInvalid()).isTrue();
        assertThat(slug.getErrorMessage()).isEqualTo("网址只能用小写英文字母和数字，可用短横线连接，最多 40 个字符");
        assertThat(slug.getValue()).isEqualTo("Party Building");
        assertThat(_get(TextField.class, spec -> spec.withLabel("中文名称")).getValue()).isEqualTo("党建工作");
        assertThat(GridKt._size(_get(Grid.class))).isEqualTo(3);

        _setValue(slug, "party-building");
        _click(_get(Button.class, spec -> spec.withText("保存")));

        assertThat(notifications()).contains("已保存栏目“党建工作”");
        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(4);
        assertThat(GridKt._getFormatted(grid, 3, "address")).isEqualTo("/sections/party-building");
    }

    @Test
    void an_address_another_section_uses_is_refused_and_a_rename_shows_in_the_list() {
        login("admin");
        open("admin/sections");
        Grid<?> grid = _get(Grid.class);
        GridKt._clickItem(grid, 2);
        _setValue(_get(TextField.class, spec -> spec.withLabel("网址")), "company");
        _click(_get(Button.class, spec -> spec.withText("保存")));

        TextField slug = _get(TextField.class, spec -> spec.withLabel("网址"));
        assertThat(slug.isInvalid()).isTrue();
        assertThat(slug.getErrorMessage()).isEqualTo("网址“company”已被另一个栏目使用");

        _setValue(slug, "notices");
        _setValue(_get(TextField.class, spec -> spec.withLabel("中文名称")), "通知与公告");
        _click(_get(Button.class, spec -> spec.withText("保存")));

        assertThat(GridKt._getFormatted(grid, 2, "nameZh")).isEqualTo("通知与公告");
    }

    @Test
    void moving_a_section_up_changes_the_order_everywhere_and_is_recorded() {
        login("admin");
        open("admin/sections");
        Grid<?> grid = _get(Grid.class);
        _click(button(grid, 2, "上移 通知公告"));

        assertThat(GridKt._getFormatted(grid, 1, "nameZh")).isEqualTo("通知公告");
        assertThat(GridKt._getFormatted(grid, 2, "nameZh")).isEqualTo("公司新闻");
        assertThat(sections.findAll()).extracting(Section::slug).containsExactly("industry", "notices", "company");
        assertThat(button(grid, 0, "上移 行业新闻").isEnabled()).isFalse();
        assertThat(button(grid, 2, "下移 公司新闻").isEnabled()).isFalse();

        open("admin/changes");
        Grid<?> changes = _get(Grid.class);
        assertThat(GridKt._getFormatted(changes, 0, "kind")).isEqualTo("修改栏目");
        assertThat(GridKt._getFormatted(changes, 0, "subject")).isEqualTo("notices");
        assertThat(GridKt._getFormatted(changes, 0, "fields")).isEqualTo("排列位置: 3 → 2");
    }

    @Test
    void a_section_with_articles_is_kept_and_an_empty_one_is_removed_after_confirming() {
        login("admin");
        open("admin/sections");
        Grid<?> grid = _get(Grid.class);
        // the seed article belongs to 行业新闻
        _click(_get(cell(grid, 0), Button.class, spec -> spec.withText("删除")));
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText("删除")));
        assertThat(notifications()).anySatisfy(text -> assertThat(text).startsWith("栏目“行业新闻”中还有"));
        assertThat(GridKt._size(grid)).isEqualTo(3);

        _setValue(_get(TextField.class, spec -> spec.withLabel("中文名称")), "党建工作");
        _setValue(_get(TextField.class, spec -> spec.withLabel("英文名称")), "Party Building");
        _setValue(_get(TextField.class, spec -> spec.withLabel("网址")), "party-building");
        _click(_get(Button.class, spec -> spec.withText("保存")));
        _click(_get(cell(grid, 3), Button.class, spec -> spec.withText("删除")));
        Dialog confirm = _get(Dialog.class);
        assertThat(_get(confirm, Paragraph.class).getText()).isEqualTo("删除栏目“党建工作”？网站上它的页面和订阅源将不再存在。");
        _click(_get(confirm, Button.class, spec -> spec.withText("删除")));

        assertThat(notifications()).contains("已删除栏目“党建工作”");
        assertThat(GridKt._size(grid)).isEqualTo(3);
        assertThat(sections.findBySlug("party-building")).isEmpty();
        open("admin/changes");
        Grid<?> changes = _get(Grid.class);
        assertThat(GridKt._getFormatted(changes, 0, "kind")).isEqualTo("删除栏目");
        assertThat(GridKt._getFormatted(changes, 0, "subject")).isEqualTo("party-building");
    }

    @Test
    void a_stale_removal_and_the_last_section_are_refused_by_the_service() {
        Section added = as("admin", () -> sections.add("events", "活动预告", "Events"));
        as("admin", () -> {
            sections.move(added.id(), added.version(), true);
            return null;
        });
        assertThatThrownBy(() -> as("admin", () -> {
            sections.remove(added.id(), added.version());
            return null;
        })).isInstanceOf(SectionRefusedException.class).hasMessageContaining("error.section.stale");

        // every article moves to 行业新闻; then the other sections are empty and may go, but not the last one
        Section industry = sections.findBySlug("industry").orElseThrow();
        db.update(ARTICLE).set(ARTICLE.SECTION_ID, industry.id()).execute();
        as("admin", () -> {
            for (Section other : sections.findAll()) {
                if (other.id() != industry.id()) {
                    sections.remove(other.id(), sections.find(other.id()).orElseThrow().version());
                }
            }
            return null;
        });
        Section last = sections.findBySlug("industry").orElseThrow();
        assertThatThrownBy(() -> as("admin", () -> {
            sections.remove(last.id(), last.version());
            return null;
        })).isInstanceOf(SectionRefusedException.class).hasMessageContaining("error.section.last");
        assertThat(sections.findAll()).extracting(Section::slug).containsExactly("industry");
    }

    /** The row's icon button of that accessible name. */
    private static Button button(Grid<?> grid, int row, String ariaLabel) {
        return _get(cell(grid, row), Button.class,
                spec -> spec.withAttribute("aria-label", ariaLabel));
    }

    private static Component cell(Grid<?> grid, int row) {
        return GridKt._getCellComponent(grid, row, "actions");
    }

    @Test
    void an_editor_cannot_open_the_sections() {
        login("editor.all");
        assertThatThrownBy(() -> open("admin/sections")).hasMessageContaining("Access is denied");
    }
}
