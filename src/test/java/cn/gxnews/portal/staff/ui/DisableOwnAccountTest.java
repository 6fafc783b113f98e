package cn.gxnews.portal.staff.ui;

import cn.gxnews.portal.AbstractDeskTest;
import cn.gxnews.portal.security.StaffAccountService;
import cn.gxnews.portal.security.StaffMember;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the staff list an administrator cannot disable their own account. (That the administration views open
 * for administrators only is {@link AdminScreensRefusalTest}.)
 */
class DisableOwnAccountTest extends AbstractDeskTest {

    @Autowired
    private StaffAccountService accounts;

    @Test
    void an_administrator_cannot_disable_their_own_account_in_the_staff_list() {
        login("admin");
        open("admin/staff");
        Grid<?> grid = _get(Grid.class);
        clickRow(grid, rowOf(grid, "admin"));

        _setValue(_get(Checkbox.class, spec -> spec.withLabel("启用")), false);
        click(_get(Button.class, spec -> spec.withText("保存")));

        assertThat(notifications()).contains("您不能停用自己，也不能取消自己的管理员角色。");
        StaffMember admin = as("admin", () -> accounts.findPage(0, 50).toList()).stream()
                .filter(m -> m.username().equals("admin")).findFirst().orElseThrow();
        assertThat(admin.enabled()).isTrue();
    }

    private static int rowOf(Grid<?> grid, String username) {
        for (int row = 0; row < GridKt._size(grid); row++) {
            if (GridKt._getFormatted(grid, row, "username").equals(username)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + username);
    }
}
