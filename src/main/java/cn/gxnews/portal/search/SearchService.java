package cn.gxnews.portal.search;

import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.Block;
import cn.gxnews.portal.article.InlineMarkup;
import cn.gxnews.portal.article.PublishedArticle;
import cn.gxnews.portal.base.PlainText;
import cn.gxnews.portal.search.query.SearchQuery;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Search of the published news for readers, Chinese and Latin alike (see {@link ChineseTokens}). Hits show
 * the published revision of live articles only, with the query's words marked in the title and in a snippet.
 */
@Service
public class SearchService {

    public static final int PAGE_SIZE = 10;
    /**
     * The most matches a search shows (ten pages) and counts; a reader who wants more narrows the query. This
     * keeps every search as cheap as a rare word's, however many articles a common word is found in.
     */
    public static final int MOST_SHOWN = 100;
    /** Longer queries are cut: every pair of characters is one more condition, and nobody types more. */
    public static final int MAX_QUERY_LENGTH = 100;
    static final int SNIPPET_LENGTH = 80;
    /** How much of the snippet comes before the first match, so the match is seen in its context. */
    private static final int SNIPPET_LEAD = 20;
    private static final String ELLIPSIS = "…";

    private final SearchQuery search;
    private final MeterRegistry meters;
    private final InlineMarkup markup = new InlineMarkup();

    SearchService(SearchQuery search, MeterRegistry meters) {
        this.meters = meters;
        this.search = search;
    }

    /**
     * One page of the articles that contain every word of the query (for Chinese, every pair of characters),
     * best first: those with the whole query in their title, then the others, newest first within each. At most
     * {@link #MOST_SHOWN} are shown and counted. A blank query, or one of punctuation only, finds nothing; control
     * characters are dropped from the query (it is shown back to the reader).
     *
     * @param page from 1; a smaller number means the first page, a page after the last one has no hits
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public SearchPage search(String query, int page) {
        return search(query, page, null, null);
    }

    /**
     * The same, among one office's or one section's articles, or both.
     *
     * @param officeCode an office, or {@code null} for all
     * @param sectionId  a section, or {@code null} for all
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public SearchPage search(String query, int page, @Nullable String officeCode, @Nullable Long sectionId) {
        Timer.Sample sample = Timer.start(meters);
        try {
            return searchNow(query, page, officeCode, sectionId);
        } finally {
            sample.stop(Timer.builder("portal.search").description("How long a search of published articles takes")
                    .publishPercentileHistogram().register(meters));
        }
    }

    private SearchPage searchNow(String query, int page, @Nullable String officeCode, @Nullable Long sectionId) {
        String text = cut(PlainText.printable(query).strip());
        int shown = Math.max(1, page);
        List<String> terms = ChineseTokens.queryTerms(text);
        if (terms.isEmpty()) {
            return new SearchPage(text, List.of(), 0, false, shown, PAGE_SIZE);
        }
        // While the index is built (at a first start after a migration emptied it) the articles are read instead.
        boolean indexed = search.indexComplete();
        String tsquery = tsquery(terms);
        Map<Boolean, List<String>> han = terms.stream()
                .collect(Collectors.partitioningBy(term -> ChineseTokens.isHan(term.codePointAt(0))));
        // One more than is shown, to know whether there are more.
        List<ArticleId> ranked = new ArrayList<>(indexed ? search.findInTitle(tsquery, officeCode, sectionId, MOST_SHOWN + 1)
                : search.readInTitle(han.get(true), han.get(false), officeCode, sectionId, MOST_SHOWN + 1));
        if (ranked.size() <= MOST_SHOWN) {
            // Every title match is known; the rest follow, newest first. Every title match is also a match
            // anywhere, so the newest MOST_SHOWN + 1 matches anywhere hold enough of the others.
            Set<ArticleId> inTitle = new HashSet<>(ranked);
            (indexed ? search.findAnywhere(tsquery, officeCode, sectionId, MOST_SHOWN + 1)
                    : search.readAnywhere(han.get(true), han.get(false), officeCode, sectionId, MOST_SHOWN + 1))
                    .stream().filter(id -> !inTitle.contains(id)).forEach(ranked::add);
        }
        boolean more = ranked.size() > MOST_SHOWN;
        int total = Math.min(ranked.size(), MOST_SHOWN);
        long from = (shown - 1L) * PAGE_SIZE;
        List<ArticleId> onPage = from >= total ? List.of()
                : ranked.subList((int) from, Math.min(total, (int) from + PAGE_SIZE));
        List<String> phrases = ChineseTokens.queryPhrases(text);
        List<SearchHit> hits = search.findLive(onPage).stream().map(article -> hit(article, phrases)).toList();
        return new SearchPage(text, hits, total, more, shown, PAGE_SIZE);
    }

    /** PostgreSQL's plans of the queries that {@link #search} runs for this query. */
    String explain(String query) {
        return search.explain(tsquery(ChineseTokens.queryTerms(cut(query.strip()))), MOST_SHOWN + 1);
    }

    /** At most {@link #MAX_QUERY_LENGTH} characters (code points: a rare Han character is not cut in half). */
    private static String cut(String query) {
        if (query.codePointCount(0, query.length()) <= MAX_QUERY_LENGTH) {
            return query;
        }
        return query.substring(0, query.offsetByCodePoints(0, MAX_QUERY_LENGTH));
    }

    /**
     * The terms AND-ed in {@code to_tsquery} syntax, each a quoted lexeme. The terms are letters and digits only,
     * but quotes and backslashes are escaped all the same: the query's syntax never depends on what was typed.
     */
    static String tsquery(List<String> terms) {
        return terms.stream()
                .map(term -> "'" + term.replace("\\", "\\\\").replace("'", "''") + "'")
                .collect(Collectors.joining(" & "));
    }

    private SearchHit hit(PublishedArticle article, List<String> phrases) {
        ArticleDraft content = article.content();
        List<String> parts = new ArrayList<>();
        parts.add(content.summary());
        for (Block block : content.body()) {
            parts.add(block instanceof Block.Paragraph p ? markup.toPlainText(p.text()) : block.text());
        }
        String text = parts.stream().filter(part -> !part.isBlank()).collect(Collectors.joining(" "));
        // Each text is folded once: the folding is most of a hit's work.
        Folded title = Folded.of(content.title());
        Folded body = Folded.of(text);
        List<String> marked = marked(phrases, title.folded() + " " + body.folded());
        return new SearchHit(article, html(content.title(), marks(title, marked), 0, content.title().length()),
                snippet(text, marks(body, marked)));
    }

    /**
     * What to mark in a hit: each phrase of the query, or, for a Chinese phrase that the article does not
     * contain as a whole (its pairs of characters are there, but apart), those pairs.
     */
    private static List<String> marked(List<String> phrases, String foldedArticle) {
        List<String> marked = new ArrayList<>();
        for (String phrase : phrases) {
            int[] characters = phrase.codePoints().toArray();
            if (foldedArticle.contains(phrase) || !ChineseTokens.isHan(characters[0]) || characters.length < 3) {
                marked.add(phrase);
            } else {
                for (int i = 0; i + 1 < characters.length; i++) {
                    marked.add(new String(characters, i, 2));
                }
            }
        }
        return marked;
    }

    /**
     * About {@link #SNIPPET_LENGTH} characters of the text around its first match (its start when nothing
     * matches), as HTML with the matches marked and an ellipsis where text was left out.
     *
     * @param marked which characters of the text are part of a match (see {@link #marks})
     */
    private static String snippet(String text, boolean[] marked) {
        int first = 0;
        while (first < text.length() && !marked[first]) {
            first++;
        }
        if (first == text.length()) {
            first = 0;
        }
        int length = text.codePointCount(0, text.length());
        int firstPoint = text.codePointCount(0, first);
        int startPoint = Math.max(0, Math.min(firstPoint - SNIPPET_LEAD, length - SNIPPET_LENGTH));
        int endPoint = Math.min(length, startPoint + SNIPPET_LENGTH);
        int start = text.offsetByCodePoints(0, startPoint);
        int end = text.offsetByCodePoints(0, endPoint);
        return (start > 0 ? ELLIPSIS : "") + html(text, marked, start, end) + (end < text.length() ? ELLIPSIS : "");
    }

    /**
     * Escapes the text between {@code start} and {@code end} character by character and opens and closes
     * {@code <mark>} around marked characters: the text's own characters are always escaped, so the only tags
     * in the result are the marks themselves, whatever was typed.
     */
    private static String html(String text, boolean[] marked, int start, int end) {
        StringBuilder html = new StringBuilder();
        boolean open = false;
        int segment = start;
        for (int i = start; i <= end; i++) {
            boolean mark = i < end && marked[i];
            if (i == end || mark != open) {
                html.append(HtmlUtils.htmlEscape(text.substring(segment, i), "UTF-8"));
                segment = i;
                if (i < end) {
                    html.append(mark ? "<mark>" : "</mark>");
                    open = mark;
                }
            }
        }
        if (open) {
            html.append("</mark>");
        }
        return html.toString();
    }

    /**
     * Which characters of the text are part of a match. The text is compared as the index sees it (NFKC,
     * lower case), so {@code ＬＤＫ} in a text is marked for the query {@code ldk}; Latin words match whole words
     * only, Chinese anywhere.
     */
    private static boolean[] marks(Folded folded, List<String> phrases) {
        boolean[] marked = new boolean[folded.originalLength()];
        for (String phrase : phrases) {
            mark(folded, phrase, ChineseTokens.isHan(phrase.codePointAt(0)), marked);
        }
        return marked;
    }

    private static void mark(Folded text, String phrase, boolean han, boolean[] marked) {
        for (int at = text.folded().indexOf(phrase); at >= 0; at = text.folded().indexOf(phrase, at + 1)) {
            int end = at + phrase.length();
            if (han || (!text.isWordAt(at - 1) && !text.isWordAt(end))) {
                for (int i = text.originalStart()[at]; i < text.originalEnd()[end - 1]; i++) {
                    marked[i] = true;
                }
            }
        }
    }

    /**
     * A text folded as the index folds it, each folded character pointing back at the characters of the
     * original it came from (one base character with its combining marks is folded at a time).
     */
    private record Folded(String folded, int[] originalStart, int[] originalEnd, int originalLength) {

        static Folded of(String text) {
            StringBuilder folded = new StringBuilder(text.length());
            int[] starts = new int[text.length() + 8];
            int[] ends = new int[text.length() + 8];
            int i = 0;
            while (i < text.length()) {
                int c = text.codePointAt(i);
                int end = i + Character.charCount(c);
                while (end < text.length() && ChineseTokens.isMark(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
                // Most characters of the news need no normalising: ASCII only needs lower case, and the CJK
                // Unified Ideographs have no compatibility forms (NFKC leaves them as they are).
                String piece = end == i + 1 && (c < 0x80 || c >= 0x4E00 && c <= 0x9FFF)
                        ? c >= 'A' && c <= 'Z' ? String.valueOf((char) (c + 32)) : null
                        : Normalizer.normalize(text.substring(i, end), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
                int length = piece == null ? 1 : piece.length();
                if (folded.length() + length > starts.length) {
                    starts = Arrays.copyOf(starts, 2 * (folded.length() + length));
                    ends = Arrays.copyOf(ends, starts.length);
                }
                for (int k = 0; k < length; k++) {
                    starts[folded.length() + k] = i;
                    ends[folded.length() + k] = end;
                }
                if (piece == null) {
                    folded.append((char) c);
                } else {
                    folded.append(piece);
                }
                i = end;
            }
            return new Folded(folded.toString(), Arrays.copyOf(starts, folded.length()),
                    Arrays.copyOf(ends, folded.length()), text.length());
        }

        /** Whether the folded character at {@code index} belongs to a Latin word (so a match there is no word). */
        boolean isWordAt(int index) {
            if (index < 0 || index >= folded.length()) {
                return false;
            }
            int c = Character.codePointAt(folded, Character.isLowSurrogate(folded.charAt(index)) && index > 0
                    ? index - 1 : index);
            return !ChineseTokens.isHan(c) && (Character.isLetterOrDigit(c) || ChineseTokens.isMark(c));
        }
    }
}
