package cn.gxnews.portal.editorial.query;

import cn.gxnews.portal.article.ArticleState;
import cn.gxnews.portal.editorial.ReviewQueueItem;
import cn.gxnews.portal.office.ReviewTaker;
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
import static cn.gxnews.portal.jooq.Tables.OFFICE;
import static cn.gxnews.portal.jooq.Tables.STAFF_USER;
import static cn.gxnews.portal.jooq.Tables.WORKFLOW_EVENT;
import static org.jooq.impl.DSL.arrayGet;
import static org.jooq.impl.DSL.cardinality;
import static org.jooq.impl.DSL.least;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.trueCondition;

/** Articles in review, oldest submission first, that wait for a reviewer's level. */
@Component
public class ReviewQueueQuery {

    private final DSLContext db;

    ReviewQueueQuery(DSLContext db) {
        this.db = db;
    }

    /**
     * Whose queue: the levels of which offices it lists.
     *
     * @param editor          lists the levels the offices' editors take
     * @param editorOffice    of this office only, {@code null} for every office
     * @param publisher       lists the levels the company's publishers take
     * @param publisherOffice of this office only, {@code null} for every office
     */
    public record Reviewer(boolean editor, @Nullable String editorOffice, boolean publisher,
                           @Nullable String publisherOffice) {

        /** Every article in review in the office, whatever its level (the metrics). */
        public static Reviewer everyLevelOf(String office) {
            return new Reviewer(true, office, true, office);
        }
    }

    public Stream<ReviewQueueItem> findPage(Reviewer reviewer, int offset, int limit) {
        Field<Instant> submittedAt = field(select(max(WORKFLOW_EVENT.OCCURRED_AT))
                .from(WORKFLOW_EVENT)
                .where(WORKFLOW_EVENT.ARTICLE_ID.eq(ARTICLE.ID))
                .and(WORKFLOW_EVENT.TO_STATE.eq(ArticleState.IN_REVIEW))).as("submitted_at");
        return db.select(ARTICLE.ID, ARTICLE.OFFICE_CODE, ARTICLE_REVISION.TITLE, STAFF_USER.DISPLAY_NAME, submittedAt,
                        effectiveLevel())
                .from(ARTICLE)
                .join(OFFICE).on(OFFICE.CODE.eq(ARTICLE.OFFICE_CODE))
                .join(ARTICLE_REVISION).on(ARTICLE_REVISION.ID.eq(ARTICLE.WORKING_REVISION_ID))
                .join(STAFF_USER).on(STAFF_USER.ID.eq(ARTICLE.AUTHOR_ID))
                .where(waitsFor(reviewer))
                .orderBy(submittedAt.asc(), ARTICLE.ID.asc())
                .offset(offset)
                .limit(limit)
                .fetch(Records.mapping(ReviewQueueItem::new))
                .stream();
    }

    public int count(Reviewer reviewer) {
        return db.fetchCount(db.select(ARTICLE.ID).from(ARTICLE).join(OFFICE).on(OFFICE.CODE.eq(ARTICLE.OFFICE_CODE))
                .where(waitsFor(reviewer)));
    }

    private static Condition inOffice(@Nullable String office) {
        return office == null ? trueCondition() : ARTICLE.OFFICE_CODE.eq(office);
    }

    /**
     * The level the article waits for; an office with fewer levels now than the article reached treats it as at
     * its final level (decision 0025; the same rule as the article's own reading of it).
     */
    private static Field<Integer> effectiveLevel() {
        return least(ARTICLE.REVIEW_LEVEL, cardinality(OFFICE.REVIEW_TAKERS));
    }

    /** In review, at a level the reviewer takes (needs {@code OFFICE} joined on the article's office). */
    private static Condition waitsFor(Reviewer reviewer) {
        Field<String> taker = arrayGet(OFFICE.REVIEW_TAKERS, effectiveLevel());
        Condition asEditor = !reviewer.editor() ? falseCondition()
                : taker.eq(ReviewTaker.OFFICE_EDITORS.name()).and(inOffice(reviewer.editorOffice()));
        Condition asPublisher = !reviewer.publisher() ? falseCondition()
                : taker.eq(ReviewTaker.PUBLISHERS.name()).and(inOffice(reviewer.publisherOffice()));
        return ARTICLE.STATE.eq(ArticleState.IN_REVIEW).and(asEditor.or(asPublisher));
    }
}
