package cn.gxnews.portal.search.query;

import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.PublishedArticle;
import cn.gxnews.portal.article.query.PublishedColumns;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.jooq.Condition;
import org.jspecify.annotations.Nullable;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import static cn.gxnews.portal.jooq.Tables.ARTICLE;
import static cn.gxnews.portal.jooq.Tables.ARTICLE_REVISION;
import static cn.gxnews.portal.jooq.Tables.ARTICLE_SEARCH;
import static cn.gxnews.portal.jooq.Tables.SEARCH_INDEX_INCOMPLETE;

/**
 * Full-text search of the published news through the GIN indexes of {@code article_search}: one on the whole
 * article's document, one on the title alone. Each query reads the matches newest first and only as many as it
 * is asked for, so a word found in nearly every article costs no more than a rare one: PostgreSQL walks the date
 * index for common terms and the GIN index for rare ones. Hits are shown with their published revision of a live
 * article only, like everything else readers see.
 */
@Component
public class SearchQuery {

    /** How many of the newest articles a search looks at first (see {@link #newest(Condition, int)}). */
    static final int RECENT = 2000;
    /** The wider steps a search takes when the {@link #RECENT} newest articles hold too few matches. */
    static final int[] WIDER = {20_000, 200_000};

    /** The beginnings of the wider steps, under one key. */
    private final LoadingCache<Boolean, List<Instant>> windows = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1))
            .build(key -> windowsNow());

    private final DSLContext db;

    SearchQuery(DSLContext db) {
        this.db = db;
    }

    /**
     * The newest articles with every term of the query in their title, newest first (then by id).
     *
     * @param tsquery a text search query in {@code to_tsquery} syntax; bound as a value, never part of the SQL
     */
    public List<ArticleId> findInTitle(String tsquery, int limit) {
        return findInTitle(tsquery, null, null, limit);
    }

    /** The same, of one office's or one section's articles, or both ({@code null}: any). */
    public List<ArticleId> findInTitle(String tsquery, @Nullable String officeCode, @Nullable Long sectionId,
                                       int limit) {
        return newest(matches(ARTICLE_SEARCH.TITLE, tsquery).and(scope(officeCode, sectionId)), limit);
    }

    /** The newest articles with every term of the query anywhere (title, summary, body, captions), newest first. */
    public List<ArticleId> findAnywhere(String tsquery, int limit) {
        return findAnywhere(tsquery, null, null, limit);
    }

    /** The same, of one office's or one section's articles, or both ({@code null}: any). */
    public List<ArticleId> findAnywhere(String tsquery, @Nullable String officeCode, @Nullable Long sectionId,
                                        int limit) {
        return newest(matches(ARTICLE_SEARCH.DOCUMENT, tsquery).and(scope(officeCode, sectionId)), limit);
    }

    private static Condition scope(@Nullable String officeCode, @Nullable Long sectionId) {
        if (officeCode == null && sectionId == null) {
            return DSL.trueCondition();
        }
        return ARTICLE_SEARCH.ARTICLE_ID.in(DSL.select(ARTICLE.ID).from(ARTICLE).where(articleOf(officeCode, sectionId)));
    }

    private static Condition articleOf(@Nullable String officeCode, @Nullable Long sectionId) {
        Condition of = DSL.trueCondition();
        if (officeCode != null) {
            of = of.and(ARTICLE.OFFICE_CODE.eq(officeCode));
        }
        if (sectionId != null) {
            of = of.and(ARTICLE.SECTION_ID.eq(sectionId));
        }
        return of;
    }

    /**
     * Whether every live article is in the index. While it is being built (V34) searches are answered by
     * {@link #readInTitle} and {@link #readAnywhere}.
     */
    public boolean indexComplete() {
        return !db.fetchExists(SEARCH_INDEX_INCOMPLETE);
    }

    /**
     * The matches {@link #findInTitle} would give, found by reading the live articles' published titles instead of
     * the index: how searches are answered while the index is built (V34). The articles are read newest first
     * until there are enough matches, so a common word costs little and a rare one means reading every article
     * (seconds at a million, for the minutes a build takes). The text is folded as the tokeniser folds it (NFKC,
     * lower case); a Han term is found anywhere, since characters next to each other are always in the same run
     * of Han characters, and a Latin word only between characters that are neither letters nor digits, or are Han.
     *
     * @param hanTerms the query's terms of Han characters (see ChineseTokens#queryTerms), bound as values
     * @param words    its Latin words and numbers: letters and digits only, bound as values
     */
    public List<ArticleId> readInTitle(List<String> hanTerms, List<String> words, @Nullable String officeCode,
                                       @Nullable Long sectionId, int limit) {
        return readNewest(containsAll(folded(ARTICLE_REVISION.TITLE), hanTerms, words), officeCode, sectionId, limit);
    }

    /**
     * The matches {@link #findAnywhere} would give, found by reading the live articles' published title, summary
     * and body (its text without the addresses of links, photo captions and alt texts), as {@link #readInTitle}.
     */
    public List<ArticleId> readAnywhere(List<String> hanTerms, List<String> words, @Nullable String officeCode,
                                        @Nullable Long sectionId, int limit) {
        Field<String> everything = folded(DSL.concatWs(DSL.inline(" "), ARTICLE_REVISION.TITLE, ARTICLE_REVISION.SUMMARY,
                DSL.coalesce(DSL.field(BODY_TEXT, String.class, ARTICLE_REVISION.BODY), DSL.inline(""))));
        return readNewest(containsAll(everything, hanTerms, words), officeCode, sectionId, limit);
    }

    private List<ArticleId> readNewest(Condition matches, @Nullable String officeCode, @Nullable Long sectionId,
                                       int limit) {
        return db.select(ARTICLE.ID)
                .from(ARTICLE)
                .join(ARTICLE_REVISION).on(ARTICLE_REVISION.ID.eq(ARTICLE.PUBLISHED_REVISION_ID))
                .where(ARTICLE.LIVE.isTrue())
                .and(articleOf(officeCode, sectionId))
                .and(matches)
                .orderBy(ARTICLE.FIRST_PUBLISHED_AT.desc(), ARTICLE.ID.desc())
                .limit(limit)
                .fetch(ARTICLE.ID);
    }

    /**
     * The searched text of a body: each block's text, without the addresses of its links, photo caption and alt
     * text (not the credit).
     */
    private static final String BODY_TEXT = "(select string_agg(concat_ws(' ', regexp_replace(b ->> 'text',"
            + " '\\]\\([^)]*\\)', ']', 'g'), b ->> 'caption', b ->> 'alt'), ' ') from jsonb_array_elements({0}) b)";
    /**
     * What a Latin word is between (a regular expression of PostgreSQL) besides the start and end of the text: a
     * character that is neither a letter nor a digit, or a Han one (of the CJK Unified Ideographs, their
     * extensions and the compatibility ideographs).
     */
    private static final String NO_WORD = "[^[:alnum:]]|[\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff"
            + "\\U00020000-\\U0003134f]";

    private static Field<String> folded(Field<String> text) {
        return DSL.lower(DSL.field("normalize({0}, NFKC)", String.class, text));
    }

    private static Condition containsAll(Field<String> text, List<String> hanTerms, List<String> words) {
        List<Condition> all = new ArrayList<>();
        hanTerms.forEach(term -> all.add(DSL.position(text, DSL.val(term)).gt(0)));
        words.forEach(word -> all.add(DSL.condition("{0} ~ {1}", text,
                DSL.val("(^|" + NO_WORD + ")" + word + "($|" + NO_WORD + ")"))));
        return DSL.and(all);
    }

    /**
     * First among the {@link #RECENT} newest articles only, which bounds the work whatever plan PostgreSQL picks;
     * when they hold enough matches, those are the newest of all. Otherwise among the {@link #WIDER} newest, ten
     * times as many at each step, and at last among all, through the GIN indexes, which hold each article's date
     * too (V35): each step reads only the matches inside its range (a word in one article of forty, at a million
     * articles: 26,000 matches anywhere, 500 among the newest 20,000). PostgreSQL is told to use the GIN index:
     * its estimate for several terms multiplies their frequencies, and for terms that are each common but seldom
     * together (南宁 柳州) it would otherwise walk the date index through every article. A step that holds enough
     * matches has the newest of all: every later article is inside it.
     */
    private List<ArticleId> newest(Condition matches, int limit) {
        List<ArticleId> recent = db.fetchValues(newestQuery(matches.and(ARTICLE_SEARCH.PUBLISHED_AT.ge(recentBoundary())),
                limit));
        if (recent.size() >= limit) {
            return recent;
        }
        onlyBitmapScans(true);
        try {
            for (Instant since : windows.get(Boolean.TRUE)) {
                List<ArticleId> found = db.fetchValues(newestQuery(matches.and(ARTICLE_SEARCH.PUBLISHED_AT.ge(since)), limit));
                if (found.size() >= limit) {
                    return found;
                }
            }
            return db.fetchValues(newestQuery(matches, limit));
        } finally {
            onlyBitmapScans(false);
        }
    }

    /**
     * When the {@link #WIDER} newest articles begin, for those counts that there are articles for. Looked up at
     * most once a minute: an older value only makes a step a little wider, and the steps stay correct.
     */
    private List<Instant> windowsNow() {
        List<Instant> since = new ArrayList<>();
        for (int count : WIDER) {
            Instant boundary = db.select(ARTICLE_SEARCH.PUBLISHED_AT)
                    .from(ARTICLE_SEARCH)
                    .orderBy(ARTICLE_SEARCH.PUBLISHED_AT.desc(), ARTICLE_SEARCH.ARTICLE_ID.desc())
                    .offset(count - 1)
                    .limit(1)
                    .fetchOne(ARTICLE_SEARCH.PUBLISHED_AT);
            if (boundary == null) {
                break;
            }
            since.add(boundary);
        }
        return List.copyOf(since);
    }

    /** Until the transaction ends or this is undone: no plain index scans and no sequential scans. */
    private void onlyBitmapScans(boolean only) {
        String value = only ? "off" : "on";
        db.select(DSL.field("set_config('enable_indexscan', {0}, true)", String.class, DSL.val(value)),
                DSL.field("set_config('enable_seqscan', {0}, true)", String.class, DSL.val(value))).fetch();
    }

    /** When the {@link #RECENT}th newest article was published (the beginning of time if there are fewer). */
    private static Field<Instant> recentBoundary() {
        return DSL.coalesce(DSL.field(DSL.select(ARTICLE_SEARCH.PUBLISHED_AT)
                .from(ARTICLE_SEARCH)
                .orderBy(ARTICLE_SEARCH.PUBLISHED_AT.desc(), ARTICLE_SEARCH.ARTICLE_ID.desc())
                .offset(RECENT - 1)
                .limit(1)), DSL.field("'-infinity'::timestamptz", ARTICLE_SEARCH.PUBLISHED_AT.getDataType()));
    }

    /** These articles as readers see them, in the given order; any that is no longer live is left out. */
    public List<PublishedArticle> findLive(List<ArticleId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<ArticleId, PublishedArticle> found = PublishedColumns.select(db)
                .where(ARTICLE.ID.in(ids).and(ARTICLE.LIVE.isTrue()))
                .fetch(PublishedColumns::read)
                .stream()
                .collect(Collectors.toMap(PublishedArticle::id, Function.identity()));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /**
     * PostgreSQL's plans for the title and the whole-document query among the newest articles, exactly as
     * {@link #findInTitle} and {@link #findAnywhere} first run them: for checking that searches use the indexes.
     */
    public String explain(String tsquery, int limit) {
        Condition recent = ARTICLE_SEARCH.PUBLISHED_AT.ge(recentBoundary());
        return db.explain(newestQuery(matches(ARTICLE_SEARCH.TITLE, tsquery).and(recent), limit)).plan() + "\n"
                + db.explain(newestQuery(matches(ARTICLE_SEARCH.DOCUMENT, tsquery).and(recent), limit)).plan();
    }

    private static Condition matches(Field<Object> terms, String tsquery) {
        return DSL.condition("{0} @@ {1}", terms, toTsquery(tsquery));
    }

    private Select<Record1<ArticleId>> newestQuery(Condition matches, int limit) {
        return db.select(ARTICLE_SEARCH.ARTICLE_ID)
                .from(ARTICLE_SEARCH)
                .where(matches)
                .orderBy(ARTICLE_SEARCH.PUBLISHED_AT.desc(), ARTICLE_SEARCH.ARTICLE_ID.desc())
                .limit(limit);
    }

    private static Field<Object> toTsquery(String tsquery) {
        return DSL.field("to_tsquery('simple', {0})", Object.class, DSL.val(tsquery, SQLDataType.CLOB));
    }
}
