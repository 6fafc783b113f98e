package cn.gxnews.portal.staff.ui;

import cn.gxnews.portal.base.ui.NarrowGrid;
import cn.gxnews.portal.base.ui.PageHeader;
import cn.gxnews.portal.office.Office;
import cn.gxnews.portal.office.OfficeService;
import cn.gxnews.portal.security.Roles;
import cn.gxnews.portal.security.StaffAccountService;
import cn.gxnews.portal.security.StaffMember;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The staff accounts: who works for which office in which roles, and whether the account is active;
 * administrators open new accounts, change them and give out one-time passwords here.
 */
@Route("admin/staff")
@Menu(title = "nav.staff", order = 90, icon = "vaadin:users")
@RolesAllowed(Roles.ADMIN)
class StaffListView extends VerticalLayout implements HasDynamicTitle {

    StaffListView(StaffAccountService accounts, OfficeService offices) {
        setSizeFull();
        Map<String, Office> officesByCode = offices.findAll().stream()
                .collect(Collectors.toMap(Office::code, Function.identity()));

        Grid<StaffMember> grid = new Grid<>();
        grid.addColumn(StaffMember::username).setHeader(getTranslation("staff.username")).setKey("username").setAutoWidth(true);
        grid.addColumn(StaffMember::displayName).setHeader(getTranslation("staff.displayName")).setKey("displayName").setAutoWidth(true);
        grid.addColumn(member -> member.officeCode() == null
                        ? getTranslation("office.all")
                        : officesByCode.get(member.officeCode()).name(getLocale()))
                .setHeader(getTranslation("article.office")).setKey("office").setAutoWidth(true);
        grid.addColumn(member -> member.roles().stream()
                        .sorted()
                        .map(role -> getTranslation(role.messageKey()))
                        .collect(Collectors.joining("、")))
                .setHeader(getTranslation("staff.roles")).setKey("roles").setAutoWidth(true);
        grid.addColumn(member -> getTranslation(member.enabled() ? "staff.enabled" : "staff.disabled"))
                .setHeader(getTranslation("staff.status")).setKey("status").setAutoWidth(true);
        NarrowGrid.showCardsWhenNarrow(grid, member -> member.displayName() + "（" + member.username() + "）",
                member -> String.join(" · ", member.officeCode() == null ? getTranslation("office.all")
                                : officesByCode.get(member.officeCode()).name(getLocale()),
                        member.roles().stream().sorted().map(role -> getTranslation(role.messageKey()))
                                .collect(Collectors.joining("、")),
                        getTranslation(member.enabled() ? "staff.enabled" : "staff.disabled")));
        grid.setItems(query -> accounts.findPage(query.getOffset(), query.getLimit()), query -> accounts.count());
        grid.setSizeFull();
        List<Office> all = offices.findAll();
        Runnable refresh = () -> grid.getDataProvider().refreshAll();
        grid.addItemClickListener(click -> new StaffAccountDialog(accounts, all, click.getItem(), refresh).open());

        Button open = new Button(getTranslation("staff.new"), VaadinIcon.PLUS.create(),
                click -> new StaffAccountDialog(accounts, all, null, refresh).open());
        open.addThemeVariants(ButtonVariant.PRIMARY);
        add(new PageHeader(getTranslation("staff.heading"), open), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.heading");
    }
}
