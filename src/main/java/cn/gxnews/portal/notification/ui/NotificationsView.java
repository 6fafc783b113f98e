package cn.gxnews.portal.notification.ui;

import cn.gxnews.portal.base.ui.NarrowGrid;
import cn.gxnews.portal.base.ui.PageHeader;
import cn.gxnews.portal.base.Translations;
import cn.gxnews.portal.notification.Notice;
import cn.gxnews.portal.notification.NotificationService;
import cn.gxnews.portal.security.CurrentUser;
import cn.gxnews.portal.security.StaffRole;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The member's notifications, newest first; opening one marks it read and goes to the article. */
@Route("notifications")
@Menu(title = "nav.notifications", order = 60, icon = "vaadin:bell")
@PermitAll
class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    NotificationsView(NotificationService notifications, CurrentUser currentUser) {
        setSizeFull();
        boolean editor = currentUser.require().hasRole(StaffRole.EDITOR)
                || currentUser.require().hasRole(StaffRole.PUBLISHER);
        Grid<Notice> grid = new Grid<>();
        grid.addColumn(notice -> getTranslation(notice.messageKey(),
                        notice.actorName() == null ? getTranslation("scheduler.name") : notice.actorName(),
                        notice.articleTitle()))
                .setHeader(getTranslation("notifications.what")).setKey("what").setFlexGrow(3);
        grid.addColumn(notice -> notice.comment() == null ? "" : notice.comment())
                .setHeader(getTranslation("audit.comment")).setKey("comment").setFlexGrow(1);
        // what happened is read in full, not cut to "…，等待…" beside an often empty comment
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(notice -> Translations.formatDateTime(notice.createdAt()))
                .setHeader(getTranslation("history.at")).setKey("at").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(notice -> notice.read() ? "" : getTranslation("notifications.unread"))
                .setHeader(getTranslation("notifications.status")).setKey("status").setAutoWidth(true).setFlexGrow(0);
        NarrowGrid.showCardsWhenNarrow(grid, notice -> getTranslation(notice.messageKey(),
                        notice.actorName() == null ? getTranslation("scheduler.name") : notice.actorName(),
                        notice.articleTitle()),
                notice -> String.join(" · ", Translations.formatDateTime(notice.createdAt()),
                        notice.read() ? "" : getTranslation("notifications.unread"),
                        notice.comment() == null ? "" : notice.comment()).replaceAll("( · )+$", "").replace(" ·  · ", " · "));
        grid.setPartNameGenerator(notice -> notice.read() ? null : "unread");
        grid.setItems(query -> notifications.mine(query.getOffset(), query.getLimit()),
                query -> notifications.countMine());
        grid.setEmptyStateText(getTranslation("notifications.empty"));
        grid.addItemClickListener(click -> {
            Notice notice = click.getItem();
            notifications.markRead(notice.id());
            String target = editor && (notice.transition().name().equals("SUBMIT") || notice.transition().name().equals("APPROVE_LEVEL"))
                    ? "review/article/" + notice.articleId() : "article/" + notice.articleId();
            getUI().ifPresent(ui -> ui.navigate(target));
        });
        grid.setSizeFull();

        Button allRead = new Button(getTranslation("notifications.markAllRead"), click -> {
            notifications.markRead(null);
            grid.getDataProvider().refreshAll();
        });
        allRead.addThemeVariants(ButtonVariant.TERTIARY);
        add(new PageHeader(getTranslation("notifications.heading"), allRead), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.heading");
    }
}
