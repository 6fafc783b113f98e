package cn.gxnews.portal.section.ui;

import cn.gxnews.portal.AbstractDeskTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Administrators keep the sections in the desk: names in both languages and a checked web address. */
class ManageSectionsTest extends AbstractDeskTest {

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
    void an_editor_cannot_open_the_sections() {
        login("editor.all");
        assertThatThrownBy(() -> open("admin/sections")).hasMessageContaining("Access is denied");
    }
}
