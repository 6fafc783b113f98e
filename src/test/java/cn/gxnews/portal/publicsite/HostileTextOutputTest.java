package cn.gxnews.portal.publicsite;

import cn.gxnews.portal.AbstractIntegrationTest;
import cn.gxnews.portal.base.PlainText;
import cn.gxnews.portal.article.Block;
import cn.gxnews.portal.article.repository.BodyConverter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever text the database holds (stored before today's checks, or written by other means than the portal),
 * every page, feed, sitemap and JSON-LD block stays well-formed for every reader: the hostile texts are written
 * straight into the tables of published articles, past the services' checks, and each output is read back with a
 * real XML or JSON parser.
 */
class HostileTextOutputTest extends AbstractIntegrationTest {

    /** Texts that break naive output; a NUL and lone surrogates are missing as PostgreSQL cannot store them. */
    private static final List<String> CORPUS = List.of(
            "退格\u0008与转义\u001B[31m红字\u001B[0m",
            "垂直制表\u000B换页\u000C其他\u0001\u0002\u001F删除\u007F C1\u0085\u009F",
            "CDATA 结束 ]]> 与 <![CDATA[ 开始",
            "</script><script>alert(1)</script> 与 <!-- 注释 --> <!--",
            "引号 \"双\" 'single' & 和 <b>粗</b> &amp; &#0;",
            "阿拉伯文 \u200F\u202Eمرحبا\u202C 与 LTR\u200E",
            "表情 😀👨‍👩‍👧 与扩展B 𠀀𠀁𪚥",
            "非字符 \uFFFE\uFFFF\uFDD0 与分隔符 \u2028 和 \u2029 结束",
            "长".repeat(180) + "\u0008]]></script>\u2028");
    private static final Pattern JSON_LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>",
            Pattern.DOTALL);
    /** What no output may carry: control characters but line breaks and tabs, and noncharacters. */
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]");

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    private TransactionTemplate transaction;

    @Autowired
    private PageCache pageCache;

    private Map<String, Object> guilinBefore;

    @AfterEach
    void restoreGuilin() {
        if (guilinBefore != null) {
            db.execute("update office set name_zh = ?, address = ? where code = 'guilin'", guilinBefore.get("name_zh"),
                    guilinBefore.get("address"));
        }
        pageCache.invalidateAll();
    }

    @Test
    void feeds_sitemap_pages_and_json_ld_stay_well_formed_whatever_the_stored_text() throws Exception {
        Map<Long, String> titles = new LinkedHashMap<>();
        for (String text : CORPUS) {
            titles.put(publishDirectly(text), text);
        }
        guilinBefore = db.fetchSingle("select name_zh, address from office where code = 'guilin'").intoMap();
        db.execute("update office set name_zh = ?, address = ? where code = 'guilin'", "桂林\u0008]]>",
                "七星区\u001B</script>\u2028");
        pageCache.invalidateAll();

        for (String feedPath : List.of("/feed.atom", "/offices/guilin/feed.atom", "/sections/industry/feed.atom")) {
            Document feed = xml(get(feedPath).body());
            NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
            Map<String, String> entryTitles = new LinkedHashMap<>();
            for (int i = 0; i < entries.getLength(); i++) {
                Element entry = (Element) entries.item(i);
                entryTitles.put(text(entry, "id"), text(entry, "title"));
                assertThat(text(entry, "summary")).doesNotContainPattern(UNPRINTABLE);
            }
            titles.forEach((id, title) -> assertThat(entryTitles).as(feedPath)
                    .containsEntry("http://localhost:8080/news/" + id, shown(title)));
        }
        assertThat(text(xml(get("/offices/guilin/feed.atom").body()).getDocumentElement(), "title"))
                .isEqualTo("行业新闻 · 桂林]]>分公司");
        Document sitemap = xml(get("/sitemap.xml").body());
        assertThat(sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc").getLength())
                .isGreaterThan(titles.size());

        JsonMapper json = JsonMapper.builder().build();
        for (Map.Entry<Long, String> article : titles.entrySet()) {
            for (String path : List.of("/news/" + article.getKey(), "/en/news/" + article.getKey())) {
                HttpResponse<String> page = get(path);
                assertThat(page.statusCode()).as(path).isEqualTo(200);
                String html = page.body();
                assertThat(html).as(path).doesNotContainPattern(UNPRINTABLE);
                // the only script element is the JSON-LD: no text closed it or opened another
                assertThat(html.split("<script", -1)).as(path).hasSize(2);
                Matcher script = JSON_LD.matcher(html);
                assertThat(script.find()).as(path).isTrue();
                assertThat(script.group(1)).as(path).doesNotContain("\u2028", "\u2029", "<", ">");
                JsonNode jsonLd = json.readTree(script.group(1));
                assertThat(jsonLd.path("headline").asString()).as(path).isEqualTo(shown(article.getValue()));
                assertThat(jsonLd.path("description").asString()).as(path).isEqualTo(shown(article.getValue()));
            }
        }
        for (String path : List.of("/", "/news", "/offices/guilin", "/sections/industry?office=guilin", "/contact",
                "/en/contact",
                "/search?q=" + URLEncoder.encode("敌意", StandardCharsets.UTF_8))) {
            HttpResponse<String> page = get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).doesNotContainPattern(UNPRINTABLE);
            assertThat(page.body().split("<script", -1)).as(path).hasSizeLessThanOrEqualTo(2);
        }
        assertThat(get("/contact").body()).contains("七星区&lt;/script&gt;");
    }

    /** The text as readers get it: without the characters no output carries. */
    private static String shown(String stored) {
        return PlainText.printable(stored).strip();
    }

    /** A live Guilin article with the text everywhere, straight in the tables, with its search row. */
    private long publishDirectly(String text) {
        return transaction.execute(status -> {
            long author = db.fetchSingle("select id from staff_user where username = 'author.guilin'").get(0, Long.class);
            long id = db.fetchSingle("""
                    insert into article (office_code, author_id, state, live, working_revision_id,
                                         published_revision_id, first_published_at, updated_by)
                    values ('guilin', ?, 'PUBLISHED', true, 0, 0, now(), ?) returning id""", author, author)
                    .get(0, Long.class);
            List<Block> body = new ArrayList<>();
            body.add(new Block.Paragraph(text + " **粗** [链接](https://example.com/?a=1&b=2) " + text.repeat(40)));
            body.add(new Block.Heading(text));
            body.add(new Block.Quote(text));
            body.add(new Block.Photo(null, text, text, text));
            long revision = db.fetchSingle("""
                    insert into article_revision (article_id, revision_no, title, summary, body, created_by)
                    values (?, 1, ?, ?, ?::jsonb, ?) returning id""", id, text, text, new BodyConverter().to(body).data(),
                    author).get(0, Long.class);
            db.execute("update article set working_revision_id = ?, published_revision_id = ? where id = ?", revision,
                    revision, id);
            db.execute("""
                    insert into article_search (article_id, office_code, published_at, document, title)
                    values (?, 'guilin', now(), to_tsvector('simple', '敌意'), to_tsvector('simple', '敌意'))""", id);
            return id;
        });
    }

    private static String text(Element parent, String child) {
        return parent.getElementsByTagNameNS("*", child).item(0).getTextContent();
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
