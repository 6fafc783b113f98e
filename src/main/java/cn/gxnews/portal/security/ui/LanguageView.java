package cn.gxnews.portal.security.ui;

import cn.gxnews.portal.base.Translations;
import cn.gxnews.portal.base.ui.Notices;
import cn.gxnews.portal.security.StaffAccountService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.Locale;

/** Every member chooses the desk's language: Chinese, English, or whatever their browser prefers. */
@Route("account/language")
@Menu(title = "nav.language", order = 80, icon = "vaadin:globe")
@PermitAll
class LanguageView extends VerticalLayout implements HasDynamicTitle {

    /** The choice to follow the browser (there is no locale for it). */
    static final String BROWSER = "browser";

    LanguageView(StaffAccountService accounts) {
        RadioButtonGroup<String> language = new RadioButtonGroup<>(getTranslation("language.label"));
        language.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        language.setItems(BROWSER, Translations.CHINESE.toLanguageTag(), Translations.ENGLISH.toLanguageTag());
        // each language is named in itself, so that a member who cannot read the current one finds theirs
        language.setItemLabelGenerator(choice -> switch (choice) {
            case BROWSER -> getTranslation("language.browser");
            case "en" -> "English";
            default -> "简体中文";
        });
        language.setValue(accounts.ownLanguage().map(Locale::toLanguageTag).orElse(BROWSER));
        language.addValueChangeListener(change -> {
            if (!change.isFromClient() || change.getValue() == null) {
                return;
            }
            Locale chosen = BROWSER.equals(change.getValue()) ? null : Locale.forLanguageTag(change.getValue());
            accounts.changeOwnLanguage(chosen);
            UI ui = UI.getCurrent();
            if (chosen != null) {
                ui.setLocale(chosen);
            }
            Notices.success(getTranslation("language.saved"));
            // every view builds its texts once: show the desk again in the language now chosen
            ui.getPage().reload();
        });
        add(new H2(getTranslation("language.heading")), language);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("language.heading");
    }
}
