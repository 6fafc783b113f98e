package cn.gxnews.portal.publicsite;

import cn.gxnews.portal.base.PortalProperties;
import cn.gxnews.portal.base.PlainText;
import cn.gxnews.portal.article.ArticleRenderer;
import cn.gxnews.portal.article.PublishedArticle;
import cn.gxnews.portal.office.Office;
import cn.gxnews.portal.section.Section;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The machine-readable side of the site: Atom feeds (all news, one per office and one per section), the sitemap and
 * {@code robots.txt}. XML is written with a streaming writer, so every text is escaped by construction; the
 * characters XML cannot carry at all (control characters, escaped or not) are dropped before they are written,
 * whatever the database holds: one of them would make the whole feed unreadable for every reader.
 */
@Controller
class FeedController {

    static final int FEED_SIZE = 20;
    /** A sitemap file holds at most 50,000 addresses. */
    static final int SITEMAP_ARTICLES = 49_000;
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final CacheControl FEED_CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final PublishedNewsService news;
    private final PublicOffices offices;
    private final ArticleRenderer renderer;
    private final String publicUrl;
    private final PublicSections sections;

    FeedController(PublishedNewsService news, PublicOffices offices, ArticleRenderer renderer,
                   PortalProperties properties, PublicSections sections) {
        this.sections = sections;
        this.news = news;
        this.offices = offices;
        this.renderer = renderer;
        this.publicUrl = properties.publicUrl();
    }

    @GetMapping("/feed.atom")
    ResponseEntity<String> feed() throws XMLStreamException {
        return atom(null, news.page(null, 1, FEED_SIZE));
    }

    @GetMapping("/offices/{code}/feed.atom")
    ResponseEntity<String> officeFeed(@PathVariable String code) throws XMLStreamException {
        Office office = offices.find(code).orElseThrow(PublicSiteController.NotFoundException::new);
        return atom(office, news.page(code, 1, FEED_SIZE));
    }

    /** One section's news, as its page lists it. */
    @GetMapping("/sections/{slug}/feed.atom")
    ResponseEntity<String> sectionFeed(@PathVariable String slug) throws XMLStreamException {
        Section section = sections.findBySlug(slug).orElseThrow(PublicSiteController.NotFoundException::new);
        return atom("/sections/" + slug, "行业新闻 · " + section.nameZh(),
                news.page(null, section.id(), 1, FEED_SIZE));
    }

    private ResponseEntity<String> atom(@Nullable Office office, List<PublishedArticle> articles)
            throws XMLStreamException {
        return atom(office == null ? "" : "/offices/" + office.code(),
                office == null ? "行业新闻" : "行业新闻 · " + office.nameZh() + "分公司", articles);
    }

    /** @param path the page the feed follows ({@code ""} for the home page) */
    private ResponseEntity<String> atom(String path, String title, List<PublishedArticle> articles)
            throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        String self = path + "/feed.atom";
        String site = path.isEmpty() ? "/" : path;
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
        xml.writeAttribute("xml:lang", "zh-CN");
        element(xml, "id", publicUrl + self);
        element(xml, "title", title);
        element(xml, "updated", time(articles.stream().map(PublishedArticle::updatedAt)
                .max(Comparator.naturalOrder()).orElse(Instant.EPOCH)));
        link(xml, "self", publicUrl + self);
        link(xml, "alternate", publicUrl + site);
        for (PublishedArticle article : articles) {
            String url = publicUrl + "/news/" + article.id();
            xml.writeStartElement("entry");
            element(xml, "id", url);
            element(xml, "title", article.content().title());
            element(xml, "published", time(article.publishedAt()));
            element(xml, "updated", time(article.updatedAt()));
            link(xml, "alternate", url);
            xml.writeStartElement("author");
            element(xml, "name", offices.find(article.officeCode()).map(o -> o.name(Locale.SIMPLIFIED_CHINESE) + "分公司")
                    .orElse(article.officeCode()));
            xml.writeEndElement();
            element(xml, "summary", article.content().summary());
            xml.writeStartElement("content");
            xml.writeAttribute("type", "html");
            String html = renderer.renderForReaders(article.content(), offices.photoMark(article.officeCode()));
            xml.writeCharacters(PlainText.printable(absolutise(html)));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(ATOM).cacheControl(FEED_CACHE).body(out.toString());
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
        for (String path : List.of("/", "/news", "/contact")) {
            url(xml, path, null);
        }
        for (Office office : offices.byCode().values()) {
            url(xml, "/offices/" + office.code(), null);
        }
        for (Section section : sections.findAll()) {
            url(xml, "/sections/" + section.slug(), null);
        }
        for (SitemapEntry entry : news.index(0, SITEMAP_ARTICLES)) {
            url(xml, "/news/" + entry.id(), entry.updatedAt());
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/xml;charset=UTF-8"))
                .cacheControl(FEED_CACHE).body(out.toString());
    }

    @GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
    ResponseEntity<String> robots() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .body("User-agent: *\nAllow: /\nDisallow: /desk\nDisallow: /search\n\nSitemap: " + publicUrl
                        + "/sitemap.xml\n");
    }

    private void url(XMLStreamWriter xml, String path, @Nullable Instant lastModified) throws XMLStreamException {
        xml.writeStartElement("url");
        element(xml, "loc", publicUrl + path);
        if (lastModified != null) {
            element(xml, "lastmod", time(lastModified));
        }
        xml.writeEndElement();
    }

    /** Feed readers show the article elsewhere: its photos' addresses must be absolute. */
    private String absolutise(String html) {
        return html.replace("src=\"/media/", "src=\"" + publicUrl + "/media/")
                .replace(", /media/", ", " + publicUrl + "/media/")
                .replace("srcset=\"/media/", "srcset=\"" + publicUrl + "/media/");
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(PlainText.printable(text));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", PlainText.printable(href));
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
