package cn.gxnews.portal.publicsite;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Locale;

/**
 * What administrators set for the whole public site: the company's name, the site's title in both languages, the
 * copyright line, the filing numbers Chinese law wants in the footer (an empty one is not shown), and grey mode.
 *
 * @param icpNumber    the ICP filing number (ICP备案号), e.g. {@code 桂ICP备12345678号-1}; links to the MIIT site
 * @param policeNumber the public security filing number (公安机关备案号), e.g. {@code 桂公网安备45010302000123号};
 *                     links to its record page
 * @param greyFrom     when grey mode starts (only for {@link GreyMode#SCHEDULED})
 * @param greyUntil    when it ends, exclusive (only for {@link GreyMode#SCHEDULED})
 */
public record SiteSettings(String companyName, String titleZh, String titleEn, String copyright, String icpNumber,
                           String policeNumber, GreyMode greyMode, @Nullable Instant greyFrom,
                           @Nullable Instant greyUntil) {

    /** The MIIT's filing site, where every ICP filing number of the footer must lead. */
    public static final String ICP_URL = "https://beian.miit.gov.cn/";

    /** The record page of a public security filing number: the ministry's query page for its 14 digits. */
    private static final String POLICE_RECORD_URL = "https://beian.mps.gov.cn/#/query/webSearch?code=";

    /** Whether the public site is grey at this instant: the start counts, the end does not. */
    public boolean greyAt(Instant now) {
        return switch (greyMode) {
            case OFF -> false;
            case ON -> true;
            case SCHEDULED -> greyFrom != null && greyUntil != null && !now.isBefore(greyFrom) && now.isBefore(greyUntil);
        };
    }

    /**
     * The last time the site's colours changed by themselves (a scheduled start or end that has passed), or
     * {@code null}: pages must count as modified since then, so that no browser keeps an old-coloured copy.
     */
    public @Nullable Instant lastScheduledSwitch(Instant now) {
        if (greyMode != GreyMode.SCHEDULED || greyFrom == null || greyUntil == null || now.isBefore(greyFrom)) {
            return null;
        }
        return now.isBefore(greyUntil) ? greyFrom : greyUntil;
    }

    /** The site's title in a reader's language. */
    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleZh;
    }

    /** The record page of the public security filing number (the digits of the number name it). */
    public String policeRecordUrl() {
        return POLICE_RECORD_URL + policeNumber.replaceAll("\\D", "");
    }
}
