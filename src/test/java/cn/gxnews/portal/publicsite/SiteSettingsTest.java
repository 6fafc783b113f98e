package cn.gxnews.portal.publicsite;

import cn.gxnews.portal.AbstractIntegrationTest;
import cn.gxnews.portal.TestClock;
import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.base.AdministrativeChange;
import cn.gxnews.portal.staff.AdministrativeChangeEntry;
import cn.gxnews.portal.staff.AdministrativeChangeLog;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import static cn.gxnews.portal.DemoTitles.LIUZHOU_PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The site settings as readers get them over HTTP: the footer's filing numbers in both languages when set and
 * not at all when not, the site's title, and grey mode switched by hand or by its schedule, exactly on time and
 * through the page cache and browsers' conditional requests.
 */
class SiteSettingsTest extends AbstractIntegrationTest {

    private static final String ICP = "桂ICP备12345678号-1";
    private static final String POLICE = "桂公网安备45010302000123号";
    private static final String GREY_CSS = "href=\"/css/site-grey.css\"";

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    private SiteSettingsService settings;

    @Autowired
    private AdministrativeChangeLog changeLog;

    @Autowired
    private TestClock clock;

    @Test
    void the_demo_starts_with_colour_and_no_filing_numbers_in_the_footer() throws Exception {
        for (String page : publicPages()) {
            String html = get(page).body();
            assertThat(html).as(page).doesNotContain("beian", GREY_CSS, "site-copyright");
        }
    }

    @Test
    void the_filing_numbers_appear_linked_in_the_footer_of_every_page_in_both_languages_once_set() throws Exception {
        publicPages().forEach(this::get); // all of them in the page cache

        save(withFooter(current(), "广西示例传媒有限公司", "© 2026 广西示例传媒有限公司 版权所有", ICP, POLICE));

        for (String page : publicPages()) {
            String html = get(page).body();
            assertThat(html).as(page).contains(
                    "<a class=\"site-icp\" href=\"https://beian.miit.gov.cn/\"",
                    ">" + ICP + "</a>",
                    "href=\"https://beian.mps.gov.cn/#/query/webSearch?code=45010302000123\"",
                    "<svg class=\"site-police-icon\"",
                    POLICE + "</a>",
                    "© 2026 广西示例传媒有限公司 版权所有",
                    "广西示例传媒有限公司</p>");
        }
        // a page that does not exist shows the footer too, in its language
        HttpResponse<String> missing = get("/en/news/999999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("<html lang=\"en\">", ">" + ICP + "</a>", POLICE + "</a>");
    }

    @Test
    void filing_numbers_removed_again_leave_no_trace_in_the_footer() throws Exception {
        save(withFooter(current(), "", "", ICP, POLICE));
        assertThat(get("/en/contact").body()).contains(ICP);

        save(withFooter(current(), "", "", "", ""));

        for (String page : publicPages()) {
            assertThat(get(page).body()).as(page).doesNotContain("beian", "site-filings", "site-police-icon");
        }
    }

    @Test
    void the_site_title_in_each_language_names_the_site() throws Exception {
        SiteSettings s = current();
        save(new SiteSettings(s.companyName(), "桂讯", "Guangxi Bulletin", s.copyright(), s.icpNumber(),
                s.policeNumber(), s.greyMode(), null, null));

        assertThat(get("/").body()).contains("<title>桂讯</title>", "<a class=\"site-brand\" href=\"/\">桂讯</a>");
        assertThat(get("/en/").body()).contains("<title>Guangxi Bulletin</title>",
                "<meta property=\"og:site_name\" content=\"Guangxi Bulletin\">");
        ArticleId id = idOf(LIUZHOU_PUBLISHED);
        assertThat(get("/en/news/" + id).body()).contains("<title>" + LIUZHOU_PUBLISHED + " - Guangxi Bulletin</title>");
    }

    @Test
    void grey_mode_turns_every_page_grey_at_once_and_back_again_even_from_the_page_cache() throws Exception {
        publicPages().forEach(this::get);

        save(grey(current(), GreyMode.ON, (Instant) null, null));
        for (String page : publicPages()) {
            assertThat(get(page).body()).as(page).contains(GREY_CSS);
        }

        save(grey(current(), GreyMode.OFF, (Instant) null, null));
        for (String page : publicPages()) {
            assertThat(get(page).body()).as(page).doesNotContain(GREY_CSS);
        }
    }

    @Test
    void the_grey_stylesheet_turns_the_whole_page_photos_included_grayscale() throws Exception {
        HttpResponse<String> css = get("/css/site-grey.css");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains("html {", "filter: grayscale(100%)");
    }

    @Test
    void a_scheduled_grey_period_starts_and_ends_exactly_on_time_with_no_cached_page_in_the_old_colours()
            throws Exception {
        Instant now = Instant.parse("2026-12-12T16:00:00Z");
        Instant start = Instant.parse("2026-12-13T00:00:00Z"); // 08:00 Beijing time
        Instant end = Instant.parse("2026-12-13T12:00:00Z");
        clock.stopAt(now);
        save(grey(current(), GreyMode.SCHEDULED, start, end));
        String article = "/news/" + idOf(LIUZHOU_PUBLISHED);

        clock.stopAt(start.minusMillis(1));
        HttpResponse<String> colour = get(article);
        assertThat(colour.body()).doesNotContain(GREY_CSS);
        assertThat(get("/").body()).doesNotContain(GREY_CSS); // both now in the page cache, in colour
        String lastModified = colour.headers().firstValue("Last-Modified").orElseThrow();
        String etag = colour.headers().firstValue("ETag").orElseThrow();

        clock.stopAt(start);
        assertThat(get("/").body()).contains(GREY_CSS);
        HttpResponse<String> grey = get(article);
        assertThat(grey.body()).contains(GREY_CSS);
        String greyLastModified = grey.headers().firstValue("Last-Modified").orElseThrow();
        // a browser asking whether its coloured copy is still good is told it is not
        assertThat(conditional(article, lastModified, null).statusCode()).isEqualTo(200);
        assertThat(conditional(article, lastModified, etag).statusCode()).isEqualTo(200);

        clock.stopAt(end.minusMillis(1));
        assertThat(get("/en/").body()).contains(GREY_CSS);

        clock.stopAt(end);
        assertThat(get("/").body()).doesNotContain(GREY_CSS);
        assertThat(get("/en/").body()).doesNotContain(GREY_CSS);
        assertThat(get(article).body()).doesNotContain(GREY_CSS);
        // a browser that kept the grey copy is told it is out of date, whether from the page cache or not
        assertThat(conditional(article, greyLastModified, null).statusCode()).isEqualTo(200);
        assertThat(conditional(article, greyLastModified, null).body()).doesNotContain(GREY_CSS);
    }

    @Test
    void a_change_saved_on_another_instance_reaches_this_ones_pages() throws Exception {
        get("/contact");
        // what another instance's save leaves behind: the row changed, and the announcement
        db.execute("update site_settings set icp_number = ?, version = version + 1", ICP);

        db.execute("notify portal_public_changed");

        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        String page = get("/contact").body();
        while (!page.contains(ICP) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            page = get("/contact").body();
        }
        assertThat(page).contains(ICP);
    }

    @Test
    void wrong_filing_numbers_an_incomplete_period_and_a_stale_form_are_refused_and_change_nothing() {
        SiteSettings s = current();
        assertThatThrownBy(() -> save(withFooter(s, "", "", "桂ICP12345678", "")))
                .isInstanceOfSatisfying(SiteSettingsRefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("siteSettings.error.icpNumber");
                    assertThat(e.field()).isEqualTo("siteSettings.icpNumber");
                });
        assertThatThrownBy(() -> save(withFooter(s, "", "", "", "桂公网安备4501030200号")))
                .isInstanceOfSatisfying(SiteSettingsRefusedException.class,
                        e -> assertThat(e.field()).isEqualTo("siteSettings.policeNumber"));
        Instant later = Instant.now().plus(Duration.ofDays(1));
        assertThatThrownBy(() -> save(grey(s, GreyMode.SCHEDULED, later, later.minusSeconds(60))))
                .isInstanceOfSatisfying(SiteSettingsRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("siteSettings.error.greyPeriod"));
        assertThatThrownBy(() -> save(grey(s, GreyMode.SCHEDULED, null, later)))
                .isInstanceOfSatisfying(SiteSettingsRefusedException.class,
                        e -> assertThat(e.field()).isEqualTo("siteSettings.greyFrom"));

        int version = as("admin", () -> settings.load()).version();
        as("admin", () -> settings.update(withFooter(s, "", "", ICP, ""), version));
        assertThatThrownBy(() -> as("admin", () -> settings.update(withFooter(s, "", "", "", POLICE), version)))
                .isInstanceOfSatisfying(SiteSettingsRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("siteSettings.error.stale"));
        assertThat(current().icpNumber()).isEqualTo(ICP);
        assertThat(current().policeNumber()).isEmpty();
    }

    @Test
    void only_administrators_change_the_settings() {
        int version = as("admin", () -> settings.load()).version();
        assertThatThrownBy(() -> as("editor.all", () -> settings.update(withFooter(current(), "", "", ICP, ""),
                version))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("editor.all", () -> settings.load())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void every_change_goes_to_the_record_of_administrative_changes_with_the_fields_before_and_after() {
        save(withFooter(current(), "", "", ICP, ""));
        save(greyInBeijing(current(), GreyMode.SCHEDULED, LocalDateTime.of(2030, 4, 4, 0, 0), LocalDateTime.of(2030, 4, 5, 0, 0)));

        List<AdministrativeChangeEntry> entries = as("admin", () -> changeLog.find(
                AdministrativeChange.Kind.SITE_SETTINGS_CHANGED, null, null, 0, 10).toList());
        assertThat(entries).hasSize(2);
        assertThat(entries).allSatisfy(entry -> assertThat(entry.actor()).isEqualTo("admin"));
        assertThat(entries.get(1).after()).containsEntry("icpNumber", ICP);
        assertThat(entries.get(1).before()).doesNotContainKey("icpNumber");
        assertThat(entries.get(0).before()).containsEntry("greyMode", "OFF");
        assertThat(entries.get(0).after()).containsEntry("greyMode", "SCHEDULED")
                .containsEntry("greyFrom", "2030-04-04 00:00").containsEntry("greyUntil", "2030-04-05 00:00");
    }

    private List<String> publicPages() {
        String article = "/news/" + idOf(LIUZHOU_PUBLISHED);
        return List.of("/", "/en/", "/news", "/en/news", article, "/en" + article, "/contact", "/en/contact",
                "/offices/liuzhou", "/search?q=" + java.net.URLEncoder.encode("博览会", java.nio.charset.StandardCharsets.UTF_8));
    }

    private SiteSettings current() {
        return as("admin", () -> settings.load()).settings();
    }

    private void save(SiteSettings changed) {
        as("admin", () -> settings.update(changed, settings.load().version()));
    }

    private static SiteSettings withFooter(SiteSettings s, String company, String copyright, String icp, String police) {
        return new SiteSettings(company, s.titleZh(), s.titleEn(), copyright, icp, police, s.greyMode(), s.greyFrom(),
                s.greyUntil());
    }

    private static SiteSettings grey(SiteSettings s, GreyMode mode, @Nullable Instant from, @Nullable Instant until) {
        return new SiteSettings(s.companyName(), s.titleZh(), s.titleEn(), s.copyright(), s.icpNumber(),
                s.policeNumber(), mode, from, until);
    }

    /** A period given in Beijing time, as administrators enter it. */
    private static SiteSettings greyInBeijing(SiteSettings s, GreyMode mode, LocalDateTime from, LocalDateTime until) {
        return grey(s, mode, from.atZone(cn.gxnews.portal.base.Translations.ZONE).toInstant(),
                until.atZone(cn.gxnews.portal.base.Translations.ZONE).toInstant());
    }

    private HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> conditional(String path, String lastModified, @Nullable String etag) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET()
                .header("If-Modified-Since", lastModified);
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
