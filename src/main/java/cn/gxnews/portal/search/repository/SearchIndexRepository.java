package cn.gxnews.portal.search.repository;

import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.PublishedArticle;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jspecify.annotations.Nullable;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static cn.gxnews.portal.jooq.Tables.ARTICLE;
import static cn.gxnews.portal.jooq.Tables.ARTICLE_REVISION;
import static cn.gxnews.portal.jooq.Tables.ARTICLE_SEARCH;
import static org.jooq.Functions.nullOnAllNull;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.selectOne;

/**
 * The search rows of live articles: one whole row per article, written or removed together with the change
 * that puts the article online or takes it offline.
 */
@Repository
public class SearchIndexRepository {

    /**
     * The document of a row: the terms of each part, space-separated, weighted title A, summary B, body C so
     * that a match in the title ranks first. The terms arrive as bind values, never as SQL.
     */
    private static final String DOCUMENT = "setweight(to_tsvector('simple', {0}), 'A')"
            + " || setweight(to_tsvector('simple', {1}), 'B')"
            + " || setweight(to_tsvector('simple', {2}), 'C')";
    /** The title's terms alone, so that searches find matches in the title without looking at the document. */
    private static final String TITLE = "to_tsvector('simple', {0})";

    private final DSLContext db;

    SearchIndexRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * What the index needs to know of one article, the terms already made by the tokeniser.
     *
     * @param titleTerms   the title's terms, separated by spaces
     * @param summaryTerms the summary's terms, separated by spaces
     * @param bodyTerms    the body's terms (text, captions, alt texts), separated by spaces
     */
    public record Document(ArticleId articleId, String officeCode, Instant publishedAt, String titleTerms,
                           String summaryTerms, String bodyTerms) {
    }

    /**
     * The given articles that are live, with their published revision. Every given article row is locked
     * against changes until the transaction ends, so that what is written next for it cannot be overtaken by
     * a transition running at the same time (inside a transition the row is already locked).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<PublishedArticle> lockAndFindLive(Collection<ArticleId> ids) {
        return db.select(ARTICLE.LIVE,
                        row(ARTICLE.ID, ARTICLE.OFFICE_CODE,
                                row(ARTICLE_REVISION.TITLE, ARTICLE_REVISION.SUMMARY, ARTICLE_REVISION.BODY,
                                        ARTICLE_REVISION.COVER_MEDIA)
                                        .mapping(nullOnAllNull((title, summary, body, cover) ->
                                                new ArticleDraft(title, summary, body, cover))),
                                ARTICLE.FIRST_PUBLISHED_AT, ARTICLE.SECTION_ID).mapping(SearchIndexRepository::published))
                .from(ARTICLE)
                .leftJoin(ARTICLE_REVISION).on(ARTICLE_REVISION.ID.eq(ARTICLE.PUBLISHED_REVISION_ID))
                .where(ARTICLE.ID.in(ids))
                .orderBy(ARTICLE.ID)
                .forShare().of(ARTICLE)
                .fetch(Records.mapping((live, article) -> live ? article : null))
                .stream()
                .filter(Objects::nonNull)
                .toList();
    }

    /** The article as readers see it, {@code null} if it has never been published. */
    private static @Nullable PublishedArticle published(ArticleId id, String officeCode,
                                                        @Nullable ArticleDraft content,
                                                        @Nullable Instant firstPublishedAt, long sectionId) {
        return content == null || firstPublishedAt == null ? null
                : new PublishedArticle(id, officeCode, content, firstPublishedAt, firstPublishedAt, sectionId);
    }

    /**
     * Writes the rows (a new row, or a whole new document for an existing one) as one JDBC batch of a single
     * prepared statement, each row's values bound to it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void upsert(List<Document> documents) {
        if (documents.isEmpty()) {
            return;
        }
        Field<Object> document = DSL.field(DOCUMENT, Object.class, DSL.param("title", String.class),
                DSL.param("summary", String.class), DSL.param("body", String.class));
        Field<Object> title = DSL.field(TITLE, Object.class, DSL.param("titleAlone", String.class));
        // jOOQ has no type for tsvector (the column is a Field<Object>), so set(field, value) is ambiguous
        // between a value and an expression; the map form takes the expression.
        var write = db.insertInto(ARTICLE_SEARCH)
                .set(ARTICLE_SEARCH.ARTICLE_ID, DSL.param("id", ARTICLE_SEARCH.ARTICLE_ID.getDataType()))
                .set(ARTICLE_SEARCH.OFFICE_CODE, DSL.param("office", String.class))
                .set(ARTICLE_SEARCH.PUBLISHED_AT, DSL.param("publishedAt", ARTICLE_SEARCH.PUBLISHED_AT.getDataType()))
                .set(Map.of(ARTICLE_SEARCH.DOCUMENT, document, ARTICLE_SEARCH.TITLE, title))
                .onConflict(ARTICLE_SEARCH.ARTICLE_ID)
                .doUpdate()
                .set(ARTICLE_SEARCH.OFFICE_CODE, DSL.excluded(ARTICLE_SEARCH.OFFICE_CODE))
                .set(ARTICLE_SEARCH.PUBLISHED_AT, DSL.excluded(ARTICLE_SEARCH.PUBLISHED_AT))
                .set(Map.of(ARTICLE_SEARCH.DOCUMENT, DSL.excluded(ARTICLE_SEARCH.DOCUMENT),
                        ARTICLE_SEARCH.TITLE, DSL.excluded(ARTICLE_SEARCH.TITLE)));
        var batch = db.batch(write);
        for (Document d : documents) {
            batch = batch.bind(Map.of("id", d.articleId(), "office", d.officeCode(),
                    "publishedAt", d.publishedAt(), "title", d.titleTerms(),
                    "titleAlone", d.titleTerms(), "summary", d.summaryTerms(), "body", d.bodyTerms()));
        }
        batch.execute();
    }

    /** Removes the rows of these articles, where there are any. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void delete(Collection<ArticleId> ids) {
        if (ids.isEmpty()) {
            return;
        }
        db.deleteFrom(ARTICLE_SEARCH)
                .where(ARTICLE_SEARCH.ARTICLE_ID.in(ids))
                .execute();
    }

    /**
     * Live articles without a row (written while no indexer ran, or by a restore of the database), and rows
     * of articles that are no longer live; lowest ids first, from the first id after {@code after}. Each part
     * walks the primary keys from there and stops at {@code limit}, so a catch-up that goes on from the last id
     * of its previous batch reads every article once, not once per batch.
     */
    public List<ArticleId> findOutOfDate(ArticleId after, int limit) {
        var missing = db.select(ARTICLE.ID)
                .from(ARTICLE)
                .where(ARTICLE.ID.gt(after))
                .and(ARTICLE.LIVE.isTrue())
                .and(notExists(selectOne().from(ARTICLE_SEARCH).where(ARTICLE_SEARCH.ARTICLE_ID.eq(ARTICLE.ID))))
                .orderBy(ARTICLE.ID)
                .limit(limit);
        var offline = db.select(ARTICLE_SEARCH.ARTICLE_ID)
                .from(ARTICLE_SEARCH)
                .join(ARTICLE).on(ARTICLE.ID.eq(ARTICLE_SEARCH.ARTICLE_ID))
                .where(ARTICLE_SEARCH.ARTICLE_ID.gt(after))
                .and(ARTICLE.LIVE.isFalse())
                .orderBy(ARTICLE_SEARCH.ARTICLE_ID)
                .limit(limit);
        Field<ArticleId> id = DSL.field(DSL.name("id"), ARTICLE.ID.getDataType());
        return db.select(id)
                .from(missing.unionAll(offline).asTable("out_of_date", "id"))
                .orderBy(id)
                .limit(limit)
                .fetch(id);
    }
}
