package cn.gxnews.portal.publicsite;

import cn.gxnews.portal.base.PortalProperties;
import cn.gxnews.portal.base.Translations;
import cn.gxnews.portal.media.MediaService;
import cn.gxnews.portal.media.StoredPhoto;
import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.ArticleRenderer;
import cn.gxnews.portal.article.PublishedArticle;
import cn.gxnews.portal.search.SearchPage;
import cn.gxnews.portal.search.SearchService;
import cn.gxnews.portal.office.Office;
import cn.gxnews.portal.section.Section;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The public Industry News (行业新闻) site: the latest news with a lead story, the full list by office, one
 * article, the offices' contacts. Server-rendered, readable without JavaScript, stateless (see the public
 * filter chain), in Chinese at the root and with English chrome under {@code /en}.
 */
@Controller
class PublicSiteController {

    static final int HOME_LIST_SIZE = 10;
    static final int PAGE_SIZE = 20;
    /**
     * Pages may be kept, but every view asks again with the ETag (decision 0009): a correction reaches a reader
     * who loaded the page before it at their next view, and the answer to the question is mostly a {@code 304}.
     */
    static final CacheControl PAGE_CACHE = CacheControl.noCache().cachePublic();

    private final PublishedNewsService news;
    private final PublicOffices offices;
    private final ArticleRenderer renderer;
    private final MediaService media;
    private final SearchService search;
    private final PageTexts texts;
    private final PublicSections sections;
    private final String publicUrl;

    PublicSiteController(PublishedNewsService news, PublicOffices offices, ArticleRenderer renderer, MediaService media,
                         SearchService search, PageTexts texts, PortalProperties properties, PublicSections sections) {
        this.sections = sections;
        this.news = news;
        this.offices = offices;
        this.renderer = renderer;
        this.media = media;
        this.search = search;
        this.texts = texts;
        this.publicUrl = properties.publicUrl();
    }

    @GetMapping({"/", "/en", "/en/"})
    String home(HttpServletRequest request, HttpServletResponse response, Model model) {
        PageText text = text(request, "/");
        List<PublishedArticle> latest = news.latest(HOME_LIST_SIZE + 1);
        Map<String, Office> officesByCode = offices.byCode();
        List<NewsTeaser> teasers = teasers(latest, officesByCode, text);
        model.addAttribute("text", text);
        model.addAttribute("meta", new PageMeta(text.brand(), text.t("site.home.description"),
                text.absolute(text.href("/")), "website", teasers.isEmpty() || teasers.getFirst().coverSrc() == null
                ? null : text.absolute(teasers.getFirst().coverSrc()), null));
        model.addAttribute("lead", teasers.isEmpty() ? null : teasers.getFirst());
        model.addAttribute("teasers", teasers.isEmpty() ? List.of() : teasers.subList(1, teasers.size()));
        cache(response);
        return "home";
    }

    @GetMapping({"/news", "/en/news"})
    String list(@RequestParam(defaultValue = "1") int page, @RequestParam(required = false) @Nullable String office,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        Office chosen = office == null ? null : offices.find(office).orElseThrow(NotFoundException::new);
        return listPage(chosen, page, "/news", request, response, model);
    }

    @GetMapping({"/offices/{code}", "/en/offices/{code}"})
    String office(@PathVariable String code, @RequestParam(defaultValue = "1") int page, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        Office office = offices.find(code).orElseThrow(NotFoundException::new);
        model.addAttribute("officeContact", office);
        return listPage(office, page, "/offices/" + code, request, response, model);
    }

    private String listPage(@Nullable Office office, int page, String path, HttpServletRequest request,
                            HttpServletResponse response, Model model) {
        int total = news.count(office == null ? null : office.code());
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        if (page < 1 || page > pages) {
            throw new NotFoundException();
        }
        String query = office != null && path.equals("/news") ? "?office=" + office.code() + "&" : "?";
        PageText text = text(request, path + (page > 1 ? query + "page=" + page : office != null && path.equals("/news")
                ? "?office=" + office.code() : ""));
        String basePath = path.equals("/news") && office != null ? "/news?office=" + office.code() : path;
        List<NewsTeaser> teasers = teasers(news.page(office == null ? null : office.code(), page, PAGE_SIZE),
                offices.byCode(), text);
        String heading = office == null ? text.t("site.list.heading")
                : text.t("site.office.heading", office.name(text.locale()));
        List<ListPage.OfficeLink> links = new ArrayList<>();
        links.add(new ListPage.OfficeLink(text.t("office.all"), text.href("/news"), office == null));
        for (Office each : offices.byCode().values()) {
            links.add(new ListPage.OfficeLink(each.name(text.locale()), text.href("/offices/" + each.code()),
                    office != null && office.code().equals(each.code())));
        }
        String separator = basePath.contains("?") ? "&" : "?";
        model.addAttribute("text", text);
        model.addAttribute("meta", new PageMeta(page > 1 ? text.t("site.list.titlePage", heading, page)
                : text.t("site.list.title", heading), text.t("site.home.description"),
                text.absolute(text.href(page > 1 ? basePath + separator + "page=" + page : basePath)), "website", null, null));
        model.addAttribute("list", new ListPage(heading, teasers, page, pages,
                page > 1 ? text.href(page == 2 ? basePath : basePath + separator + "page=" + (page - 1)) : null,
                page < pages ? text.href(basePath + separator + "page=" + (page + 1)) : null, office, links,
                sectionLinks(null, office, text), null));
        if (!model.containsAttribute("officeContact")) {
            model.addAttribute("officeContact", null);
        }
        cache(response);
        return "list";
    }

    /** One section's news, of all offices or (with {@code ?office=}) of one: the two filters work together. */
    @GetMapping({"/sections/{slug}", "/en/sections/{slug}"})
    String section(@PathVariable String slug, @RequestParam(defaultValue = "1") int page,
                   @RequestParam(required = false) @Nullable String office, HttpServletRequest request,
                   HttpServletResponse response, Model model) {
        Section section = sections.findBySlug(slug).orElseThrow(NotFoundException::new);
        Office chosen = office == null ? null : offices.find(office).orElseThrow(NotFoundException::new);
        String officeCode = chosen == null ? null : chosen.code();
        int total = news.count(officeCode, section.id());
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        if (page < 1 || page > pages) {
            throw new NotFoundException();
        }
        String basePath = sectionPath(section, chosen);
        String separator = basePath.contains("?") ? "&" : "?";
        PageText text = text(request, page > 1 ? basePath + separator + "page=" + page : basePath);
        List<NewsTeaser> teasers = teasers(news.page(officeCode, section.id(), page, PAGE_SIZE), offices.byCode(), text);
        String heading = chosen == null ? section.name(text.locale())
                : text.t("site.section.officeHeading", section.name(text.locale()), chosen.name(text.locale()));
        List<ListPage.OfficeLink> officeLinks = new ArrayList<>();
        officeLinks.add(new ListPage.OfficeLink(text.t("office.all"), text.href(sectionPath(section, null)),
                chosen == null));
        for (Office each : offices.byCode().values()) {
            officeLinks.add(new ListPage.OfficeLink(each.name(text.locale()), text.href(sectionPath(section, each)),
                    chosen != null && chosen.code().equals(each.code())));
        }
        model.addAttribute("text", text);
        model.addAttribute("meta", new PageMeta(page > 1 ? text.t("site.list.titlePage", heading, page)
                : text.t("site.list.title", heading), text.t("site.home.description"),
                text.absolute(text.href(page > 1 ? basePath + separator + "page=" + page : basePath)), "website", null,
                null));
        model.addAttribute("list", new ListPage(heading, teasers, page, pages,
                page > 1 ? text.href(page == 2 ? basePath : basePath + separator + "page=" + (page - 1)) : null,
                page < pages ? text.href(basePath + separator + "page=" + (page + 1)) : null, chosen, officeLinks,
                sectionLinks(section, chosen, text), "/sections/" + section.slug() + "/feed.atom"));
        model.addAttribute("officeContact", null);
        cache(response);
        return "list";
    }

    private static String sectionPath(Section section, @Nullable Office office) {
        return "/sections/" + section.slug() + (office == null ? "" : "?office=" + office.code());
    }

    /** The section filter: all sections (of the office shown, if any), then each section with the same office. */
    private List<ListPage.OfficeLink> sectionLinks(@Nullable Section current, @Nullable Office office, PageText text) {
        List<ListPage.OfficeLink> links = new ArrayList<>();
        links.add(new ListPage.OfficeLink(text.t("site.section.all"),
                text.href(office == null ? "/news" : "/offices/" + office.code()), current == null));
        for (Section each : sections.findAll()) {
            links.add(new ListPage.OfficeLink(each.name(text.locale()), text.href(sectionPath(each, office)),
                    current != null && current.id() == each.id()));
        }
        return links;
    }

    @GetMapping({"/news/{id}", "/news/{id}/{slug}", "/en/news/{id}", "/en/news/{id}/{slug}"})
    @Nullable
    String article(@PathVariable long id, HttpServletRequest request, HttpServletResponse response,
                   WebRequest webRequest, Model model) {
        ArticleId articleId = new ArticleId(id);
        ArticlePage found = news.findPage(articleId).orElseThrow(() -> news.wasPublished(articleId)
                ? new GoneException() : new NotFoundException());
        PublishedArticle article = found.article();
        // the footer and grey mode are part of the page too: a change of either makes it newer
        Instant settingsChanged = texts.settingsChangedAt(request);
        Instant modified = settingsChanged.isAfter(article.updatedAt()) ? settingsChanged : article.updatedAt();
        if (webRequest.checkNotModified(modified.toEpochMilli())) {
            return null;
        }
        PageText text = text(request, "/news/" + id);
        Office office = offices.byCode().get(article.officeCode());
        Map<String, StoredPhoto> covers = covers(List.of(article));
        StoredPhoto stored = article.content().coverSha256() == null ? null : covers.get(article.content().coverSha256());
        String mark = offices.photoMark(article.officeCode());
        StoredPhoto cover = stored == null ? null : stored.withMark(mark);
        String image = cover == null ? null : text.absolute(cover.url(cover.widthFor(1200)));
        String canonical = text.absolute(text.href("/news/" + id));
        Section section = sections.find(article.sectionId()).orElseThrow(NotFoundException::new);
        String sectionHref = text.href("/sections/" + section.slug());
        List<Map.Entry<String, String>> breadcrumbs = List.of(
                Map.entry(text.t("site.breadcrumbs.home"), text.absolute(text.href("/"))),
                Map.entry(section.name(text.locale()), text.absolute(sectionHref)),
                Map.entry(article.content().title(), canonical));
        model.addAttribute("text", text);
        model.addAttribute("meta", new PageMeta(article.content().title() + " - " + text.brand(),
                article.content().summary(), canonical, "article", image,
                JsonLd.newsArticle(article, canonical, image, office.name(Locale.SIMPLIFIED_CHINESE), publicUrl,
                        section.nameZh(), breadcrumbs)));
        model.addAttribute("page", new NewsPage(article.content().title(), text.t("site.article.byline",
                office.name(text.locale())), text.href("/offices/" + office.code()), text.date(article.publishedAt()),
                text.dateTime(article.publishedAt()),
                renderer.renderForReaders(article.content(), mark), link(found.older(), text), link(found.newer(), text),
                section.name(text.locale()), sectionHref));
        cache(response);
        return "article";
    }

    /** A page after the last page of results is not found, like one after the last page of the news. */
    @GetMapping({"/search", "/en/search"})
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page,
                  @RequestParam(defaultValue = "") String office, @RequestParam(defaultValue = "") String section,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        Office chosenOffice = office.isEmpty() ? null : offices.find(office).orElseThrow(NotFoundException::new);
        Section chosenSection = section.isEmpty() ? null
                : sections.findBySlug(section).orElseThrow(NotFoundException::new);
        PageText text = text(request, "/search");
        SearchPage results = search.search(q, page, chosenOffice == null ? null : chosenOffice.code(),
                chosenSection == null ? null : chosenSection.id());
        if (results.page() > Math.max(1, results.pageCount())) {
            throw new NotFoundException();
        }
        String query = results.query();
        model.addAttribute("text", text);
        model.addAttribute("meta", new PageMeta(query.isBlank() ? text.t("site.search.title")
                : text.t("site.search.titleFor", query), text.t("site.home.description"),
                text.absolute(text.href("/search")), "website", null, null));
        model.addAttribute("results", results);
        model.addAttribute("offices", offices.byCode());
        model.addAttribute("sections", sections.findAll());
        model.addAttribute("chosenOffice", chosenOffice == null ? "" : chosenOffice.code());
        model.addAttribute("chosenSection", chosenSection == null ? "" : chosenSection.slug());
        String base = text.href("/search") + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + (chosenOffice == null ? "" : "&office=" + chosenOffice.code())
                + (chosenSection == null ? "" : "&section=" + chosenSection.slug());
        model.addAttribute("previousHref", results.page() > 1 ? base + "&page=" + (results.page() - 1) : null);
        model.addAttribute("nextHref", results.hasNext() ? base + "&page=" + (results.page() + 1) : null);
        response.setHeader("Cache-Control", PAGE_CACHE.getHeaderValue());
        return "search";
    }

    @GetMapping({"/contact", "/en/contact"})
    String contact(HttpServletRequest request, HttpServletResponse response, Model model) {
        PageText text = text(request, "/contact");
        model.addAttribute("text", text);
        model.addAttribute("meta", new PageMeta(text.t("site.contact.title"), text.t("site.contact.description"),
                text.absolute(text.href("/contact")), "website", null, null));
        model.addAttribute("offices", List.copyOf(offices.byCode().values()));
        cache(response);
        return "contact";
    }

    private static NewsPage.@Nullable Link link(ArticlePage.@Nullable Link link, PageText text) {
        return link == null ? null : new NewsPage.Link(text.href("/news/" + link.id()), link.title());
    }

    private List<NewsTeaser> teasers(List<PublishedArticle> articles, Map<String, Office> officesByCode, PageText text) {
        Map<String, StoredPhoto> covers = covers(articles);
        return articles.stream().map(article -> teaser(article, officesByCode, text, covers,
                offices.photoMark(article.officeCode()))).toList();
    }

    /** @param mark the watermark of the article's office in its photos' addresses (decision 0028), or empty */
    private NewsTeaser teaser(PublishedArticle article, Map<String, Office> officesByCode, PageText text,
                              Map<String, StoredPhoto> covers, String mark) {
        StoredPhoto cover = article.content().coverSha256() == null || !covers.containsKey(article.content().coverSha256())
                ? null : covers.get(article.content().coverSha256()).withMark(mark);
        int width = cover == null ? 0 : cover.widthFor(800);
        return new NewsTeaser(text.href("/news/" + article.id()), article.content().title(), article.content().summary(),
                officesByCode.get(article.officeCode()).name(text.locale()), text.date(article.publishedAt()),
                text.dateTime(article.publishedAt()),
                cover == null ? null : cover.url(width),
                cover == null ? null : cover.widths().stream().map(w -> cover.url(w) + " " + w + "w")
                        .collect(Collectors.joining(", ")),
                width, cover == null ? 0 : Math.round((float) cover.height() * width / cover.width()));
    }

    private Map<String, StoredPhoto> covers(List<PublishedArticle> articles) {
        Set<String> shas = articles.stream().map(a -> a.content().coverSha256()).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        return media.sizes(shas);
    }

    /** The page's language comes from its address: {@code /en/...} is English, everything else Chinese. */
    private PageText text(HttpServletRequest request, String neutralPath) {
        return texts.of(request, request.getRequestURI(), neutralPath);
    }

    static Locale languageOf(@Nullable String uri) {
        return uri != null && (uri.equals("/en") || uri.startsWith("/en/")) ? Translations.ENGLISH : Translations.CHINESE;
    }

    private static void cache(HttpServletResponse response) {
        response.setHeader("Cache-Control", PAGE_CACHE.getHeaderValue());
    }

    /** No published article or office has this address. */
    static class NotFoundException extends RuntimeException {
        NotFoundException() {
            super(null, null, false, false);
        }
    }

    /** The article was published once and has been taken offline. */
    static class GoneException extends RuntimeException {
        GoneException() {
            super(null, null, false, false);
        }
    }
}
