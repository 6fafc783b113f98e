package cn.gxnews.portal.security.ui;

import cn.gxnews.portal.base.ui.NarrowGrid;
import cn.gxnews.portal.base.Translations;
import cn.gxnews.portal.base.ui.CsvDownload;
import cn.gxnews.portal.security.Roles;
import cn.gxnews.portal.security.SignInEvent;
import cn.gxnews.portal.security.SignInLog;
import com.vaadin.flow.component.combobox.ComboBox;
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
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Every sign-in attempt with time, username, address and result; administrators filter and export it. */
@Route("admin/sign-ins")
@Menu(title = "nav.signIns", order = 110, icon = "vaadin:sign-in")
@RolesAllowed(Roles.ADMIN)
class SignInLogView extends VerticalLayout implements HasDynamicTitle {

    private static final Set<String> KNOWN_REASONS =
            Set.of("BadCredentialsException", "DisabledException", "SignInThrottledException", "CurrentPasswordWrong",
                    "CurrentPasswordConfirmed");

    private final SignInLog log;
    private final ComboBox<String> result = new ComboBox<>();
    private final Grid<SignInEvent> grid = new Grid<>();

    SignInLogView(SignInLog log) {
        this.log = log;
        setSizeFull();
        result.setLabel(getTranslation("signIns.result"));
        result.setItems("all", "success", "failure");
        result.setItemLabelGenerator(value -> getTranslation("signIns.filter." + value));
        result.setValue("all");
        result.addValueChangeListener(change -> refresh());
        Anchor csv = new Anchor(csv(), getTranslation("audit.export"));
        HorizontalLayout filters = new HorizontalLayout(result, csv);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.addColumn(e -> Translations.formatDateTime(e.occurredAt())).setHeader(getTranslation("history.at"))
                .setKey("at").setAutoWidth(true);
        grid.addColumn(SignInEvent::username).setHeader(getTranslation("staff.username")).setKey("username")
                .setAutoWidth(true);
        grid.addColumn(SignInEvent::clientIp).setHeader(getTranslation("signIns.ip")).setKey("ip").setAutoWidth(true);
        grid.addColumn(e -> getTranslation(e.success() ? "signIns.success" : "signIns.failure"))
                .setHeader(getTranslation("signIns.result")).setKey("result").setAutoWidth(true);
        grid.addColumn(e -> reason(e, getLocale())).setHeader(getTranslation("signIns.reason")).setKey("reason")
                .setAutoWidth(true);
        NarrowGrid.showCardsWhenNarrow(grid, e -> e.username() + " · "
                        + getTranslation(e.success() ? "signIns.success" : "signIns.failure"),
                e -> String.join(" · ", Translations.formatDateTime(e.occurredAt()), e.clientIp(),
                        reason(e, getLocale())).replaceAll(" · $", ""));
        grid.setSizeFull();
        refresh();
        add(new H2(getTranslation("signIns.heading")), filters, grid);
    }

    /** Why an attempt failed, in words, for the failures the portal knows; others by their technical name. */
    private String reason(SignInEvent event, Locale locale) {
        String reason = event.reason();
        if (reason == null) {
            return "";
        }
        return KNOWN_REASONS.contains(reason) ? getTranslation(locale, "signIns.reason." + reason) : reason;
    }

    private @Nullable Boolean success() {
        return switch (result.getValue() == null ? "all" : result.getValue()) {
            case "success" -> true;
            case "failure" -> false;
            default -> null;
        };
    }

    private void refresh() {
        Boolean success = success();
        grid.setItems(query -> log.find(success, null, null, query.getOffset(), query.getLimit()),
                query -> log.count(success, null, null));
    }

    private DownloadHandler csv() {
        return CsvDownload.<@Nullable Boolean>of("sign-ins", this::success, (success, locale, out) -> log.exportCsv(success,
                Stream.of("history.at", "staff.username", "signIns.ip", "signIns.result", "signIns.reason")
                        .map(key -> getTranslation(locale, key)).toList(),
                e -> List.of(Translations.formatDateTime(e.occurredAt()), e.username(), e.clientIp(),
                        getTranslation(locale, e.success() ? "signIns.success" : "signIns.failure"),
                        reason(e, locale)), out));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signIns.heading");
    }
}
