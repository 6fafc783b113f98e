package cn.gxnews.portal.publicsite;

import cn.gxnews.portal.base.PortalProperties;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * Makes the {@link PageText} of a public page with the current site settings. Whether the page is grey is decided
 * once per request, by the page cache (which keeps grey and coloured copies apart), so that the page rendered and
 * the cache entry it fills always agree, even at the very moment a scheduled grey period starts or ends.
 */
@Component
class PageTexts {

    /** The request attribute with the grey-or-not decision of the page cache for this request. */
    static final String GREY = PageTexts.class.getName() + ".grey";
    /** The request attribute with the instant the decision was made at. */
    static final String NOW = PageTexts.class.getName() + ".now";

    private final MessageSource messages;
    private final SiteSettingsService settings;
    private final String publicUrl;
    private final Clock clock;

    PageTexts(MessageSource messages, SiteSettingsService settings, PortalProperties properties, Clock clock) {
        this.clock = clock;
        this.messages = messages;
        this.settings = settings;
        this.publicUrl = properties.publicUrl();
    }

    /**
     * Decides, once for the request, whether its page is grey, and returns the name of the page cache's copies for
     * that look: grey or coloured, and since which scheduled switch. A page cached before a scheduled start or end
     * is therefore never served after it, not even when its colours would be right, since its {@code Last-Modified}
     * would be older than the switch and a browser holding the other colours would be told its copy is current.
     */
    String decideLook(HttpServletRequest request) {
        Instant now = clock.instant();
        SiteSettings site = settings.current().settings();
        boolean grey = site.greyAt(now);
        request.setAttribute(GREY, grey);
        request.setAttribute(NOW, now);
        Instant switched = site.lastScheduledSwitch(now);
        return (grey ? "grey" : "colour") + (switched == null ? "" : "@" + switched.toEpochMilli()) + ":";
    }

    /** @param uri the address the reader asked for: {@code /en/...} is English, everything else Chinese */
    PageText of(HttpServletRequest request, @org.jspecify.annotations.Nullable String uri, String neutralPath) {
        Object decided = request.getAttribute(GREY);
        boolean grey = decided instanceof Boolean known ? known : settings.greyNow();
        return new PageText(messages, PublicSiteController.languageOf(uri), neutralPath, publicUrl,
                settings.current().settings(), grey);
    }

    /**
     * When a page last changed for the settings' sake: a change of the settings, or a scheduled start or end of grey
     * mode that has passed. A page's {@code Last-Modified} is never earlier, so no browser keeps an old copy.
     */
    Instant settingsChangedAt(HttpServletRequest request) {
        Instant now = request.getAttribute(NOW) instanceof Instant decided ? decided : clock.instant();
        SavedSiteSettings saved = settings.current();
        Instant switched = saved.settings().lastScheduledSwitch(now);
        return switched != null && switched.isAfter(saved.updatedAt()) ? switched : saved.updatedAt();
    }
}
