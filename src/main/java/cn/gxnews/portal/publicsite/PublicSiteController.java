package cn.gxnews.portal.publicsite;

import cn.gxnews.portal.base.Translations;
import cn.gxnews.portal.news.ArticleId;
import cn.gxnews.portal.news.ArticleRenderer;
import cn.gxnews.portal.news.PublishedArticle;
import cn.gxnews.portal.news.PublishedNewsService;
import cn.gxnews.portal.office.Office;
import cn.gxnews.portal.office.OfficeService;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The public Industry News (行业新闻) site: the latest news, one article, and the offices' contacts.
 * Server-rendered, readable without JavaScript, and stateless (see the public filter chain).
 */
@Controller
class PublicSiteController {

    static final int HOME_PAGE_SIZE = 20;

    private final PublishedNewsService news;
    private final OfficeService offices;
    private final ArticleRenderer renderer;
    private final MessageSource messages;

    PublicSiteController(PublishedNewsService news, OfficeService offices, ArticleRenderer renderer,
                         MessageSource messages) {
        this.news = news;
        this.offices = offices;
        this.renderer = renderer;
        this.messages = messages;
    }

    @GetMapping("/")
    String home(Model model) {
        Map<String, Office> officesByCode = officesByCode();
        List<NewsTeaser> teasers = news.latest(HOME_PAGE_SIZE).stream()
                .map(article -> teaser(article, officesByCode))
                .toList();
        model.addAttribute("text", text());
        model.addAttribute("teasers", teasers);
        return "home";
    }

    @GetMapping("/news/{id}")
    String article(@PathVariable long id, Model model) {
        PublishedArticle article = news.find(new ArticleId(id)).orElseThrow(NotFoundException::new);
        PageText text = text();
        String officeName = officesByCode().get(article.officeCode()).name(text.locale());
        model.addAttribute("text", text);
        model.addAttribute("page", new NewsPage(article.content().title(), article.content().summary(), officeName,
                Translations.formatDate(article.publishedAt()),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(article.publishedAt().atZone(Translations.ZONE)),
                renderer.render(article.content())));
        return "article";
    }

    @GetMapping("/contact")
    String contact(Model model) {
        model.addAttribute("text", text());
        model.addAttribute("offices", offices.findAll());
        return "contact";
    }

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("text", text());
        return "not-found";
    }

    private NewsTeaser teaser(PublishedArticle article, Map<String, Office> officesByCode) {
        return new NewsTeaser("/news/" + article.id(), article.content().title(), article.content().summary(),
                officesByCode.get(article.officeCode()).name(Translations.CHINESE),
                Translations.formatDate(article.publishedAt()));
    }

    private Map<String, Office> officesByCode() {
        return offices.findAll().stream().collect(Collectors.toMap(Office::code, Function.identity()));
    }

    /** The public site speaks Chinese; the English switch of the chrome comes with the public-site issue. */
    private PageText text() {
        return new PageText(messages, Translations.CHINESE);
    }

    /** No published article has this id (drafts are never shown, so they too are "not found"). */
    static class NotFoundException extends RuntimeException {
        NotFoundException() {
            super(null, null, false, false);
        }
    }
}
