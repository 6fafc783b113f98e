package cn.gxnews.portal.article.query;

import cn.gxnews.portal.article.ArticleListItem;
import cn.gxnews.portal.article.ArticleScope;
import cn.gxnews.portal.article.BinnedArticle;
import cn.gxnews.portal.article.repository.ArticleRepository;
import cn.gxnews.portal.jooq.tables.StaffUser;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.stream.Stream;

import static cn.gxnews.portal.jooq.Tables.ARTICLE;
import static cn.gxnews.portal.jooq.Tables.ARTICLE_REVISION;
import static cn.gxnews.portal.jooq.Tables.STAFF_USER;

/** The desk's article lists, newest change first, paged with an id tiebreaker. */
@Component
public class ArticleListQuery {

    private final DSLContext db;

    ArticleListQuery(DSLContext db) {
        this.db = db;
    }

    /** The articles a member wrote, in their office. */
    public Stream<ArticleListItem> findByAuthor(long authorId, String officeCode, int offset, int limit) {
        return db.select(ARTICLE.ID, ARTICLE.OFFICE_CODE, ARTICLE_REVISION.TITLE, STAFF_USER.DISPLAY_NAME,
                        ARTICLE.STATE, ARTICLE.UPDATED_AT)
                .from(ARTICLE)
                .join(ARTICLE_REVISION).on(ARTICLE_REVISION.ID.eq(ARTICLE.WORKING_REVISION_ID))
                .join(STAFF_USER).on(STAFF_USER.ID.eq(ARTICLE.AUTHOR_ID))
                .where(byAuthor(authorId, officeCode))
                .orderBy(ARTICLE.UPDATED_AT.desc(), ARTICLE.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(Records.mapping(ArticleListItem::new))
                .stream();
    }

    public int countByAuthor(long authorId, String officeCode) {
        return db.fetchCount(ARTICLE, byAuthor(authorId, officeCode));
    }

    /** An author's own list leaves out what is in the recycle bin (the bin lists it). */
    private static Condition byAuthor(long authorId, String officeCode) {
        return ARTICLE.AUTHOR_ID.eq(authorId).and(ARTICLE.OFFICE_CODE.eq(officeCode)).and(ARTICLE.BINNED_AT.isNull());
    }

    /**
     * The articles in the recycle bin that the member may see, most recently binned first.
     *
     * @param keep how long the bin keeps an article
     */
    public Stream<BinnedArticle> findBinned(ArticleScope scope, Duration keep, int offset, int limit) {
        StaffUser binner = STAFF_USER.as("binner");
        return db.select(ARTICLE.ID, ARTICLE.VERSION, ARTICLE.OFFICE_CODE, ARTICLE_REVISION.TITLE,
                        STAFF_USER.DISPLAY_NAME, ARTICLE.STATE, ARTICLE.BINNED_AT, binner.DISPLAY_NAME)
                .from(ARTICLE)
                .join(ARTICLE_REVISION).on(ARTICLE_REVISION.ID.eq(ARTICLE.WORKING_REVISION_ID))
                .join(STAFF_USER).on(STAFF_USER.ID.eq(ARTICLE.AUTHOR_ID))
                .join(binner).on(binner.ID.eq(ARTICLE.BINNED_BY))
                .where(binned(scope))
                .orderBy(ARTICLE.BINNED_AT.desc(), ARTICLE.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(r -> new BinnedArticle(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value7().plus(keep)))
                .stream();
    }

    public int countBinned(ArticleScope scope) {
        return db.fetchCount(ARTICLE, binned(scope));
    }

    public int countAllBinned() {
        return db.fetchCount(ARTICLE, ARTICLE.BINNED_AT.isNotNull());
    }

    private static Condition binned(ArticleScope scope) {
        return ARTICLE.BINNED_AT.isNotNull().and(ArticleRepository.visibleTo(scope));
    }
}
