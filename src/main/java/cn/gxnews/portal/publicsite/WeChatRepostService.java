package cn.gxnews.portal.publicsite;

import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.Block;
import cn.gxnews.portal.article.InlineMarkup;
import cn.gxnews.portal.article.PublishedArticle;
import cn.gxnews.portal.base.PortalProperties;
import cn.gxnews.portal.base.Translations;
import cn.gxnews.portal.media.MediaService;
import cn.gxnews.portal.media.StoredPhoto;
import cn.gxnews.portal.office.Office;
import cn.gxnews.portal.security.Roles;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns a published article into what the WeChat official account editor accepts when pasted: its editor drops
 * stylesheets, classes and relative addresses, so every style is written on its element, photos point at the
 * public site's absolute addresses (WeChat fetches and re-hosts them), and links become text (an account's article
 * may link only to WeChat's own pages). The body goes without the title, which has a field of its own there; a
 * source line names the office, the date and the article's address on the site.
 */
@Service
public class WeChatRepostService {

    /** WeChat shows articles about 580 px wide on a phone of 2-3x density: the variant nearest 1080 px is sharp. */
    static final int PHOTO_WIDTH = 1080;
    static final String BODY = "font-size:16px;line-height:1.75;color:#333333;letter-spacing:0.5px;";
    static final String PARAGRAPH = "margin:0 0 16px;text-align:justify;";
    static final String HEADING = "margin:24px 0 12px;font-size:18px;font-weight:bold;line-height:1.5;color:#1d4f9a;";
    static final String QUOTE = "margin:0 0 16px;padding:8px 12px;border-left:3px solid #d0d7e2;color:#666666;";
    static final String SUMMARY = "margin:0 0 20px;padding:10px 12px;background-color:#f5f7fa;color:#555555;font-size:15px;";
    static final String FIGURE = "margin:0 0 16px;text-align:center;";
    static final String IMAGE = "display:block;width:100%;max-width:100%;height:auto;margin:0 auto;";
    static final String CAPTION = "margin:6px 0 0;font-size:14px;line-height:1.6;color:#888888;text-align:center;";
    static final String SOURCE = "margin:24px 0 0;padding-top:12px;border-top:1px solid #e5e5e5;font-size:13px;"
            + "line-height:1.8;color:#888888;";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA)
            .withZone(Translations.ZONE);

    private final PublishedNewsService news;
    private final PublicOffices offices;
    private final MediaService media;
    private final MessageSource messages;
    private final String publicUrl;
    private final InlineMarkup inline = new InlineMarkup();

    WeChatRepostService(PublishedNewsService news, PublicOffices offices, MediaService media, MessageSource messages,
                        PortalProperties properties) {
        this.news = news;
        this.offices = offices;
        this.media = media;
        this.messages = messages;
        this.publicUrl = properties.publicUrl();
    }

    /**
     * The article as it is online now, for the WeChat account; empty when it is not online (only what readers can
     * see is reposted). The account is Chinese, so the source line is too, whatever the desk's language.
     */
    @PreAuthorize("hasRole('" + Roles.EDITOR + "')")
    @Transactional(readOnly = true)
    public Optional<WeChatCopy> copyOf(ArticleId id) {
        return news.find(id).map(this::copy);
    }

    private WeChatCopy copy(PublishedArticle article) {
        ArticleDraft content = article.content();
        Map<String, StoredPhoto> photos = media.sizes(content.photos().stream().map(Block.Photo::mediaSha256)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        StringBuilder html = new StringBuilder(4096).append("<section style=\"").append(BODY).append("\">");
        StringBuilder text = new StringBuilder(2048);
        if (!content.summary().isEmpty()) {
            html.append(element("p", SUMMARY, escape(content.summary())));
            text.append(content.summary()).append("\n\n");
        }
        for (Block block : content.body()) {
            switch (block) {
                case Block.Paragraph p -> {
                    html.append(element("p", PARAGRAPH, styledInline(p.text())));
                    text.append(inline.toPlainText(p.text())).append("\n\n");
                }
                case Block.Heading h -> {
                    html.append(element("h2", HEADING, escape(h.text())));
                    text.append(h.text()).append("\n\n");
                }
                case Block.Quote q -> {
                    html.append(element("blockquote", QUOTE, escape(q.text())));
                    text.append(q.text()).append("\n\n");
                }
                case Block.Photo photo -> photo(html, text, photo,
                        photo.mediaSha256() == null ? null : photos.get(photo.mediaSha256()));
            }
        }
        Office office = offices.byCode().get(article.officeCode());
        String source = messages.getMessage("wechat.source", new Object[]{
                messages.getMessage("site.article.byline", new Object[]{office.nameZh()}, Translations.CHINESE),
                DATE.format(article.publishedAt())}, Translations.CHINESE);
        String linkLabel = messages.getMessage("wechat.link", null, Translations.CHINESE);
        String link = publicUrl + "/news/" + article.id();
        html.append("<p style=\"").append(SOURCE).append("\">").append(escape(source)).append("<br>")
                .append(escape(linkLabel)).append("<a href=\"").append(escape(link))
                .append("\" style=\"color:#576b95;word-break:break-all;\">").append(escape(link)).append("</a></p>");
        html.append("</section>");
        text.append(source).append('\n').append(linkLabel).append(link).append('\n');
        return new WeChatCopy(html.toString(), text.toString());
    }

    /** A photo with its caption and credit as the site shows them; a photo still without its image is left out. */
    private void photo(StringBuilder html, StringBuilder text, Block.Photo photo, 
                       @Nullable StoredPhoto stored) {
        if (stored == null) {
            return;
        }
        int width = stored.widthFor(PHOTO_WIDTH);
        int height = Math.round((float) stored.height() * width / stored.width());
        String caption = photo.caption() + (photo.credit().isEmpty() ? "" : " " + photo.credit());
        html.append("<section style=\"").append(FIGURE).append("\">")
                .append("<img src=\"").append(escape(publicUrl + StoredPhoto.url(stored.sha256(), width)))
                .append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" alt=\"").append(escape(photo.alt())).append("\" style=\"").append(IMAGE).append("\">");
        if (!caption.isBlank()) {
            html.append(element("p", CAPTION, escape(caption.strip())));
            text.append(caption.strip()).append("\n\n");
        }
        html.append("</section>");
    }

    /** A paragraph's bold and italic with their styles written on them; links as their text. */
    private String styledInline(String paragraph) {
        Document fragment = Jsoup.parseBodyFragment(inline.toHtml(paragraph));
        fragment.outputSettings().prettyPrint(false);
        Element body = fragment.body();
        body.select("strong, b").forEach(e -> e.tagName("strong").attr("style", "font-weight:bold;"));
        body.select("em, i").forEach(e -> e.tagName("em").attr("style", "font-style:italic;"));
        body.select("a").forEach(Element::unwrap);
        body.select("*").forEach(e -> {
            e.removeAttr("class");
            e.removeAttr("rel");
        });
        return body.html();
    }

    private static String element(String tag, String style, String innerHtml) {
        return "<" + tag + " style=\"" + style + "\">" + innerHtml + "</" + tag + ">";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
