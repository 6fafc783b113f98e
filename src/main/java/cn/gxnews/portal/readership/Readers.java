package cn.gxnews.portal.readership;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Which requests of an article page are a reader's view (decision 0028). Not counted: known bots, crawlers,
 * link previews and scripts (by their user agent, which is read here and never kept), a browser's prefetch
 * (it may never be shown), and pages opened from the desk (an editor checking the live page is not a reader).
 */
public final class Readers {

    /**
     * The robots of search engines, social networks' link previews, monitors and HTTP libraries. WeChat's and
     * other apps' in-app browsers are readers and are not named here.
     */
    static final Pattern BOTS = Pattern.compile("(?i)bot\\b|bot/|crawl|spider|slurp|archiver|facebookexternalhit"
            + "|embedly|preview|headless|lighthouse|pingdom|uptime|monitor|curl/|wget/|python|java/|okhttp"
            + "|java-http-client|go-http-client|apache-httpclient|libwww|httpie|scrapy|feedfetcher|feed|rss|mediapartners"
            + "|phantomjs|selenium|puppeteer|playwright|node-fetch|axios|yandex|bingpreview|sogou|360spider"
            + "|yisou|bytespider|petalbot|semrush|ahrefs|mj12|dotbot|censys|zgrab|masscan|nmap");

    private Readers() {
    }

    /** Whether this request of an article page counts as a reader's view. */
    public static boolean isReader(HttpServletRequest request) {
        return isReader(request.getHeader("User-Agent"), request.getHeader("Sec-Purpose"),
                request.getHeader("Purpose"), request.getHeader("Referer"));
    }

    static boolean isReader(@Nullable String userAgent, @Nullable String secPurpose, @Nullable String purpose,
                            @Nullable String referer) {
        if (userAgent == null || userAgent.isBlank() || BOTS.matcher(userAgent).find()) {
            return false;
        }
        if (isPrefetch(secPurpose) || isPrefetch(purpose)) {
            return false;
        }
        return !fromDesk(referer);
    }

    private static boolean isPrefetch(@Nullable String purpose) {
        return purpose != null && purpose.toLowerCase(java.util.Locale.ROOT).contains("prefetch");
    }

    private static boolean fromDesk(@Nullable String referer) {
        if (referer == null) {
            return false;
        }
        try {
            String path = URI.create(referer.strip()).getPath();
            return path != null && (path.equals("/desk") || path.startsWith("/desk/"));
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }
}
