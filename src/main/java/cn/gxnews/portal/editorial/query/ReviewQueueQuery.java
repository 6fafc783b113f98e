package cn.gxnews.portal.editorial.query;

import cn.gxnews.portal.article.ArticleState;
import cn.gxnews.portal.editorial.ReviewQueueItem;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.stream.Stream;

import static cn.gxnews.portal.jooq.Tables.ARTICLE;
import static cn.gxnews.portal.jooq.Tables.ARTICLE_REVISION;
import static cn.gxnews.portal.jooq.Tables.STAFF_USER;
import static cn.gxnews.portal.jooq.Tables.WORKFLOW_EVENT;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.trueCondition;

/** Articles in review, oldest submission first, for one office or for all. */
@Component
public class ReviewQueueQuery {

    private final DSLContext db;

    ReviewQueueQuery(DSLContext db) {
        this.db = db;
    }

    /** @param officeCode the office to list, or {@code null} for every office */
    public Stream<ReviewQueueItem> findPage(@Nullable String officeCode, int offset, int limit) {
        Field<Instant> submittedAt = field(select(max(WORKFLOW_EVENT.OCCURRED_AT))
                .from(WORKFLOW_EVENT)
                .where(WORKFLOW_EVENT.ARTICLE_ID.eq(ARTICLE.ID))
                .and(WORKFLOW_EVENT.TO_STATE.eq(ArticleState.IN_REVIEW))).as("submitted_at");
        return db.select(ARTICLE.ID, ARTICLE.OFFICE_CODE, ARTICLE_REVISION.TITLE, STAFF_USER.DISPLAY_NAME, submittedAt)
                .from(ARTICLE)
                .join(ARTICLE_REVISION).on(ARTICLE_REVISION.ID.eq(ARTICLE.WORKING_REVISION_ID))
                .join(STAFF_USER).on(STAFF_USER.ID.eq(ARTICLE.AUTHOR_ID))
                .where(inReview(officeCode))
                .orderBy(submittedAt.asc(), ARTICLE.ID.asc())
                .offset(offset)
                .limit(limit)
                .fetch(Records.mapping(ReviewQueueItem::new))
                .stream();
    }

    public int count(@Nullable String officeCode) {
        return db.fetchCount(ARTICLE, inReview(officeCode));
    }

    private static Condition inReview(@Nullable String officeCode) {
        return ARTICLE.STATE.eq(ArticleState.IN_REVIEW)
                .and(officeCode == null ? trueCondition() : ARTICLE.OFFICE_CODE.eq(officeCode));
    }
}
