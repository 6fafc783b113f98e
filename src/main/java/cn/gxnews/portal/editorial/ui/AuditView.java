package cn.gxnews.portal.editorial.ui;

import cn.gxnews.portal.base.ui.NarrowGrid;
import cn.gxnews.portal.base.Translations;
import cn.gxnews.portal.base.ui.CsvDownload;
import cn.gxnews.portal.editorial.AuditEntry;
import cn.gxnews.portal.editorial.AuditFilter;
import cn.gxnews.portal.editorial.AuditService;
import cn.gxnews.portal.office.Office;
import cn.gxnews.portal.office.ReviewLevels;
import cn.gxnews.portal.office.OfficeService;
import cn.gxnews.portal.security.CurrentUser;
import cn.gxnews.portal.security.Roles;
import cn.gxnews.portal.security.StaffMember;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;

import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The audit trail of the editor's offices over a time range (Beijing dates): every transition of every
 * article, with who, when, from which state to which, on which revision and why; downloadable as CSV.
 */
@Route("audit")
@Menu(title = "nav.audit", order = 50, icon = "vaadin:records")
@RolesAllowed(Roles.EDITOR)
class AuditView extends VerticalLayout implements HasDynamicTitle {

    private final AuditService audit;
    private final Map<String, Office> officesByCode;
    private final ComboBox<Office> office = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditEntry> grid = new Grid<>();

    AuditView(AuditService audit, OfficeService offices, CurrentUser currentUser) {
        this.audit = audit;
        setSizeFull();
        List<Office> all = offices.findAll();
        officesByCode = all.stream().collect(Collectors.toMap(Office::code, Function.identity()));
        StaffMember editor = currentUser.require();

        office.setLabel(getTranslation("article.office"));
        office.setItems(editor.officeCode() == null ? all : List.of(officesByCode.get(editor.officeCode())));
        office.setItemLabelGenerator(o -> o.name(getLocale()));
        office.setPlaceholder(getTranslation("office.all"));
        office.setClearButtonVisible(true);
        if (editor.officeCode() != null) {
            office.setValue(officesByCode.get(editor.officeCode()));
            office.setReadOnly(true);
        }
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        from.setMax(LocalDate.now(Translations.ZONE));
        office.addValueChangeListener(change -> refresh());
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());

        Anchor csv = new Anchor(csvDownload(), getTranslation("audit.export"));
        csv.addClassName("audit-export");
        HorizontalLayout filters = new HorizontalLayout(office, from, to, csv);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.addColumn(e -> Translations.formatDateTime(e.occurredAt())).setHeader(getTranslation("history.at"))
                .setKey("at").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> officesByCode.get(e.officeCode()).name(getLocale())).setHeader(getTranslation("article.office"))
                .setKey("office").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::title).setHeader(getTranslation("article.title")).setKey("title")
                .setWidth("16rem").setFlexGrow(2);
        grid.addColumn(e -> getTranslation(e.messageKey()) + (e.late() ? getTranslation("audit.lateMark") : "")
                        + (e.reviewLevel() == null ? "" : getTranslation("audit.atLevel",
                        getTranslation(ReviewLevels.levelKey(e.reviewLevel())))))
                .setHeader(getTranslation("audit.action")).setKey("action").setAutoWidth(true);
        grid.addColumn(e -> (e.from() == null ? "" : getTranslation(e.from().messageKey()) + " → ")
                + getTranslation(e.to().messageKey())).setHeader(getTranslation("audit.states")).setKey("states")
                .setAutoWidth(true);
        grid.addColumn(e -> e.actorName() == null ? getTranslation("scheduler.name") : e.actorName())
                .setHeader(getTranslation("history.by")).setKey("by").setAutoWidth(true);
        grid.addColumn(e -> getTranslation("history.revision", e.revisionNumber()))
                .setHeader(getTranslation("history.number")).setKey("revision").setAutoWidth(true);
        grid.addColumn(e -> e.comment() == null ? "" : e.comment()).setHeader(getTranslation("audit.comment"))
                .setKey("comment").setFlexGrow(1);
        NarrowGrid.showCardsWhenNarrow(grid, AuditEntry::title, e -> String.join(" · ",
                Translations.formatDateTime(e.occurredAt()), officesByCode.get(e.officeCode()).name(getLocale()),
                getTranslation(e.messageKey()) + (e.late() ? getTranslation("audit.lateMark") : ""),
                e.actorName() == null ? getTranslation("scheduler.name") : e.actorName())
                + (e.comment() == null ? "" : " · " + e.comment()));
        grid.setSizeFull();
        refresh();

        add(new H2(getTranslation("audit.heading")), filters, grid);
    }

    AuditFilter filter() {
        Office chosen = office.getValue();
        Instant start = from.getValue() == null ? null : from.getValue().atStartOfDay(Translations.ZONE).toInstant();
        Instant end = to.getValue() == null ? null
                : to.getValue().plusDays(1).atStartOfDay(Translations.ZONE).toInstant();
        return new AuditFilter(chosen == null ? null : chosen.code(), start, end);
    }

    private void refresh() {
        AuditFilter filter = filter();
        // no count: counting a large trail costs more than its first pages, and the grid scrolls on without it
        grid.setItems(query -> audit.find(filter, query.getOffset(), query.getLimit()));
    }

    /** The trail as filtered on screen, as a CSV file in the language of the person who downloads it. */
    private DownloadHandler csvDownload() {
        return CsvDownload.of("audit", this::filter, (shown, locale, out) -> writeCsv(shown, out, locale));
    }

    /** Writes the CSV with headers and names in the given language. */
    void writeCsv(AuditFilter filter, Writer out, Locale locale) {
        audit.exportCsv(filter, new AuditService.CsvLabels() {
            @Override
            public List<String> headers() {
                return List.of("history.at", "article.office", "audit.articleId", "article.title", "audit.action",
                        "audit.fromState", "audit.toState", "history.by", "history.number", "audit.comment",
                        "audit.late", "reviewLevel.heading").stream().map(key -> getTranslation(locale, key)).toList();
            }

            @Override
            public String translate(String messageKey) {
                return getTranslation(locale, messageKey);
            }

            @Override
            public String office(String officeCode) {
                return officesByCode.get(officeCode).name(locale);
            }

            @Override
            public String time(Instant time) {
                return Translations.formatDateTime(time);
            }
        }, out);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.heading");
    }
}
