package cn.gxnews.portal.desk;

import cn.gxnews.portal.notification.NotificationService;
import cn.gxnews.portal.office.OfficeService;
import cn.gxnews.portal.security.CurrentUser;
import cn.gxnews.portal.security.StaffAccountService;
import cn.gxnews.portal.security.StaffMember;
import cn.gxnews.portal.security.StaffRole;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
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
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The desk's frame: the navigation a member's roles allow, who is signed in for which office, and sign-out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver, BeforeEnterObserver {

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

        bell.setIcon(VaadinIcon.BELL.create());
        bell.addThemeVariants(ButtonVariant.TERTIARY);
        bell.addClassName("desk-bell");
        bell.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate("notifications")));

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, new Div(), who, bell, publicSite,
                signOut);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(header.getComponentAt(2));
        header.addClassName("desk-header");
        addToNavbar(header);

        SideNav nav = new SideNav();
        if ((member.hasRole(StaffRole.AUTHOR) || member.hasRole(StaffRole.EDITOR)) && member.officeCode() != null) {
            nav.addItem(new SideNavItem(getTranslation("nav.myArticles"), "articles", VaadinIcon.EDIT.create()));
        }
        if (member.hasRole(StaffRole.AUTHOR) || member.hasRole(StaffRole.EDITOR)) {
            nav.addItem(new SideNavItem(getTranslation("nav.media"), "media", VaadinIcon.PICTURE.create()));
        }
        if (member.hasRole(StaffRole.EDITOR)) {
            nav.addItem(new SideNavItem(getTranslation("nav.reviewQueue"), "review", VaadinIcon.CHECK_SQUARE_O.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.dashboard"), "dashboard", VaadinIcon.CHART_GRID.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.audit"), "audit", VaadinIcon.RECORDS.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.notifications"), "notifications", VaadinIcon.BELL.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.password"), "account/password", VaadinIcon.KEY.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.language"), "account/language", VaadinIcon.GLOBE.create()));
        if (member.hasRole(StaffRole.ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.staff"), "admin/staff", VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.offices"), "admin/offices", VaadinIcon.BUILDING.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.signIns"), "admin/sign-ins", VaadinIcon.SIGN_IN.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.adminChanges"), "admin/changes",
                    VaadinIcon.CLIPBOARD_TEXT.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.sensitiveWords"), "admin/sensitive-words",
                    VaadinIcon.BAN.create()));
        }
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
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
