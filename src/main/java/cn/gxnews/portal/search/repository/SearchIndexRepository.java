package cn.gxnews.portal.search.repository;

import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.PublishedArticle;
import cn.gxnews.portal.jooq.tables.ArticleSearch;
import cn.gxnews.portal.jooq.tables.records.ArticleSearchRecord;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.InsertSetMoreStep;
import org.jooq.SQLDialect;
import org.jooq.Field;
import org.jooq.Records;
import org.jspecify.annotations.Nullable;
import org.jooq.impl.DSL;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.IntSupplier;

import static cn.gxnews.portal.jooq.Tables.ARTICLE;
import static cn.gxnews.portal.jooq.Tables.ARTICLE_REVISION;
import static cn.gxnews.portal.jooq.Tables.ARTICLE_SEARCH;
import static cn.gxnews.portal.jooq.Tables.SEARCH_INDEX_INCOMPLETE;
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
     * The document of a row: every term of the article (title, summary, body) once, without positions or weights,
     * which nothing asks for: a match in the title is found through the title's own terms ({@link #TITLE}), and
     * equally good matches are shown newest first. {@code array_to_tsvector} takes the terms as they are, with no
     * parsing, several times cheaper than {@code to_tsvector}. The terms arrive as bind values, never as SQL.
     */
    private static final String DOCUMENT = "array_to_tsvector({0}::text[])";
    /** The title's terms alone, so that searches find matches in the title without looking at the document. */
    private static final String TITLE = "array_to_tsvector({0}::text[])";

    /** The table a new index is built in before it takes the place of {@code article_search}. */
    private static final ArticleSearch BUILD = ARTICLE_SEARCH.rename("article_search_build");
    /** The key of the advisory lock that one instance at a time holds while it brings the index up to date. */
    private static final long CATCH_UP_LOCK = 0x5EA4C4L;

    private final DSLContext db;
    private final DataSource dataSource;

    SearchIndexRepository(DSLContext db, DataSource dataSource) {
        this.db = db;
        this.dataSource = dataSource;
    }

    /**
     * What the index needs to know of one article, the terms already made by the tokeniser.
     *
     * @param titleTerms the title's terms, each once
     * @param terms      every term of the article (title, summary, text, captions, alt texts), each once
     */
    public record Document(ArticleId articleId, String officeCode, Instant publishedAt, List<String> titleTerms,
                           List<String> terms) {
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
        var insert = insertInto(ARTICLE_SEARCH);
        bindEach(db.batch(insert.onConflict(ARTICLE_SEARCH.ARTICLE_ID)
                .doUpdate()
                .set(ARTICLE_SEARCH.OFFICE_CODE, DSL.excluded(ARTICLE_SEARCH.OFFICE_CODE))
                .set(ARTICLE_SEARCH.PUBLISHED_AT, DSL.excluded(ARTICLE_SEARCH.PUBLISHED_AT))
                .set(Map.of(ARTICLE_SEARCH.DOCUMENT, DSL.excluded(ARTICLE_SEARCH.DOCUMENT),
                        ARTICLE_SEARCH.TITLE, DSL.excluded(ARTICLE_SEARCH.TITLE)))), documents).execute();
    }

    /** An insert of one row into {@code article_search} or a table of its shape, its values named parameters. */
    private InsertSetMoreStep<ArticleSearchRecord> insertInto(ArticleSearch table) {
        Field<Object> document = DSL.field(DOCUMENT, Object.class, DSL.param("terms", String[].class));
        Field<Object> title = DSL.field(TITLE, Object.class, DSL.param("title", String[].class));
        // jOOQ has no type for tsvector (the column is a Field<Object>), so set(field, value) is ambiguous
        // between a value and an expression; the map form takes the expression.
        return db.insertInto(table)
                .set(table.ARTICLE_ID, DSL.param("id", table.ARTICLE_ID.getDataType()))
                .set(table.OFFICE_CODE, DSL.param("office", String.class))
                .set(table.PUBLISHED_AT, DSL.param("publishedAt", table.PUBLISHED_AT.getDataType()))
                .set(Map.of(table.DOCUMENT, document, table.TITLE, title));
    }

    private static BatchBindStep bindEach(BatchBindStep batch, List<Document> documents) {
        for (Document d : documents) {
            batch = batch.bind(Map.of("id", d.articleId(), "office", d.officeCode(), "publishedAt", d.publishedAt(),
                    "terms", d.terms().toArray(String[]::new), "title", d.titleTerms().toArray(String[]::new)));
        }
        return batch;
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

    /** Says that the index lacks live articles, until {@link #markComplete()}; committed at once. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void markIncomplete() {
        db.insertInto(SEARCH_INDEX_INCOMPLETE).defaultValues().onConflictDoNothing().execute();
    }

    /** Says that every live article has its row. */
    @Transactional
    public void markComplete() {
        db.deleteFrom(SEARCH_INDEX_INCOMPLETE).execute();
    }

    /** How many live articles have no row, and how many rows belong to articles that are not live. */
    public int countOutOfDate() {
        return db.fetchCount(ARTICLE, ARTICLE.LIVE.isTrue()
                        .and(notExists(selectOne().from(ARTICLE_SEARCH).where(ARTICLE_SEARCH.ARTICLE_ID.eq(ARTICLE.ID)))))
                + db.fetchCount(ARTICLE_SEARCH, notExists(selectOne().from(ARTICLE)
                        .where(ARTICLE.ID.eq(ARTICLE_SEARCH.ARTICLE_ID)).and(ARTICLE.LIVE.isTrue())));
    }

    /**
     * Runs the work while a connection of its own holds the database-wide lock of the index's catch-up, so that
     * of several instances starting at once one builds and the others leave it to that one; returns what the work
     * returned, or nothing without running it when another holds the lock. The lock goes with the connection if
     * the instance dies.
     */
    public OptionalInt whileCatchingUpAlone(IntSupplier work) {
        try (Connection connection = dataSource.getConnection()) {
            DSLContext session = DSL.using(connection, SQLDialect.POSTGRES);
            if (!Boolean.TRUE.equals(session.fetchValue(
                    DSL.field("pg_try_advisory_lock({0})", Boolean.class, DSL.val(CATCH_UP_LOCK))))) {
                return OptionalInt.empty();
            }
            try {
                return OptionalInt.of(work.getAsInt());
            } finally {
                session.fetchValue(DSL.field("pg_advisory_unlock({0})", Boolean.class, DSL.val(CATCH_UP_LOCK)));
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("no connection for the search index's catch-up", e);
        }
    }

    /** Live articles as readers see them, with ids after {@code after} up to {@code upTo}: for a build. */
    public List<PublishedArticle> findLive(ArticleId after, ArticleId upTo) {
        return db.select(ARTICLE.ID, ARTICLE.OFFICE_CODE,
                        row(ARTICLE_REVISION.TITLE, ARTICLE_REVISION.SUMMARY, ARTICLE_REVISION.BODY,
                                ARTICLE_REVISION.COVER_MEDIA).mapping(ArticleDraft::new),
                        ARTICLE.FIRST_PUBLISHED_AT, ARTICLE.FIRST_PUBLISHED_AT, ARTICLE.SECTION_ID)
                .from(ARTICLE)
                .join(ARTICLE_REVISION).on(ARTICLE_REVISION.ID.eq(ARTICLE.PUBLISHED_REVISION_ID))
                .where(ARTICLE.ID.gt(after))
                .and(ARTICLE.ID.le(upTo))
                .and(ARTICLE.LIVE.isTrue())
                .and(ARTICLE.FIRST_PUBLISHED_AT.isNotNull())
                .fetch(Records.mapping(PublishedArticle::new));
    }

    /** The highest id of any article (0 if there is none). */
    public ArticleId lastArticleId() {
        ArticleId last = db.select(DSL.max(ARTICLE.ID)).from(ARTICLE).fetchOne(0, ArticleId.class);
        return last == null ? new ArticleId(0) : last;
    }

    /**
     * Starts a new index in a table of its own, {@code article_search_build}, without indexes or keys: rows
     * arrive there far faster than into the GIN indexes one by one (a million articles in minutes instead of
     * most of an hour). A table left by a build that did not finish is dropped.
     */
    @Transactional
    public void startBuild() {
        db.execute("drop table if exists article_search_build");
        // Nothing vacuums the table while it is filled (it is analysed once it is indexed).
        db.execute("create table article_search_build (like article_search including defaults including storage"
                + " including comments) with (autovacuum_enabled = false, toast.autovacuum_enabled = false)");
    }

    /** Adds rows to the new index (see {@link #startBuild()}). */
    @Transactional
    public void addToBuild(List<Document> documents) {
        if (!documents.isEmpty()) {
            bindEach(db.batch(insertInto(BUILD)), documents).execute();
        }
    }

    /**
     * Gives the new table the keys and indexes of {@code article_search}, each built in one go from all its rows:
     * the longest step of a build, during which searches and transitions go on with {@code article_search}.
     */
    @Transactional
    public void indexBuild() {
        db.execute("alter table article_search_build add constraint article_search_build_pkey primary key (article_id)");
        db.execute("create index article_search_build_document_idx on article_search_build"
                + " using gin (document, published_at) with (fastupdate = off)");
        db.execute("create index article_search_build_title_idx on article_search_build"
                + " using gin (title, published_at) with (fastupdate = off)");
        db.execute("create index article_search_build_published_idx on article_search_build"
                + " (published_at desc, article_id desc)");
        db.execute("alter table article_search_build reset (autovacuum_enabled, toast.autovacuum_enabled)");
        db.execute("analyze article_search_build");
    }

    /**
     * Puts the new table in the place of {@code article_search}, in one transaction that transitions wait for
     * (searches go on until the very end): what transitions wrote into {@code article_search} while the new table
     * was built is what readers see now, so it replaces the new table's rows, and rows of articles no longer live
     * go. Then the new table takes the old one's name, keys, indexes and comment.
     */
    @Transactional
    public void replaceWithBuild() {
        db.execute("lock table article_search in exclusive mode");
        db.execute("""
                insert into article_search_build as b select * from article_search
                on conflict (article_id) do update set office_code = excluded.office_code,
                    published_at = excluded.published_at, document = excluded.document, title = excluded.title
                where (b.office_code, b.published_at, b.document, b.title)
                    is distinct from (excluded.office_code, excluded.published_at, excluded.document, excluded.title)""");
        db.execute("delete from article_search_build b where not exists"
                + " (select 1 from article a where a.id = b.article_id and a.live)");
        String comment = db.fetchValue(
                DSL.field("obj_description('article_search'::regclass, 'pg_class')", String.class));
        db.execute("drop table article_search");
        db.execute("alter table article_search_build rename to article_search");
        db.execute("alter table article_search rename constraint article_search_build_pkey to article_search_pkey");
        for (String index : List.of("document", "title", "published")) {
            db.execute("alter index article_search_build_" + index + "_idx rename to article_search_" + index + "_idx");
        }
        db.execute("alter table article_search add constraint article_search_article_id_fkey foreign key (article_id)"
                + " references article on delete cascade");
        db.execute("alter table article_search add constraint article_search_office_code_fkey foreign key (office_code)"
                + " references office");
        if (comment != null) {
            db.execute("comment on table article_search is " + DSL.inline(comment));
        }
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
