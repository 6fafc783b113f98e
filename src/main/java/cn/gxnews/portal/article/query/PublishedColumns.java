package cn.gxnews.portal.article.query;

import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.PublishedArticle;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;

import java.util.ArrayList;
import java.util.List;

import static cn.gxnews.portal.jooq.Tables.ARTICLE;
import static cn.gxnews.portal.jooq.Tables.ARTICLE_REVISION;

/**
 * An article as readers see it, from {@code ARTICLE} joined with its published revision {@code ARTICLE_REVISION}
 * (never a draft's): the select with its columns, and the article read back from them. The public pages and search
 * read every article they show this way.
 *
 * <p>The columns are read flat on purpose (decision 0034): a nested row ({@code row(…).mapping(…)}) comes back from
 * PostgreSQL as one record text, the body's JSON quoted inside it, which the database writes and jOOQ parses again
 * for every article; on the public pages that cost more than the rest of the query.
 */
public final class PublishedColumns {

    private static final List<Field<?>> FIELDS = List.of(ARTICLE.ID, ARTICLE.OFFICE_CODE, ARTICLE_REVISION.TITLE,
            ARTICLE_REVISION.SUMMARY, ARTICLE_REVISION.BODY, ARTICLE_REVISION.COVER_MEDIA, ARTICLE.FIRST_PUBLISHED_AT,
            ARTICLE.UPDATED_AT, ARTICLE.SECTION_ID);

    private PublishedColumns() {
    }

    /**
     * The articles joined with their published revisions, selecting their columns and then {@code more}; the caller
     * adds the conditions (at least that the article is live) and any further joins.
     */
    public static SelectOnConditionStep<Record> select(DSLContext db, Field<?>... more) {
        List<Field<?>> fields = new ArrayList<>(FIELDS);
        fields.addAll(List.of(more));
        return db.select(fields)
                .from(ARTICLE)
                .join(ARTICLE_REVISION).on(ARTICLE_REVISION.ID.eq(ARTICLE.PUBLISHED_REVISION_ID));
    }

    /** The article of a record that {@link #select} read. */
    public static PublishedArticle read(Record record) {
        return new PublishedArticle(record.get(ARTICLE.ID), record.get(ARTICLE.OFFICE_CODE),
                new ArticleDraft(record.get(ARTICLE_REVISION.TITLE), record.get(ARTICLE_REVISION.SUMMARY),
                        record.get(ARTICLE_REVISION.BODY), record.get(ARTICLE_REVISION.COVER_MEDIA)),
                record.get(ARTICLE.FIRST_PUBLISHED_AT), record.get(ARTICLE.UPDATED_AT), record.get(ARTICLE.SECTION_ID));
    }
}
