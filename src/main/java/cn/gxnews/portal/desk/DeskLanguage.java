package cn.gxnews.portal.desk;

import cn.gxnews.portal.base.LanguagePreference;
import cn.gxnews.portal.base.Translations;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * The desk speaks the language the signed-in member chose; otherwise the browser's language when the portal
 * has it, and Chinese when not. The browser's choice is read from its {@code Accept-Language} header itself:
 * the servlet container would otherwise substitute the server's own default locale when the header is missing.
 */
@Component
class DeskLanguage implements VaadinServiceInitListener {

    private final LanguagePreference preference;

    DeskLanguage(LanguagePreference preference) {
        this.preference = preference;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiInit -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            uiInit.getUI().setLocale(preference.ofCurrentMember()
                    .orElseGet(() -> choose(request == null ? null : request.getHeader("Accept-Language"))));
        });
    }

    /** The portal's language that best matches an {@code Accept-Language} header; Chinese when none does. */
    static Locale choose(@Nullable String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Translations.CHINESE;
        }
        try {
            List<Locale.LanguageRange> wanted = Locale.LanguageRange.parse(acceptLanguage);
            for (Locale.LanguageRange range : wanted) {
                String language = range.getRange().split("-")[0];
                if (language.equals("zh")) {
                    return Translations.CHINESE;
                }
                if (language.equals("en")) {
                    return Translations.ENGLISH;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return Translations.CHINESE;
        }
        return Translations.CHINESE;
    }
}
