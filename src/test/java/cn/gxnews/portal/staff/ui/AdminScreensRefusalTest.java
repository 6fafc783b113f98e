package cn.gxnews.portal.staff.ui;

import cn.gxnews.portal.AbstractDeskTest;
import cn.gxnews.portal.security.ui.LoginView;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every administration screen — found by its address under {@code admin/}, so a new one is covered without
 * being listed — refuses every member who is not an administrator, and sends anonymous visitors to sign in.
 */
class AdminScreensRefusalTest extends AbstractDeskTest {

    private static final List<String> NOT_ADMINISTRATORS =
            List.of("author.nanning", "editor.nanning", "editor.all");

    static Stream<String> adminAddresses() throws ClassNotFoundException {
        List<String> addresses = views().stream()
                .map(view -> view.getAnnotation(Route.class).value())
                .filter(address -> address.startsWith("admin/"))
                .sorted()
                .toList();
        assertThat(addresses).contains("admin/staff", "admin/offices", "admin/sensitive-words", "admin/sign-ins",
                "admin/changes");
        return addresses.stream();
    }

    static Stream<Arguments> screensAndMembers() throws ClassNotFoundException {
        return adminAddresses().flatMap(address -> NOT_ADMINISTRATORS.stream().map(member -> Arguments.of(address, member)));
    }

    @ParameterizedTest(name = "{1} cannot open {0}")
    @MethodSource("screensAndMembers")
    void members_who_are_not_administrators_are_refused(String address, String member) {
        login(member);

        assertThatThrownBy(() -> open(address)).hasMessageContaining("Access is denied");
    }

    @ParameterizedTest(name = "an anonymous visitor of {0} is sent to sign in")
    @MethodSource("adminAddresses")
    void anonymous_visitors_are_sent_to_sign_in(String address) {
        open(address);

        assertThat(currentView()).isEqualTo(LoginView.class);
    }

    @ParameterizedTest(name = "an administrator opens {0}")
    @MethodSource("adminAddresses")
    void administrators_open_them(String address) {
        login("admin");

        open(address);

        assertThat(currentView().getAnnotation(Route.class).value()).isEqualTo(address);
    }
}
