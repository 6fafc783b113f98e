package cn.gxnews.portal.staff.ui;

import cn.gxnews.portal.AbstractDeskTest;
import cn.gxnews.portal.security.StaffAccountService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Administrators see who works for which office in which role; nobody else does. */
class StaffListTest extends AbstractDeskTest {

    @Autowired
    private StaffAccountService accounts;

    @Test
    void an_administrator_sees_every_staff_account_with_office_and_roles() {
        login("admin");
        open("");

        assertThat(currentView()).isEqualTo(StaffListView.class);
        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(9);
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < GridKt._size(grid); row++) {
            rows.add(GridKt._getFormatted(grid, row, "username") + " " + GridKt._getFormatted(grid, row, "office")
                    + " " + GridKt._getFormatted(grid, row, "roles"));
        }
        assertThat(rows).contains("author.liuzhou 柳州 撰稿人", "editor.all 全部分公司 编辑", "admin 全部分公司 管理员",
                "publisher 全部分公司 签发人");
    }

    @Test
    void an_editor_can_neither_open_the_staff_list_nor_read_it_from_the_service() {
        login("editor.all");

        assertThatThrownBy(() -> open("admin/staff")).hasMessageContaining("Access is denied");
        assertThatThrownBy(() -> as("editor.all", () -> accounts.findPage(0, 10).toList()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
