package cn.gxnews.portal.editorial.ui;

import cn.gxnews.portal.base.ui.NarrowGrid;
import cn.gxnews.portal.article.ArticleState;
import cn.gxnews.portal.base.Chart;
import cn.gxnews.portal.base.ui.ChartFigure;
import cn.gxnews.portal.editorial.ReviewTurnaround;
import cn.gxnews.portal.editorial.WeekPublications;
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

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The editors' overview: how many articles of each office stand in each state, how many each published per
 * week, and how long their reviews took (charts drawn on the server, decision 0028).
 */
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
        add(new H2(getTranslation("dashboard.heading")), grid,
                new ChartFigure(publications(review.publicationsPerWeek(WEEKS), officesByCode), "publications-per-week",
                        getTranslation("chart.csv")),
                new ChartFigure(turnaround(review.reviewTurnaround(TURNAROUND_DAYS), officesByCode), "review-turnaround",
                        getTranslation("chart.csv")));
    }

    static final int WEEKS = 12;
    static final int TURNAROUND_DAYS = 90;
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("MM-dd");

    private Chart publications(Map<String, List<WeekPublications>> perOffice, Map<String, Office> officesByCode) {
        List<String> weeks = perOffice.values().stream().findFirst().orElse(List.of()).stream()
                .map(week -> WEEK.format(week.week())).toList();
        List<Chart.Series> series = perOffice.entrySet().stream()
                .map(office -> new Chart.Series(officesByCode.get(office.getKey()).name(getLocale()),
                        office.getValue().stream().map(week -> (double) week.count()).toList()))
                .toList();
        return new Chart(getTranslation("dashboard.publications.title"), getTranslation("dashboard.publications.week"),
                weeks, series, Chart.Kind.BAR);
    }

    private Chart turnaround(List<ReviewTurnaround> perOffice, Map<String, Office> officesByCode) {
        return new Chart(getTranslation("dashboard.turnaround.title"), getTranslation("article.office"),
                perOffice.stream().map(each -> officesByCode.get(each.officeCode()).name(getLocale())).toList(),
                List.of(new Chart.Series(getTranslation("dashboard.turnaround.median"),
                                perOffice.stream().map(each -> hours(each.median())).toList()),
                        new Chart.Series(getTranslation("dashboard.turnaround.slowest"),
                                perOffice.stream().map(each -> hours(each.slowest())).toList())),
                Chart.Kind.BAR);
    }

    /** Hours to one decimal: what the table and the CSV show. */
    private static double hours(Duration duration) {
        return Math.round(duration.toMinutes() / 6.0) / 10.0;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.heading");
    }
}
