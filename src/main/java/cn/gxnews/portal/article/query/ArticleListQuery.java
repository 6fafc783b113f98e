package cn.gxnews.portal.article.query;

import cn.gxnews.portal.article.ArticleListItem;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Component;

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

    private static Condition byAuthor(long authorId, String officeCode) {
        return ARTICLE.AUTHOR_ID.eq(authorId).and(ARTICLE.OFFICE_CODE.eq(officeCode));
    }
}
