package cn.gxnews.portal.base;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One set of message bundles ({@code i18n/messages*.properties}) for the desk and the public site.
 * The base bundle is Simplified Chinese, the portal's first language; English is second. Vaadin picks
 * the browser's language when it is one of these and falls back to Chinese otherwise.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** The languages the portal speaks, first language first. */
    public static final List<Locale> LANGUAGES = List.of(CHINESE, ENGLISH);

    /** The company works in China: times are shown and entered in Beijing time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZONE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZONE);

    private final MessageSource messages;

    Translations(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, locale);
        } catch (NoSuchMessageException e) {
            return "!" + key;
        }
    }

    /** A refusal as the user reads it: nested message keys translated, times in Beijing time. */
    public String message(PortalException exception, Locale locale) {
        Object[] args = Arrays.stream(exception.messageArgs())
                .map(arg -> switch (arg) {
                    case MessageKey key -> getTranslation(key.key(), locale);
                    case Instant time -> formatDateTime(time);
                    default -> arg;
                })
                .toArray();
        return getTranslation(exception.messageKey(), locale, args);
    }

    /** Date and minute in Beijing time, e.g. {@code 2026-11-27 18:30}: the same for every language. */
    public static String formatDateTime(Instant time) {
        return DATE_TIME.format(time);
    }

    /** The time of day in Beijing time, to the second, e.g. {@code 18:30:05}. */
    public static String formatTime(Instant time) {
        return TIME.format(time);
    }

    /** The date in Beijing time, e.g. {@code 2026-11-27}. */
    public static String formatDate(Instant time) {
        return DATE.format(time);
    }
}
