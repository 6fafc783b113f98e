package cn.gxnews.portal.publicsite;

import org.springframework.context.MessageSource;

import java.util.Locale;

/** The public pages' chrome text in the page's language, from the same bundles as the desk. */
public final class PageText {

    private final MessageSource messages;
    private final Locale locale;

    PageText(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** Translates a message key of the bundles. */
    public String t(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** The value of the {@code lang} attribute, e.g. {@code zh-CN}. */
    public String lang() {
        return locale.toLanguageTag();
    }

    public Locale locale() {
        return locale;
    }
}
