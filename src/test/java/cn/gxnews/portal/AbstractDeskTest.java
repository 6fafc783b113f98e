package cn.gxnews.portal;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Base of the browserless desk tests (Karibu Testing): the real views, services and database, with a mock
 * Vaadin servlet. Routes are discovered once; each test starts with a fresh UI and nobody signed in.
 */
public abstract class AbstractDeskTest extends AbstractIntegrationTest {

    private static Routes routes;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private UserDetailsService users;

    /** Finds every route, including the package-private views that Karibu's own discovery skips. */
    @BeforeAll
    static void discoverRoutes() throws ClassNotFoundException {
        routes = new Routes().autoDiscoverViews("cn.gxnews.portal");
        routes.getRoutes().addAll(views());
    }

    /** Every class of the portal with a {@link Route}: the desk's views. */
    protected static List<Class<? extends Component>> views() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<Class<? extends Component>> views = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("cn.gxnews.portal")) {
            views.add(Class.forName(candidate.getBeanClassName()).asSubclass(Component.class));
        }
        return views;
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        logout();
    }

    /** Signs a demo staff member in, as the login form would: the desk then sees their roles and office. */
    protected void login(String username) {
        UserDetails principal = users.loadUserByUsername(username);
        var authentication = new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        Set<String> roles = principal.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .map(authority -> authority.substring("ROLE_".length()))
                .collect(Collectors.toSet());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((user, role) -> roles.contains(role));
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
        if (VaadinServletRequest.getCurrent() != null) {
            FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(null);
            request.setUserInRole((user, role) -> false);
        }
    }

    /** Opens a desk address (relative to /desk, with an optional query), as typing it would. */
    protected void open(String address) {
        String path = address.split("\\?")[0];
        if (UI.getCurrent().getInternals().getRouter().resolveNavigationTarget(new Location(path)).isEmpty()) {
            openUnknown(address);
            return;
        }
        UI.getCurrent().navigate(address.split("\\?")[0],
                QueryParameters.fromString(address.contains("?") ? address.substring(address.indexOf('?') + 1) : ""));
    }

    /**
     * Clicks a button as a member's browser would: what the click throws goes to the session's error handler,
     * as Vaadin does with a real click (Karibu's {@code _click} throws it at the test instead). Use it where the
     * click may be refused.
     */
    protected static void click(Button button) {
        try {
            ButtonKt._click(button);
        } catch (RuntimeException thrown) {
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(thrown));
        }
    }

    /** Opens a desk address the router knows nothing about, as typing it in the browser would. */
    private static void openUnknown(String address) {
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location(address), NavigationTrigger.PAGE_LOAD);
    }

    /** Clicks a row of a grid, as a user would. */
    protected static void clickRow(Grid<?> grid, int row) {
        GridKt._clickItem(grid, row, 0, false, false, false, false);
    }

    /** The texts of the notifications on screen. */
    protected static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(com.github.mvysny.kaributools.NotificationsKt::getText)
                .toList();
    }

    /** The view the user now sees. */
    protected Class<? extends Component> currentView() {
        var chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        return chain.isEmpty() ? Component.class : chain.getFirst().getClass().asSubclass(Component.class);
    }
}
