package cn.gxnews.portal.news.query;

import cn.gxnews.portal.news.ArticleDraft;
import cn.gxnews.portal.news.ArticleId;
import cn.gxnews.portal.news.PublishedArticle;
import cn.gxnews.portal.news.repository.BlockJson;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record1;
import org.jooq.Record8;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.List;

import static cn.gxnews.portal.jooq.Tables.ARTICLE;
import static cn.gxnews.portal.jooq.Tables.ARTICLE_REVISION;
import static cn.gxnews.portal.jooq.Tables.ARTICLE_SEARCH;

/**
 * Full-text search of the published news through the GIN index of {@code article_search}. Hits are shown
 * with their published revision of a live article only, like everything else readers see.
 */
@Component
public class SearchQuery {

    /** The most matches a search ranks and counts: the newest ones. */
    public static final int RANKED = 1000;

    private final DSLContext db;

    SearchQuery(DSLContext db) {
        this.db = db;
    }

    /**
     * One page of the articles matching the query, best first: by cover density (how much and how close
     * together the terms occur, title above summary above body), then newest first, then by id so that
     * paging is stable.
     *
     * @param tsquery a text search query in {@code to_tsquery} syntax; bound as a value, never part of the SQL
     */
    public List<PublishedArticle> findPage(String tsquery, long offset, int limit) {
        return pageQuery(tsquery, offset, limit).fetch(r -> new PublishedArticle(new ArticleId(r.value1()), r.value2(),
                new ArticleDraft(r.value3(), r.value4(), BlockJson.read(r.value5()), r.value6()),
                r.value7().toInstant(), r.value8().toInstant()));
    }

    public int count(String tsquery) {
        return countQuery(tsquery).fetchSingle().value1();
    }

    /**
     * PostgreSQL's plan for the page and the count query, exactly as {@link #findPage} and {@link #count} run
     * them: for checking that searches use the index.
     */
    public String explain(String tsquery, long offset, int limit) {
        return db.explain(pageQuery(tsquery, offset, limit)).plan() + "\n" + db.explain(countQuery(tsquery)).plan();
    }

    private Select<Record8<Long, String, String, String, JSONB, String, OffsetDateTime, OffsetDateTime>> pageQuery(
            String tsquery, long offset, int limit) {
        Field<Object> query = toTsquery(tsquery);
        // Only the newest matches are ranked: a very common word would otherwise rank every article there is.
        var candidate = db.select(ARTICLE_SEARCH.ARTICLE_ID, ARTICLE_SEARCH.DOCUMENT, ARTICLE_SEARCH.PUBLISHED_AT)
                .from(ARTICLE_SEARCH)
                .where(DSL.condition("{0} @@ {1}", ARTICLE_SEARCH.DOCUMENT, query))
                .orderBy(ARTICLE_SEARCH.PUBLISHED_AT.desc(), ARTICLE_SEARCH.ARTICLE_ID.desc())
                .limit(RANKED)
                .asTable("candidate");
        Field<Long> id = candidate.field(ARTICLE_SEARCH.ARTICLE_ID);
        Field<OffsetDateTime> publishedAt = candidate.field(ARTICLE_SEARCH.PUBLISHED_AT);
        Field<Float> rank = DSL.field("ts_rank_cd({0}, {1})", SQLDataType.REAL,
                candidate.field(ARTICLE_SEARCH.DOCUMENT), query);
        return db.select(ARTICLE.ID, ARTICLE.OFFICE_CODE, ARTICLE_REVISION.TITLE, ARTICLE_REVISION.SUMMARY,
                        ARTICLE_REVISION.BODY, ARTICLE_REVISION.COVER_MEDIA, ARTICLE.FIRST_PUBLISHED_AT,
                        ARTICLE.UPDATED_AT)
                .from(candidate)
                .join(ARTICLE).on(ARTICLE.ID.eq(id))
                .join(ARTICLE_REVISION).on(ARTICLE_REVISION.ID.eq(ARTICLE.PUBLISHED_REVISION_ID))
                .where(ARTICLE.LIVE.isTrue())
                .orderBy(rank.desc(), publishedAt.desc(), id.desc())
                .limit(limit)
                .offset(offset);
    }

    /** How many articles match, counted up to {@link #RANKED} (more are not shown anyway). */
    private Select<Record1<Integer>> countQuery(String tsquery) {
        var matching = db.selectOne()
                .from(ARTICLE_SEARCH)
                .where(DSL.condition("{0} @@ {1}", ARTICLE_SEARCH.DOCUMENT, toTsquery(tsquery)))
                .limit(RANKED)
                .asTable("matching");
        return db.selectCount().from(matching);
    }

    private static Condition matches(Field<Object> query) {
        return DSL.condition("{0} @@ {1}", ARTICLE_SEARCH.DOCUMENT, query).and(ARTICLE.LIVE.isTrue());
    }

    private static Field<Object> toTsquery(String tsquery) {
        return DSL.field("to_tsquery('simple', {0})", Object.class, DSL.val(tsquery, SQLDataType.CLOB));
    }
}
