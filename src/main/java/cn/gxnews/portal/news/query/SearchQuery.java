package cn.gxnews.portal.news.query;

import cn.gxnews.portal.news.ArticleDraft;
import cn.gxnews.portal.news.ArticleId;
import cn.gxnews.portal.news.PublishedArticle;
import cn.gxnews.portal.news.repository.BlockJson;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static cn.gxnews.portal.jooq.Tables.ARTICLE;
import static cn.gxnews.portal.jooq.Tables.ARTICLE_REVISION;
import static cn.gxnews.portal.jooq.Tables.ARTICLE_SEARCH;

/**
 * Full-text search of the published news through the GIN indexes of {@code article_search}: one on the whole
 * article's document, one on the title alone. Each query reads the matches newest first and only as many as it
 * is asked for, so a word found in nearly every article costs no more than a rare one: PostgreSQL walks the date
 * index for common terms and the GIN index for rare ones. Hits are shown with their published revision of a live
 * article only, like everything else readers see.
 */
@Component
public class SearchQuery {

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
        return newest(DSL.condition("{0} @@ {1}", ARTICLE_SEARCH.TITLE, toTsquery(tsquery)), limit)
                .fetch(r -> new ArticleId(r.value1()));
    }

    /** The newest articles with every term of the query anywhere (title, summary, body, captions), newest first. */
    public List<ArticleId> findAnywhere(String tsquery, int limit) {
        return newest(DSL.condition("{0} @@ {1}", ARTICLE_SEARCH.DOCUMENT, toTsquery(tsquery)), limit)
                .fetch(r -> new ArticleId(r.value1()));
    }

    /** These articles as readers see them, in the given order; any that is no longer live is left out. */
    public List<PublishedArticle> findLive(List<ArticleId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<ArticleId, PublishedArticle> found = db.select(ARTICLE.ID, ARTICLE.OFFICE_CODE, ARTICLE_REVISION.TITLE,
                        ARTICLE_REVISION.SUMMARY, ARTICLE_REVISION.BODY, ARTICLE_REVISION.COVER_MEDIA,
                        ARTICLE.FIRST_PUBLISHED_AT, ARTICLE.UPDATED_AT)
                .from(ARTICLE)
                .join(ARTICLE_REVISION).on(ARTICLE_REVISION.ID.eq(ARTICLE.PUBLISHED_REVISION_ID))
                .where(ARTICLE.ID.in(values(ids)).and(ARTICLE.LIVE.isTrue()))
                .fetch(r -> new PublishedArticle(new ArticleId(r.value1()), r.value2(),
                        new ArticleDraft(r.value3(), r.value4(), BlockJson.read(r.value5()), r.value6()),
                        r.value7().toInstant(), r.value8().toInstant()))
                .stream()
                .collect(Collectors.toMap(PublishedArticle::id, Function.identity()));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * PostgreSQL's plans for the title and the whole-document query, exactly as {@link #findInTitle} and
     * {@link #findAnywhere} run them: for checking that searches use the indexes.
     */
    public String explain(String tsquery, int limit) {
        Field<Object> query = toTsquery(tsquery);
        return db.explain(newest(DSL.condition("{0} @@ {1}", ARTICLE_SEARCH.TITLE, query), limit)).plan() + "\n"
                + db.explain(newest(DSL.condition("{0} @@ {1}", ARTICLE_SEARCH.DOCUMENT, query), limit)).plan();
    }

    private Select<Record1<Long>> newest(Condition matches, int limit) {
        return db.select(ARTICLE_SEARCH.ARTICLE_ID)
                .from(ARTICLE_SEARCH)
                .where(matches)
                .orderBy(ARTICLE_SEARCH.PUBLISHED_AT.desc(), ARTICLE_SEARCH.ARTICLE_ID.desc())
                .limit(limit);
    }

    private static List<Long> values(Collection<ArticleId> ids) {
        return ids.stream().map(ArticleId::value).toList();
    }

    private static Field<Object> toTsquery(String tsquery) {
        return DSL.field("to_tsquery('simple', {0})", Object.class, DSL.val(tsquery, SQLDataType.CLOB));
    }
}
