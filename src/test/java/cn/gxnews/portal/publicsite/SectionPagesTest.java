package cn.gxnews.portal.publicsite;

import cn.gxnews.portal.AbstractIntegrationTest;
import cn.gxnews.portal.SessionCounter;
import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.ArticleSectionService;
import cn.gxnews.portal.section.Section;
import cn.gxnews.portal.section.SectionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.gxnews.portal.DemoTitles.GUILIN_PUBLISHED;
import static cn.gxnews.portal.DemoTitles.LIUZHOU_PUBLISHED;
import static cn.gxnews.portal.DemoTitles.NANNING_PUBLISHED_SEED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sections on the public site over real HTTP: a page and an Atom feed per section, filtered by office as well,
 * the section in the article's breadcrumbs and JSON-LD, and pages that follow a moved article or a renamed
 * section at once.
 */
class SectionPagesTest extends AbstractIntegrationTest {

    private static final Pattern JSON_LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>");

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    private SectionService sections;

    @Autowired
    private ArticleSectionService articleSections;

    @Autowired
    private SessionCounter sessions;

    @Test
    void a_section_page_lists_only_its_articles_and_filters_by_office_too() throws Exception {
        HttpResponse<String> notices = get("/sections/notices");
        assertThat(notices.statusCode()).isEqualTo(200);
        assertThat(notices.body()).contains("<h1 class=\"page-heading\">通知公告</h1>", LIUZHOU_PUBLISHED,
                        "<span aria-current=\"page\">通知公告</span>", "href=\"/sections/notices/feed.atom\"")
                .doesNotContain(NANNING_PUBLISHED_SEED, GUILIN_PUBLISHED);

        String industry = get("/sections/industry").body();
        assertThat(industry).contains(NANNING_PUBLISHED_SEED, GUILIN_PUBLISHED).doesNotContain(LIUZHOU_PUBLISHED);

        String industryGuilin = get("/sections/industry?office=guilin").body();
        assertThat(industryGuilin).contains("<h1 class=\"page-heading\">桂林分公司 · 行业新闻</h1>", GUILIN_PUBLISHED,
                        "href=\"/sections/notices?office=guilin\"", "href=\"/offices/guilin\"")
                .doesNotContain(NANNING_PUBLISHED_SEED);
        assertThat(get("/sections/notices?office=nanning").body()).doesNotContain(LIUZHOU_PUBLISHED);

        String english = get("/en/sections/notices?office=liuzhou").body();
        assertThat(english).contains("<html lang=\"en\"", "Notices of the Liuzhou office", LIUZHOU_PUBLISHED);

        assertThat(get("/news").body()).contains("<nav class=\"section-filter\"", "href=\"/sections/company\"");
        assertThat(get("/sections/nope").statusCode()).isEqualTo(404);
        assertThat(get("/sections/notices?office=nope").statusCode()).isEqualTo(404);
        assertThat(get("/sections/notices?page=2").statusCode()).isEqualTo(404);
    }

    @Test
    void each_section_has_an_atom_feed_of_its_articles() throws Exception {
        HttpResponse<String> response = get("/sections/notices/feed.atom");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/atom+xml"));
        Document feed = xml(response.body());
        assertThat(feed.getDocumentElement().getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title").item(0)
                .getTextContent()).isEqualTo("行业新闻 · 通知公告");
        assertThat(entryTitles(feed)).containsExactly(LIUZHOU_PUBLISHED);
        assertThat(entryTitles(xml(get("/sections/industry/feed.atom").body())))
                .contains(NANNING_PUBLISHED_SEED, GUILIN_PUBLISHED).doesNotContain(LIUZHOU_PUBLISHED);
        assertThat(get("/sections/nope/feed.atom").statusCode()).isEqualTo(404);
        assertThat(get("/sitemap.xml").body()).contains("<loc>http://localhost:8080/sections/notices</loc>");
    }

    @Test
    void an_article_names_its_section_in_the_breadcrumbs_and_in_its_json_ld() throws Exception {
        ArticleId id = idOf(LIUZHOU_PUBLISHED);

        String html = get("/news/" + id).body();

        assertThat(html).contains("<nav class=\"breadcrumbs\" aria-label=\"当前位置\">",
                "<li><a href=\"/\">首页</a></li>", "<li><a href=\"/sections/notices\">通知公告</a></li>",
                "<li aria-current=\"page\">" + LIUZHOU_PUBLISHED + "</li>");
        Matcher script = JSON_LD.matcher(html);
        assertThat(script.find()).isTrue();
        JsonNode jsonLd = JsonMapper.builder().build().readTree(script.group(1));
        assertThat(jsonLd.path("articleSection").asString()).isEqualTo("通知公告");
        JsonNode crumbs = jsonLd.path("mainEntityOfPage").path("breadcrumb").path("itemListElement");
        assertThat(crumbs.size()).isEqualTo(3);
        assertThat(crumbs.get(1).path("name").asString()).isEqualTo("通知公告");
        assertThat(crumbs.get(1).path("item").asString()).isEqualTo("http://localhost:8080/sections/notices");
        assertThat(crumbs.get(2).path("position").asInt()).isEqualTo(3);
        assertThat(get("/en/news/" + id).body()).contains("<li><a href=\"/en/sections/notices\">Notices</a></li>");
    }

    @Test
    void a_moved_live_article_and_a_renamed_section_show_at_once_on_cached_pages() throws Exception {
        assertThat(get("/sections/company").body()).doesNotContain(NANNING_PUBLISHED_SEED);
        assertThat(get("/news/" + idOf(NANNING_PUBLISHED_SEED)).body()).contains("行业新闻</a></li>");

        long company = sections.findBySlug("company").orElseThrow().id();
        as("editor.nanning", () -> {
            articleSections.move(idOf(NANNING_PUBLISHED_SEED), company);
            return null;
        });
        Section notices = sections.findBySlug("notices").orElseThrow();
        as("admin", () -> sections.update(new Section(notices.id(), "announcements", "公告", "Announcements",
                notices.position(), notices.version()), notices.version()));

        assertThat(get("/sections/company").body()).contains(NANNING_PUBLISHED_SEED);
        assertThat(get("/news/" + idOf(NANNING_PUBLISHED_SEED)).body()).contains("公司新闻</a></li>");
        assertThat(get("/sections/notices").statusCode()).isEqualTo(404);
        assertThat(get("/sections/announcements").body()).contains("<h1 class=\"page-heading\">公告</h1>");
    }

    @Test
    void search_filters_by_office_and_section_together_and_keeps_the_filters_chosen() throws Exception {
        String q = "/search?q=" + java.net.URLEncoder.encode("分公司", StandardCharsets.UTF_8);
        // titles of hits are highlighted, so a hit is recognised by its link
        String liuzhou = "href=\"/news/" + idOf(LIUZHOU_PUBLISHED) + "\"";
        String guilin = "href=\"/news/" + idOf(GUILIN_PUBLISHED) + "\"";

        assertThat(get(q).body()).contains(liuzhou, guilin);
        String notices = get(q + "&section=notices").body();
        assertThat(notices).contains(liuzhou, "<option value=\"notices\" selected>").doesNotContain(guilin);
        assertThat(get(q + "&section=notices&office=liuzhou").body()).contains(liuzhou);
        assertThat(get(q + "&section=notices&office=guilin").body()).doesNotContain(liuzhou, guilin);
        String guilinIndustry = get(q + "&office=guilin&section=industry").body();
        assertThat(guilinIndustry).contains(guilin, "<option value=\"guilin\" selected>").doesNotContain(liuzhou);
        assertThat(get(q + "&section=nope").statusCode()).isEqualTo(404);
    }

    @Test
    void an_anonymous_reader_of_a_section_gets_no_cookie_and_costs_no_session() throws Exception {
        int before = sessions.created();
        for (String path : List.of("/sections/industry", "/en/sections/industry?office=guilin",
                "/sections/notices/feed.atom", "/news/" + idOf(LIUZHOU_PUBLISHED))) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
        assertThat(sessions.created()).isEqualTo(before);
    }

    private static List<String> entryTitles(Document feed) {
        NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            titles.add(((Element) entries.item(i)).getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title")
                    .item(0).getTextContent());
        }
        return titles;
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
