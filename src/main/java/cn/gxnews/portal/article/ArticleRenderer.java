package cn.gxnews.portal.article;

import cn.gxnews.portal.media.MediaService;
import cn.gxnews.portal.media.StoredPhoto;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Turns a revision into HTML. The desk's preview and review screen and the public article page all use this
 * one renderer, so what an editor approves is what readers see. Nothing typed reaches the page as markup:
 * text is escaped, paragraphs allow only bold, italic and http(s)/mailto links ({@link InlineMarkup}), and
 * the finished HTML passes an allowlist sanitiser as a last line of defence.
 */
@Component
public class ArticleRenderer {

    /** Photos take the text column's width: at most 48rem, the whole screen on a phone. */
    static final String SIZES = "(max-width: 48rem) 100vw, 48rem";
    private static final int DEFAULT_WIDTH = 800;

    private static final Safelist ALLOWED = Safelist.none()
            .addTags("article", "h1", "h2", "p", "blockquote", "figure", "figcaption", "img", "div", "span", "strong",
                    "em", "a")
            .addAttributes(":all", "class")
            .addAttributes("img", "src", "srcset", "sizes", "width", "height", "alt", "loading", "decoding")
            .addAttributes("a", "href", "rel")
            .addProtocols("a", "href", "http", "https", "mailto")
            .preserveRelativeLinks(true);

    private final InlineMarkup inline = new InlineMarkup();
    private final MediaService media;

    ArticleRenderer(MediaService media) {
        this.media = media;
    }

    /** The article with clean photos, as the desk shows it. */
    public String render(ArticleDraft content) {
        return render(content, "");
    }

    /**
     * The article as readers get it: its photos' addresses name the office's watermark when it has one
     * (decision 0028).
     *
     * @param mark the mark of the addresses of the article's office's photos for readers ({@link
     *             MediaService#readerMark}; the public site keeps it in memory), empty when it has no watermark
     */
    public String renderForReaders(ArticleDraft content, String mark) {
        return render(content, mark);
    }

    private String render(ArticleDraft content, String mark) {
        Map<String, StoredPhoto> photos = media.sizes(content.photos().stream().map(Block.Photo::mediaSha256)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        if (!mark.isEmpty()) {
            photos = photos.entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().withMark(mark)));
        }
        StringBuilder html = new StringBuilder(1024);
        html.append("<article class=\"news-article\">");
        html.append("<h1 class=\"news-title\">").append(escape(content.title())).append("</h1>");
        if (!content.summary().isEmpty()) {
            html.append("<p class=\"news-summary\">").append(escape(content.summary())).append("</p>");
        }
        html.append("<div class=\"news-body\">");
        int photoCount = 0;
        for (Block block : content.body()) {
            switch (block) {
                case Block.Paragraph p -> html.append("<p>").append(inline.toHtml(p.text())).append("</p>");
                case Block.Heading h -> html.append("<h2>").append(escape(h.text())).append("</h2>");
                case Block.Quote q -> html.append("<blockquote><p>").append(escape(q.text())).append("</p></blockquote>");
                case Block.Photo photo -> photo(html, photo,
                        photo.mediaSha256() == null ? null : photos.get(photo.mediaSha256()), photoCount++ > 0);
            }
        }
        html.append("</div></article>");
        return Jsoup.clean(html.toString(), "", ALLOWED, new Document.OutputSettings().prettyPrint(false));
    }

    /** A photo with its caption; the first one loads at once, later ones when the reader scrolls to them. */
    private static void photo(StringBuilder html, Block.Photo photo, @Nullable StoredPhoto stored,
                              boolean belowTheFold) {
        html.append("<figure class=\"news-photo").append(stored == null ? " news-photo-pending" : "").append("\">");
        if (stored != null) {
            int width = stored.widthFor(DEFAULT_WIDTH);
            int height = Math.round((float) stored.height() * width / stored.width());
            html.append("<img src=\"").append(escape(stored.url(width))).append("\" srcset=\"");
            html.append(stored.widths().stream().map(w -> escape(stored.url(w)) + " " + w + "w")
                    .collect(Collectors.joining(", ")));
            html.append("\" sizes=\"").append(SIZES).append("\" width=\"").append(width).append("\" height=\"")
                    .append(height).append("\" alt=\"").append(escape(photo.alt())).append("\"");
            if (belowTheFold) {
                html.append(" loading=\"lazy\" decoding=\"async\"");
            }
            html.append(">");
        }
        if (!photo.caption().isEmpty() || !photo.credit().isEmpty()) {
            html.append("<figcaption>").append(escape(photo.caption()));
            if (!photo.credit().isEmpty()) {
                html.append(" <span class=\"news-credit\">").append(escape(photo.credit())).append("</span>");
            }
            html.append("</figcaption>");
        }
        html.append("</figure>");
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
