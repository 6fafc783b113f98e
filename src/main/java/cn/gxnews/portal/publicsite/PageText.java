package cn.gxnews.portal.publicsite;

import cn.gxnews.portal.base.Translations;
import org.springframework.context.MessageSource;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What every public page needs to speak its language: the chrome's texts from the same bundles as the desk,
 * dates in the reader's language (in Beijing time), and the addresses of this page in both languages.
 * Chinese pages live at the root, English ones under {@code /en}; articles stay as written.
 */
public final class PageText {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA)
            .withZone(Translations.ZONE);
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(Translations.ZONE);

    private final MessageSource messages;
    private final Locale locale;
    private final String path;
    private final String publicUrl;
    private final SiteSettings site;
    private final boolean grey;

    /**
     * @param path      this page's address without the language prefix, e.g. {@code /news/5}
     * @param publicUrl the site's address as readers reach it, for canonical links and feeds
     * @param site      the site settings the page shows (title, footer)
     * @param grey      whether the page is grey (grey mode, 全站置灰)
     */
    PageText(MessageSource messages, Locale locale, String path, String publicUrl, SiteSettings site, boolean grey) {
        this.messages = messages;
        this.locale = locale;
        this.path = path;
        this.publicUrl = publicUrl;
        this.site = site;
        this.grey = grey;
    }

    /** The site settings: the footer's company, copyright line and filing numbers. */
    public SiteSettings site() {
        return site;
    }

    /** The site's title in this page's language (the administrators' setting). */
    public String brand() {
        return site.title(locale);
    }

    /** Whether the page is shown in grayscale (grey mode). */
    public boolean grey() {
        return grey;
    }

    /** Translates a message key of the bundles. */
    public String t(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** The value of the {@code lang} attribute: {@code zh-CN} or {@code en}. */
    public String lang() {
        return english() ? "en" : "zh-CN";
    }

    public Locale locale() {
        return locale;
    }

    public boolean english() {
        return "en".equals(locale.getLanguage());
    }

    /** An address of the site in this page's language. */
    public String href(String neutralPath) {
        return hrefIn(english(), neutralPath);
    }

    /** This page in Chinese or in English. */
    public String chineseHref() {
        return hrefIn(false, path);
    }

    public String englishHref() {
        return hrefIn(true, path);
    }

    /** The same, as full addresses (for hreflang and canonical links). */
    public String absolute(String href) {
        return publicUrl + href;
    }

    public String date(Instant time) {
        return (english() ? ENGLISH_DATE : CHINESE_DATE).format(time);
    }

    /**
     * The same moment for a {@code <time datetime>}: machines cannot read 2026年12月3日, and HTML allows at
     * most three fraction digits, so the database's microseconds are cut to milliseconds.
     */
    public String dateTime(Instant time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                time.truncatedTo(ChronoUnit.MILLIS).atZone(Translations.ZONE));
    }

    private static String hrefIn(boolean english, String neutralPath) {
        if (!english) {
            return neutralPath;
        }
        return neutralPath.equals("/") ? "/en/" : "/en" + neutralPath;
    }
}
