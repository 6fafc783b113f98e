package cn.gxnews.portal.publicsite.query;

import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.PublishedArticle;
import cn.gxnews.portal.article.query.PublishedColumns;
import cn.gxnews.portal.jooq.tables.Article;
import cn.gxnews.portal.jooq.tables.ArticleRevision;
import cn.gxnews.portal.publicsite.ArticlePage;
import cn.gxnews.portal.publicsite.SitemapEntry;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Records;
import org.jooq.Select;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

import static cn.gxnews.portal.jooq.Tables.ARTICLE;
import static cn.gxnews.portal.jooq.Tables.ARTICLE_REVISION;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.trueCondition;

/**
 * Published news for the public site. Every query joins the published revision and requires the article to
 * be live, so no draft text (not even a pending edit of a live article) can reach a reader. Lists are
 * ordered newest first with the id as tiebreaker, so pages are stable.
 */
@Component
public class PublishedNewsQuery {

    private final DSLContext db;
    /** The article page's query, rendered once ({@link #findPage}), and the fields its columns are read as. */
    private final RenderedQuery articlePage;
    /** The article page's neighbours: the older and newer article's id and title. */
    private final Field<ArticleId> olderId;
    private final Field<String> olderTitle;
    private final Field<ArticleId> newerId;
    private final Field<String> newerTitle;

    private record RenderedQuery(String sql, List<Field<?>> fields) {
    }

    PublishedNewsQuery(DSLContext db) {
        this.db = db;
        var olderLink = neighbour(ARTICLE.as("older"), ARTICLE_REVISION.as("older_revision"), true)
                .asTable("older_link");
        var newerLink = neighbour(ARTICLE.as("newer"), ARTICLE_REVISION.as("newer_revision"), false)
                .asTable("newer_link");
        this.olderId = olderLink.field(0, ARTICLE.ID.getDataType());
        this.olderTitle = olderLink.field(1, String.class);
        this.newerId = newerLink.field(0, ARTICLE.ID.getDataType());
        this.newerTitle = newerLink.field(1, String.class);
        var page = PublishedColumns.select(db, olderId, olderTitle, newerId, newerTitle)
                .leftJoin(lateral(olderLink)).on(trueCondition())
                .leftJoin(lateral(newerLink)).on(trueCondition())
                .where(ARTICLE.ID.eq(param("id", ARTICLE.ID.getDataType())).and(ARTICLE.LIVE.isTrue()));
        this.articlePage = new RenderedQuery(db.render(page), page.getSelect());
    }

    /** @param officeCode one office, or {@code null} for all */
    public List<PublishedArticle> findLatest(@Nullable String officeCode, int offset, int limit) {
        return findLatest(officeCode, null, offset, limit);
    }

    /**
     * @param officeCode one office, or {@code null} for all
     * @param sectionId  one section, or {@code null} for all
     */
    public List<PublishedArticle> findLatest(@Nullable String officeCode, @Nullable Long sectionId, int offset,
                                             int limit) {
        return PublishedColumns.select(db)
                .where(ARTICLE.LIVE.isTrue().and(office(officeCode)).and(section(sectionId)))
                .orderBy(ARTICLE.FIRST_PUBLISHED_AT.desc(), ARTICLE.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(PublishedColumns::read);
    }

    public int count(@Nullable String officeCode) {
        return count(officeCode, null);
    }

    public int count(@Nullable String officeCode, @Nullable Long sectionId) {
        return db.fetchCount(ARTICLE, ARTICLE.LIVE.isTrue().and(office(officeCode)).and(section(sectionId)));
    }

    public Optional<PublishedArticle> find(ArticleId id) {
        return PublishedColumns.select(db).where(ARTICLE.ID.eq(id).and(ARTICLE.LIVE.isTrue()))
                .fetchOptional(PublishedColumns::read);
    }

    /** Addresses and change times of live articles, for the sitemap (newest first). */
    public List<SitemapEntry> findIndex(int offset, int limit) {
        return db.select(ARTICLE.ID, ARTICLE.UPDATED_AT).from(ARTICLE)
                .where(ARTICLE.LIVE.isTrue())
                .orderBy(ARTICLE.FIRST_PUBLISHED_AT.desc(), ARTICLE.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(Records.mapping(SitemapEntry::new));
    }

    /** Whether the article was published once and has been taken offline since. */
    public boolean wasPublished(ArticleId id) {
        return db.fetchExists(ARTICLE, ARTICLE.ID.eq(id)
                .and(ARTICLE.LIVE.isFalse()).and(ARTICLE.PUBLISHED_REVISION_ID.isNotNull()));
    }

    /**
     * A live article with the titles of the live articles published just before and just after it, in one
     * query: the article page needs nothing else from the database.
     *
     * <p>Every article page that misses the page cache asks this, so it is the public site's dearest query to
     * build (decision 0034): it is built and rendered to SQL once, with the article's id as its only bind value,
     * and its columns are read flat (a nested row would come back from PostgreSQL as one text to be parsed again).
     */
    public Optional<ArticlePage> findPage(ArticleId id) {
        return db.resultQuery(articlePage.sql(), id.value()).coerce(articlePage.fields()).fetchOptional()
                .map(this::articlePage);
    }

    private ArticlePage articlePage(Record record) {
        return new ArticlePage(PublishedColumns.read(record), link(record.get(olderId), record.get(olderTitle)),
                link(record.get(newerId), record.get(newerTitle)));
    }

    private static ArticlePage.@Nullable Link link(@Nullable ArticleId id, @Nullable String title) {
        return id == null ? null : new ArticlePage.Link(id, title == null ? "" : title);
    }

    /** The live article just before ({@code older}) or just after the outer query's article, through the date index. */
    private Select<Record2<ArticleId, String>> neighbour(Article other, ArticleRevision revision, boolean older) {
        var position = row(other.FIRST_PUBLISHED_AT, other.ID);
        var here = row(ARTICLE.FIRST_PUBLISHED_AT, ARTICLE.ID);
        return db.select(other.ID, revision.TITLE)
                .from(other)
                .join(revision).on(revision.ID.eq(other.PUBLISHED_REVISION_ID))
                .where(other.LIVE.isTrue().and(older ? position.lt(here) : position.gt(here)))
                .orderBy(older ? other.FIRST_PUBLISHED_AT.desc() : other.FIRST_PUBLISHED_AT.asc(),
                        older ? other.ID.desc() : other.ID.asc())
                .limit(inline(1)); // written into the SQL: the article's id is the page query's only bind value
    }

    private static Condition section(@Nullable Long sectionId) {
        return sectionId == null ? trueCondition() : ARTICLE.SECTION_ID.eq(sectionId);
    }

    private static Condition office(@Nullable String officeCode) {
        return officeCode == null ? trueCondition() : ARTICLE.OFFICE_CODE.eq(officeCode);
    }
}
