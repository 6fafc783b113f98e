package cn.gxnews.portal.editorial.ui;

import cn.gxnews.portal.AbstractDeskTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Editors see how many articles of their offices stand in each state. */
class DashboardTest extends AbstractDeskTest {

    @Test
    void an_office_editor_sees_the_counts_of_their_office() {
        login("editor.liuzhou");
        open("dashboard");

        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid, 0, "office")).isEqualTo("柳州");
        assertThat(GridKt._getFormatted(grid, 0, "DRAFT")).isEqualTo("1");
        assertThat(GridKt._getFormatted(grid, 0, "IN_REVIEW")).isEqualTo("1");
        assertThat(GridKt._getFormatted(grid, 0, "PUBLISHED")).isEqualTo("1");
        assertThat(GridKt._getFormatted(grid, 0, "SCHEDULED")).isEqualTo("0");
        assertThat(GridKt._getFormatted(grid, 0, "total")).isEqualTo("3");
    }

    @Test
    void an_editor_of_all_offices_sees_every_office_and_an_author_sees_none() {
        login("editor.all");
        open("dashboard");
        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(3);
        assertThat(GridKt._getFormatted(grid, 2, "office")).isEqualTo("桂林");
        assertThat(GridKt._getFormatted(grid, 2, "CHANGES_REQUESTED")).isEqualTo("1");
        logout();

        login("author.liuzhou");
        assertThatThrownBy(() -> open("dashboard")).hasMessageContaining("Access is denied");
    }
}
