package cn.gxnews.portal.readership.ui;

import cn.gxnews.portal.base.Chart;
import cn.gxnews.portal.base.ui.ChartFigure;
import cn.gxnews.portal.office.Office;
import cn.gxnews.portal.office.OfficeService;
import cn.gxnews.portal.readership.DayViews;
import cn.gxnews.portal.readership.MostRead;
import cn.gxnews.portal.readership.ReadershipService;
import cn.gxnews.portal.security.CurrentUser;
import cn.gxnews.portal.security.Roles;
import cn.gxnews.portal.security.StaffMember;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How many readers opened the articles: views per day of the last 30 days as a chart (per office, and for an
 * editor of all offices the company's total), and the most read articles of the last 7 and 30 days.
 */
@Route("readership")
@Menu(title = "nav.readership", order = 45, icon = "vaadin:line-chart")
@RolesAllowed(Roles.EDITOR)
class ReadershipView extends VerticalLayout implements HasDynamicTitle {

    static final int DAYS = 30;
    static final int MOST_READ = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    private final ReadershipService readership;
    private final Map<String, Office> officesByCode;
    private final ComboBox<Office> office = new ComboBox<>();
    private final Div figures = new Div();

    ReadershipView(ReadershipService readership, OfficeService offices, CurrentUser currentUser) {
        this.readership = readership;
        List<Office> all = offices.findAll();
        officesByCode = all.stream().collect(Collectors.toMap(Office::code, Function.identity()));
        StaffMember editor = currentUser.require();

        office.setLabel(getTranslation("readership.office"));
        office.setItems(editor.officeCode() == null ? all : List.of(officesByCode.get(editor.officeCode())));
        office.setItemLabelGenerator(o -> o.name(getLocale()));
        office.setPlaceholder(getTranslation("readership.company"));
        office.setClearButtonVisible(true);
        if (editor.officeCode() != null) {
            office.setValue(officesByCode.get(editor.officeCode()));
            office.setReadOnly(true);
        }
        office.addValueChangeListener(change -> refresh());
        figures.setWidthFull();
        Paragraph lag = new Paragraph(getTranslation("readership.lag"));
        lag.addClassNames("text-secondary", "text-s");
        add(new H2(getTranslation("readership.heading")), office, figures, lag);
        refresh();
    }

    private void refresh() {
        @Nullable String code = office.getValue() == null ? null : office.getValue().code();
        figures.removeAll();
        figures.add(new ChartFigure(perDay(readership.viewsPerDay(code, DAYS), code == null), "views-per-day",
                getTranslation("chart.csv")));
        figures.add(mostRead("most-read-7", "readership.mostRead7", readership.mostRead(code, 7, MOST_READ)));
        figures.add(mostRead("most-read-30", "readership.mostRead30", readership.mostRead(code, DAYS, MOST_READ)));
    }

    private Chart perDay(Map<String, List<DayViews>> perOffice, boolean company) {
        List<DayViews> anyOffice = perOffice.values().stream().findFirst().orElse(List.of());
        List<String> days = anyOffice.stream().map(day -> DAY.format(day.day())).toList();
        List<Chart.Series> series = new ArrayList<>();
        perOffice.forEach((code, views) -> series.add(new Chart.Series(officesByCode.get(code).name(getLocale()),
                views.stream().map(day -> (double) day.views()).toList())));
        if (company && perOffice.size() > 1) {
            List<Double> total = new ArrayList<>();
            for (int i = 0; i < days.size(); i++) {
                int index = i;
                total.add(perOffice.values().stream().mapToDouble(views -> views.get(index).views()).sum());
            }
            series.addFirst(new Chart.Series(getTranslation("readership.companyTotal"), total));
        }
        return new Chart(getTranslation("readership.perDay.title"), getTranslation("readership.day"), days, series,
                Chart.Kind.LINE);
    }

    private Div mostRead(String id, String headingKey, List<MostRead> articles) {
        Div section = new Div(new H3(getTranslation(headingKey)));
        section.setWidthFull();
        if (articles.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("readership.none"));
            none.setId(id + "-none");
            section.add(none);
            return section;
        }
        Grid<MostRead> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(article -> articles.indexOf(article) + 1).setHeader(getTranslation("readership.rank"))
                .setKey("rank").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MostRead::title).setHeader(getTranslation("readership.title")).setKey("title").setFlexGrow(1);
        grid.addColumn(article -> officesByCode.get(article.officeCode()).name(getLocale()))
                .setHeader(getTranslation("readership.office")).setKey("office").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MostRead::views).setHeader(getTranslation("readership.views")).setKey("views")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(articles);
        grid.setAllRowsVisible(true);
        section.add(grid);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("readership.heading");
    }
}
