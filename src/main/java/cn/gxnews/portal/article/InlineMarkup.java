package cn.gxnews.portal.article;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Scanner;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The small inline subset of Markdown a writer may use inside a paragraph: {@code **bold**}, {@code *italic*}
 * (or {@code _italic_}) and {@code [text](url)} links to http, https or mailto addresses. Everything else the
 * writer typed, HTML and entities included, is shown exactly as typed. commonmark parses; jsoup's allowlist
 * then has the last word, so a parser bug alone cannot put anything else on a page. Thread-safe: one instance
 * can serve the whole application.
 */
public final class InlineMarkup {

    /** What every kept link carries: no ranking credit, no {@code window.opener}, no referrer for strangers. */
    private static final String LINK_REL = "nofollow noopener noreferrer";

    private static final Pattern ALLOWED_URL = Pattern.compile("^(?:https?://|mailto:)", Pattern.CASE_INSENSITIVE);

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\r\n]");

    /** A line without any of the characters that can start (or close) an inline construct of commonmark. */
    private static final Pattern NO_MARKUP = Pattern.compile("[^\\\\`&<>!\\[\\]*_]*");

    private static final Safelist ALLOWLIST = Safelist.none()
            .addTags("strong", "em", "a")
            .addAttributes("a", "href", "rel")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", LINK_REL);

    private final Parser parser = Parser.builder()
            .enabledBlockTypes(Set.of())
            .customInlineContentParserFactory(new Literal('&'))
            .customInlineContentParserFactory(new Literal('`'))
            .build();

    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .escapeHtml(true)
            // An address with Chinese characters or spaces in it is still a valid href.
            .percentEncodeUrls(true)
            .omitSingleParagraphP(true)
            .nodeRendererFactory(LinkAndImageRenderer::new)
            .build();

    /** The paragraph as inline HTML (no surrounding {@code <p>}), safe to put inside any element. */
    public String toHtml(String paragraph) {
        String line = oneLine(paragraph);
        // Most paragraphs use no markup at all: then the line holds none of the characters that mean something in
        // HTML text (&, < and > are among the markup characters), and commonmark and the sanitiser would give it
        // back unchanged (but a no-break space, which the sanitiser writes as &nbsp;), so neither need run: every
        // public page renders many. The whole article still passes the renderer's sanitiser.
        return NO_MARKUP.matcher(line).matches() && line.indexOf('\u00A0') < 0 ? line
                : clean(renderer.render(parse(line)));
    }

    /**
     * The paragraph without its markup, for search, summaries, diffs and feeds. Not HTML-escaped: whoever puts
     * it on a page escapes it.
     */
    public String toPlainText(String paragraph) {
        String line = oneLine(paragraph);
        // Most paragraphs use no markup at all; without any character that can start an inline construct,
        // commonmark would return the line unchanged, so it need not parse it (search and feeds read many).
        return NO_MARKUP.matcher(line).matches() ? line : plainText(parse(line));
    }

    /** The last line of defence: only {@code strong}, {@code em} and safe links survive, whatever the input. */
    static String clean(String html) {
        return Jsoup.clean(html, "", ALLOWLIST, new Document.OutputSettings().prettyPrint(false));
    }

    /** A paragraph's line breaks become spaces: a paragraph is one line of inline text. */
    private static String oneLine(String paragraph) {
        return LINE_BREAK.matcher(paragraph).replaceAll(" ").strip();
    }

    /**
     * A whole line like {@code [1]: 见附件} is a link reference definition to commonmark and would vanish from the
     * page; escaping its opening bracket keeps it as text, and no other markup is lost, since a definition
     * takes the whole line.
     */
    private Node parse(String line) {
        Node document = parser.parse(line);
        if (document.getFirstChild() instanceof LinkReferenceDefinition) {
            document = parser.parse("\\" + line);
        }
        return document;
    }

    /**
     * Only an http, https or mailto address becomes a link. The check allows rather than forbids, so a scheme
     * hidden behind entities, percent-encoding, control characters or look-alike letters is simply not one of
     * the three; commonmark has already decoded entities and backslash escapes in the destination.
     */
    private static boolean isAllowedUrl(String url) {
        return ALLOWED_URL.matcher(url).lookingAt();
    }

    private static String trimUrl(String destination) {
        int start = 0;
        int end = destination.length();
        while (start < end && isSpaceOrControl(destination.charAt(start))) {
            start++;
        }
        while (end > start && isSpaceOrControl(destination.charAt(end - 1))) {
            end--;
        }
        return destination.substring(start, end);
    }

    private static boolean isSpaceOrControl(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
    }

    private static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(HtmlInline node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak node) {
                text.append(' ');
            }
        });
        return text.toString();
    }

    /**
     * Turns off one of commonmark's inline constructs by reading its trigger character as plain text:
     * {@code &} so that {@code &lt;b&gt;} shows as typed instead of as an entity, and the backtick so that code
     * spans stay ordinary text.
     */
    private record Literal(char trigger) implements InlineContentParserFactory {

        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of(trigger);
        }

        @Override
        public InlineContentParser create() {
            return state -> {
                Scanner scanner = state.scanner();
                int count = scanner.matchMultiple(trigger);
                return ParsedInline.of(new Text(String.valueOf(trigger).repeat(count)), scanner.position());
            };
        }
    }

    /** Links keep only safe addresses and always carry {@link #LINK_REL}; images show their alt text, never an {@code <img>}. */
    private static final class LinkAndImageRenderer implements NodeRenderer {

        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        LinkAndImageRenderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Link.class, Image.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof Link link) {
                String url = trimUrl(link.getDestination());
                if (isAllowedUrl(url)) {
                    Map<String, String> attributes = new LinkedHashMap<>();
                    attributes.put("href", context.encodeUrl(url));
                    attributes.put("rel", LINK_REL);
                    html.tag("a", attributes);
                    renderChildren(link);
                    html.tag("/a");
                } else {
                    renderChildren(link);
                }
            } else {
                html.text(plainText(node));
            }
        }

        private void renderChildren(Node parent) {
            Node child = parent.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
        }
    }
}
