package cn.gxnews.portal.publicsite.query;

import cn.gxnews.portal.jooq.tables.Article;
import cn.gxnews.portal.jooq.tables.ArticleRevision;
import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.publicsite.ArticlePage;
import cn.gxnews.portal.article.PublishedArticle;
import cn.gxnews.portal.article.BlockJson;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.SelectOnConditionStep;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

import static cn.gxnews.portal.jooq.Tables.ARTICLE;
import static cn.gxnews.portal.jooq.Tables.ARTICLE_REVISION;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.trueCondition;

/**
 * Published news for the public site. Every query joins the published revision and requires the article to
 * be live, so no draft text (not even a pending edit of a live article) can reach a reader. Lists are
 * ordered newest first with the id as tiebreaker, so pages are stable.
 */
@Component
public class PublishedNewsQuery {

    private final DSLContext db;

    PublishedNewsQuery(DSLContext db) {
        this.db = db;
    }

    /** @param officeCode one office, or {@code null} for all */
    public List<PublishedArticle> findLatest(@Nullable String officeCode, int offset, int limit) {
        return selectPublished()
                .where(ARTICLE.LIVE.isTrue().and(office(officeCode)))
                .orderBy(ARTICLE.FIRST_PUBLISHED_AT.desc(), ARTICLE.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(PublishedNewsQuery::toPublished);
    }

    public int count(@Nullable String officeCode) {
        return db.fetchCount(ARTICLE, ARTICLE.LIVE.isTrue().and(office(officeCode)));
    }

    public Optional<PublishedArticle> find(ArticleId id) {
        return selectPublished()
                .where(ARTICLE.ID.eq(id.value()).and(ARTICLE.LIVE.isTrue()))
                .fetchOptional(PublishedNewsQuery::toPublished);
    }

    /** Addresses and change times of live articles, for the sitemap (newest first). */
    public List<cn.gxnews.portal.publicsite.SitemapEntry> findIndex(int offset, int limit) {
        return db.select(ARTICLE.ID, ARTICLE.UPDATED_AT).from(ARTICLE)
                .where(ARTICLE.LIVE.isTrue())
                .orderBy(ARTICLE.FIRST_PUBLISHED_AT.desc(), ARTICLE.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(r -> new cn.gxnews.portal.publicsite.SitemapEntry(new ArticleId(r.value1()), r.value2().toInstant()));
    }

    /** Whether the article was published once and has been taken offline since. */
    public boolean wasPublished(ArticleId id) {
        return db.fetchExists(ARTICLE, ARTICLE.ID.eq(id.value())
                .and(ARTICLE.LIVE.isFalse()).and(ARTICLE.PUBLISHED_REVISION_ID.isNotNull()));
    }

    /**
     * A live article with the titles of the live articles published just before and just after it, in one
     * query: the article page needs nothing else from the database.
     */
    public Optional<ArticlePage> findPage(ArticleId id) {
        var older = neighbour(ARTICLE.as("older"), ARTICLE_REVISION.as("older_revision"), true).asTable("older_link");
        var newer = neighbour(ARTICLE.as("newer"), ARTICLE_REVISION.as("newer_revision"), false).asTable("newer_link");
        Field<Long> olderId = older.field(0, Long.class);
        Field<String> olderTitle = older.field(1, String.class);
        Field<Long> newerId = newer.field(0, Long.class);
        Field<String> newerTitle = newer.field(1, String.class);
        return db.select(ARTICLE.ID, ARTICLE.OFFICE_CODE, ARTICLE_REVISION.TITLE, ARTICLE_REVISION.SUMMARY,
                        ARTICLE_REVISION.BODY, ARTICLE_REVISION.COVER_MEDIA, ARTICLE.FIRST_PUBLISHED_AT,
                        ARTICLE.UPDATED_AT, olderId, olderTitle, newerId, newerTitle)
                .from(ARTICLE)
                .join(ARTICLE_REVISION).on(ARTICLE_REVISION.ID.eq(ARTICLE.PUBLISHED_REVISION_ID))
                .leftJoin(lateral(older)).on(trueCondition())
                .leftJoin(lateral(newer)).on(trueCondition())
                .where(ARTICLE.ID.eq(id.value()).and(ARTICLE.LIVE.isTrue()))
                .fetchOptional(r -> new ArticlePage(toPublished(r),
                        r.get(olderId) == null ? null : new ArticlePage.Link(new ArticleId(r.get(olderId)), r.get(olderTitle)),
                        r.get(newerId) == null ? null : new ArticlePage.Link(new ArticleId(r.get(newerId)), r.get(newerTitle))));
    }

    /** The live article just before ({@code older}) or just after the outer query's article, through the date index. */
    private Select<Record2<Long, String>> neighbour(Article other, ArticleRevision revision,
                                                    boolean older) {
        var position = row(other.FIRST_PUBLISHED_AT, other.ID);
        var here = row(ARTICLE.FIRST_PUBLISHED_AT, ARTICLE.ID);
        return db.select(other.ID, revision.TITLE)
                .from(other)
                .join(revision).on(revision.ID.eq(other.PUBLISHED_REVISION_ID))
                .where(other.LIVE.isTrue().and(older ? position.lt(here) : position.gt(here)))
                .orderBy(older ? other.FIRST_PUBLISHED_AT.desc() : other.FIRST_PUBLISHED_AT.asc(),
                        older ? other.ID.desc() : other.ID.asc())
                .limit(1);
    }

    private SelectOnConditionStep<? extends Record> selectPublished() {
        return db.select(ARTICLE.ID, ARTICLE.OFFICE_CODE, ARTICLE_REVISION.TITLE, ARTICLE_REVISION.SUMMARY,
                        ARTICLE_REVISION.BODY, ARTICLE_REVISION.COVER_MEDIA, ARTICLE.FIRST_PUBLISHED_AT,
                        ARTICLE.UPDATED_AT)
                .from(ARTICLE)
                .join(ARTICLE_REVISION).on(ARTICLE_REVISION.ID.eq(ARTICLE.PUBLISHED_REVISION_ID));
    }

    private static Condition office(@Nullable String officeCode) {
        return officeCode == null ? trueCondition() : ARTICLE.OFFICE_CODE.eq(officeCode);
    }

    private static PublishedArticle toPublished(Record r) {
        return new PublishedArticle(new ArticleId(r.get(ARTICLE.ID)), r.get(ARTICLE.OFFICE_CODE),
                new ArticleDraft(r.get(ARTICLE_REVISION.TITLE), r.get(ARTICLE_REVISION.SUMMARY),
                        BlockJson.read(r.get(ARTICLE_REVISION.BODY)), r.get(ARTICLE_REVISION.COVER_MEDIA)),
                r.get(ARTICLE.FIRST_PUBLISHED_AT).toInstant(), r.get(ARTICLE.UPDATED_AT).toInstant());
    }
}
