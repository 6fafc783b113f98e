package cn.gxnews.portal.desk;

import cn.gxnews.portal.notification.NotificationService;
import cn.gxnews.portal.office.OfficeService;
import cn.gxnews.portal.security.CurrentUser;
import cn.gxnews.portal.security.StaffAccountService;
import cn.gxnews.portal.security.StaffMember;
import cn.gxnews.portal.security.ForOfficeMembers;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The desk's frame: the navigation a member's roles allow, who is signed in for which office, and sign-out.
 * The menu lists the views annotated with {@code @Menu} that Vaadin's access control lets this member open
 * (their {@code @RolesAllowed}), so a view's roles are written once, on the view; an entry's title is a message
 * key, translated here into the member's language.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver, BeforeEnterObserver {

    private static final String CONTENT_ID = "desk-content";

    private final NotificationService notifications;
    private final StaffAccountService accounts;
    private final Button bell = new Button();

    MainLayout(CurrentUser currentUser, OfficeService offices, NotificationService notifications,
               StaffAccountService accounts, AuthenticationContext authentication) {
        this.notifications = notifications;
        this.accounts = accounts;
        StaffMember member = currentUser.require();

        Span title = new Span(getTranslation("desk.title"));
        title.addClassName("desk-brand");

        String officeName = member.officeCode() == null
                ? getTranslation("office.all")
                : offices.find(member.officeCode()).map(o -> o.name(getLocale())).orElse(member.officeCode());
        Span who = new Span(getTranslation("desk.signedInAs", member.displayName(), officeName));
        who.addClassName("desk-who");

        Button signOut = new Button(getTranslation("desk.signOut"), VaadinIcon.SIGN_OUT.create(),
                click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.TERTIARY);

        Anchor publicSite = new Anchor("/", getTranslation("desk.publicSite"));
        publicSite.setTarget("_blank");
        publicSite.addClassName("desk-public-site");

        // The link moves the focus in the page: as an address, "#desk-content" would lead to the desk's home,
        // since the desk's pages resolve addresses against /desk/.
        Anchor skip = new Anchor("#" + CONTENT_ID, getTranslation("desk.skipToContent"));
        skip.getElement().setAttribute("router-ignore", true);
        skip.addClassName("desk-skip-link");
        skip.getElement().executeJs("this.addEventListener('click', e => { e.preventDefault();"
                + " const content = document.getElementById($0); if (content) { content.focus(); } })", CONTENT_ID);

        bell.setIcon(VaadinIcon.BELL.create());
        bell.addThemeVariants(ButtonVariant.TERTIARY);
        bell.addClassName("desk-bell");
        bell.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate("notifications")));

        DrawerToggle menu = new DrawerToggle();
        menu.setAriaLabel(getTranslation("desk.menu"));
        HorizontalLayout header = new HorizontalLayout(skip, menu, title, new Div(), who, bell, publicSite,
                signOut);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(header.getComponentAt(3));
        header.addClassName("desk-header");
        addToNavbar(header);

        SideNav nav = new SideNav();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            Class<? extends Component> view = entry.menuClass();
            if (view == null || (view.isAnnotationPresent(ForOfficeMembers.class) && member.officeCode() == null)) {
                continue;
            }
            nav.addItem(new SideNavItem(getTranslation(entry.title()), view, new Icon(entry.icon())));
        }
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    /**
     * The view's frame gets an id and can take focus, so that the skip link (the first stop of the Tab key)
     * moves a keyboard user past the header and the menu straight to the view.
     */
    @Override
    public void showRouterLayoutContent(com.vaadin.flow.component.HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("id", CONTENT_ID);
            content.getElement().setAttribute("tabindex", "-1");
        }
    }

    /** A member with a one-time password sets their own before they can do anything else. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!event.getLocation().getPath().equals("account/password") && accounts.mustChangePassword()) {
            event.forwardTo("account/password");
        }
    }

    /** The unread count is read again on every navigation, so it stays current as the member works. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        int unread = notifications.unreadCount();
        bell.setText(unread == 0 ? "" : Integer.toString(unread));
        bell.setAriaLabel(getTranslation("notifications.unreadCount", unread));
        bell.setTooltipText(getTranslation("notifications.unreadCount", unread));
    }
}
