package cn.gxnews.portal.editorial.ui;

import cn.gxnews.portal.base.ui.NarrowGrid;
import cn.gxnews.portal.article.ArticleState;
import cn.gxnews.portal.office.Office;
import cn.gxnews.portal.office.OfficeService;
import cn.gxnews.portal.editorial.ReviewService;
import cn.gxnews.portal.editorial.StateCounts;
import cn.gxnews.portal.security.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The editors' overview: how many articles of each office stand in each state. */
@Route("dashboard")
@Menu(title = "nav.dashboard", order = 40, icon = "vaadin:chart-grid")
@RolesAllowed(Roles.EDITOR)
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    DashboardView(ReviewService review, OfficeService offices) {
        Map<String, Office> officesByCode = offices.findAll().stream()
                .collect(Collectors.toMap(Office::code, Function.identity()));
        Grid<StateCounts> grid = new Grid<>();
        grid.addColumn(counts -> officesByCode.get(counts.officeCode()).name(getLocale()))
                .setHeader(getTranslation("article.office")).setKey("office").setAutoWidth(true);
        for (ArticleState state : ArticleState.values()) {
            grid.addColumn(counts -> counts.count(state)).setHeader(getTranslation(state.messageKey()))
                    .setKey(state.name()).setAutoWidth(true);
        }
        grid.addColumn(counts -> Arrays.stream(ArticleState.values()).mapToInt(counts::count).sum())
                .setHeader(getTranslation("dashboard.total")).setKey("total").setAutoWidth(true);
        NarrowGrid.showCardsWhenNarrow(grid, counts -> officesByCode.get(counts.officeCode()).name(getLocale()),
                counts -> Arrays.stream(ArticleState.values())
                        .map(state -> getTranslation(state.messageKey()) + " " + counts.count(state))
                        .collect(Collectors.joining(" · "))
                        + " · " + getTranslation("dashboard.total") + " "
                        + Arrays.stream(ArticleState.values()).mapToInt(counts::count).sum());
        grid.setItems(review.countsByOffice());
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("dashboard.heading")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.heading");
    }
}
