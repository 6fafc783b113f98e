package cn.gxnews.portal.staff.ui;

import cn.gxnews.portal.base.ui.NarrowGrid;
import cn.gxnews.portal.staff.AdministrativeChangeEntry;
import cn.gxnews.portal.staff.AdministrativeChangeLog;
import cn.gxnews.portal.base.AdministrativeChange.Kind;
import cn.gxnews.portal.base.Translations;
import cn.gxnews.portal.base.ui.CsvDownload;
import cn.gxnews.portal.security.Roles;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every administrative change (accounts, offices, sensitive words, site settings) with who made it and the fields before and
 * after; administrators filter it by kind and export it as CSV.
 */
@Route("admin/changes")
@Menu(title = "nav.adminChanges", order = 120, icon = "vaadin:clipboard-text")
@RolesAllowed(Roles.ADMIN)
class AdministrativeChangesView extends VerticalLayout implements HasDynamicTitle {

    private final AdministrativeChangeLog log;
    private final ComboBox<Kind> kind = new ComboBox<>();
    private final Grid<AdministrativeChangeEntry> grid = new Grid<>();

    AdministrativeChangesView(AdministrativeChangeLog log) {
        this.log = log;
        setSizeFull();
        kind.setLabel(getTranslation("adminChanges.kind"));
        kind.setPlaceholder(getTranslation("signIns.filter.all"));
        kind.setClearButtonVisible(true);
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("adminChanges.kind." + k.name()));
        kind.addValueChangeListener(change -> refresh());
        Anchor csv = new Anchor(csv(), getTranslation("audit.export"));
        HorizontalLayout filters = new HorizontalLayout(kind, csv);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.addColumn(e -> Translations.formatDateTime(e.occurredAt())).setHeader(getTranslation("history.at"))
                .setKey("at").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AdministrativeChangeEntry::actor).setHeader(getTranslation("adminChanges.actor"))
                .setKey("actor").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> getTranslation("adminChanges.kind." + e.kind().name()))
                .setHeader(getTranslation("adminChanges.kind")).setKey("kind").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AdministrativeChangeEntry::subject).setHeader(getTranslation("adminChanges.subject"))
                .setKey("subject").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> describe(e, getLocale())).setHeader(getTranslation("adminChanges.fields"))
                .setKey("fields").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        NarrowGrid.showCardsWhenNarrow(grid, e -> getTranslation("adminChanges.kind." + e.kind().name()) + " · "
                + e.subject(), e -> String.join(" · ", Translations.formatDateTime(e.occurredAt()), e.actor(),
                describe(e, getLocale())));
        grid.setSizeFull();
        refresh();
        add(new H2(getTranslation("adminChanges.heading")), filters, grid);
    }

    private void refresh() {
        Kind selected = kind.getValue();
        grid.setItems(query -> log.find(selected, null, null, query.getOffset(), query.getLimit()),
                query -> log.count(selected, null, null));
    }

    /** "Field: before → after" for every changed field, in the given language. */
    private String describe(AdministrativeChangeEntry entry, Locale locale) {
        TreeSet<String> fields = new TreeSet<>(entry.before().keySet());
        fields.addAll(entry.after().keySet());
        return fields.stream()
                .map(field -> getTranslation(locale, "adminChanges.field." + field) + ": "
                        + shown(field, entry.before().get(field), locale) + " → "
                        + shown(field, entry.after().get(field), locale))
                .collect(Collectors.joining("; "));
    }

    /** A field's value in words: yes or no, role names, a dash for nothing. */
    private String shown(String field, @Nullable String value, Locale locale) {
        if (value == null || value.isEmpty()) {
            return "—";
        }
        if (value.equals("true") || value.equals("false")) {
            return getTranslation(locale, "adminChanges.value." + value);
        }
        if (field.equals("greyMode")) {
            return getTranslation(locale, "siteSettings.grey." + value);
        }
        if (field.equals("roles")) {
            return Stream.of(value.split(",")).map(role -> getTranslation(locale, "role." + role))
                    .collect(Collectors.joining("、"));
        }
        return value;
    }

    private DownloadHandler csv() {
        return CsvDownload.<@Nullable Kind>of("administrative-changes", kind::getValue, (selected, locale, out) -> log.exportCsv(selected,
                Stream.of("history.at", "adminChanges.actor", "adminChanges.kind", "adminChanges.subject",
                        "adminChanges.fields").map(key -> getTranslation(locale, key)).toList(),
                e -> List.of(Translations.formatDateTime(e.occurredAt()), e.actor(),
                        getTranslation(locale, "adminChanges.kind." + e.kind().name()), e.subject(),
                        describe(e, locale)), out));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("adminChanges.heading");
    }
}
