package cn.gxnews.portal.admin.ui;

import cn.gxnews.portal.AbstractDeskTest;
import cn.gxnews.portal.security.StaffAccountService;
import cn.gxnews.portal.security.StaffMember;
import cn.gxnews.portal.security.ui.LoginView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The administration views open for administrators only, whoever types their address; and in them an
 * administrator cannot disable their own account.
 */
class AdministrationIsForAdministratorsTest extends AbstractDeskTest {

    @Autowired
    private StaffAccountService accounts;

    @Test
    void no_member_but_an_administrator_opens_an_administration_view() {
        List<String> addresses = administrationAddresses();
        assertThat(addresses).contains("admin/staff", "admin/offices", "admin/sensitive-words", "admin/sign-ins");

        for (String member : List.of("author.nanning", "editor.nanning", "editor.all")) {
            login(member);
            for (String address : addresses) {
                assertThatThrownBy(() -> open(address)).as(member + " opens " + address)
                        .hasMessageContaining("Access is denied");
            }
            logout();
        }
        for (String address : addresses) {
            open(address);
            assertThat(currentView()).as("nobody signed in opens " + address).isEqualTo(LoginView.class);
        }
        login("admin");
        for (String address : addresses) {
            open(address);
            assertThat(currentView().getAnnotation(Route.class).value()).isEqualTo(address);
        }
    }

    @Test
    void an_administrator_cannot_disable_their_own_account_in_the_staff_list() {
        login("admin");
        open("admin/staff");
        Grid<?> grid = _get(Grid.class);
        clickRow(grid, rowOf(grid, "admin"));

        _setValue(_get(Checkbox.class, spec -> spec.withLabel("启用")), false);
        _click(_get(Button.class, spec -> spec.withText("保存")));

        assertThat(notifications()).contains("您不能停用自己，也不能取消自己的管理员角色。");
        StaffMember admin = as("admin", () -> accounts.findPage(0, 50).toList()).stream()
                .filter(m -> m.username().equals("admin")).findFirst().orElseThrow();
        assertThat(admin.enabled()).isTrue();
    }

    /** Every route of the administration feature, found the way the desk finds them. */
    private static List<String> administrationAddresses() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        return scanner.findCandidateComponents(StaffListView.class.getPackageName()).stream()
                .map(candidate -> {
                    try {
                        return Class.forName(candidate.getBeanClassName()).getAnnotation(Route.class).value();
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .sorted()
                .toList();
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
