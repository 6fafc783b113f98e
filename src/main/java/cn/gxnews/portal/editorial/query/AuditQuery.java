package cn.gxnews.portal.editorial.query;

import cn.gxnews.portal.base.repository.NewestFirst;
import cn.gxnews.portal.base.repository.Periods;
import cn.gxnews.portal.editorial.AuditEntry;
import cn.gxnews.portal.jooq.tables.ArticleRevision;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.SelectSeekStep2;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.stream.Stream;

import static cn.gxnews.portal.jooq.Tables.ARTICLE;
import static cn.gxnews.portal.jooq.Tables.ARTICLE_REVISION;
import static cn.gxnews.portal.jooq.Tables.STAFF_USER;
import static cn.gxnews.portal.jooq.Tables.WORKFLOW_EVENT;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.trueCondition;

/** The audit trail across articles, newest first, by office and time range. */
@Component
public class AuditQuery {

    private static final ArticleRevision CURRENT = ARTICLE_REVISION.as("current_revision");

    private final DSLContext db;

    AuditQuery(DSLContext db) {
        this.db = db;
    }

    /** @param officeCode one office, or {@code null} for all offices */
    public Stream<AuditEntry> find(@Nullable String officeCode, @Nullable Instant from, @Nullable Instant to,
                                   int offset, int limit) {
        return NewestFirst.page(newestFirst(officeCode, from, to), offset, limit);
    }

    /**
     * Every matching entry, newest first, read from one query in batches of {@code batch} rows as the stream is
     * consumed (a cursor: call it inside a transaction, and close the stream).
     */
    public Stream<AuditEntry> stream(@Nullable String officeCode, @Nullable Instant from, @Nullable Instant to,
                                     int batch) {
        return NewestFirst.all(newestFirst(officeCode, from, to), batch);
    }

    private SelectSeekStep2<Record1<AuditEntry>, Instant, Long> newestFirst(@Nullable String officeCode,
                                                                           @Nullable Instant from, @Nullable Instant to) {
        return db.select(row(WORKFLOW_EVENT.OCCURRED_AT, ARTICLE.OFFICE_CODE, ARTICLE.ID, CURRENT.TITLE,
                        WORKFLOW_EVENT.TRANSITION, WORKFLOW_EVENT.FROM_STATE, WORKFLOW_EVENT.TO_STATE,
                        STAFF_USER.DISPLAY_NAME, ARTICLE_REVISION.REVISION_NO, WORKFLOW_EVENT.COMMENT,
                        WORKFLOW_EVENT.LATE, WORKFLOW_EVENT.REVIEW_LEVEL).mapping(AuditEntry::new))
                .from(WORKFLOW_EVENT)
                .join(ARTICLE).on(ARTICLE.ID.eq(WORKFLOW_EVENT.ARTICLE_ID))
                .join(ARTICLE_REVISION).on(ARTICLE_REVISION.ID.eq(WORKFLOW_EVENT.REVISION_ID))
                .join(CURRENT).on(CURRENT.ID.eq(ARTICLE.WORKING_REVISION_ID))
                .leftJoin(STAFF_USER).on(STAFF_USER.ID.eq(WORKFLOW_EVENT.ACTOR_ID))
                .where(filter(officeCode, from, to))
                .orderBy(WORKFLOW_EVENT.OCCURRED_AT.desc(), WORKFLOW_EVENT.ID.desc());
    }

    private static Condition filter(@Nullable String officeCode, @Nullable Instant from, @Nullable Instant to) {
        Condition condition = officeCode == null ? trueCondition() : ARTICLE.OFFICE_CODE.eq(officeCode);
        return condition.and(Periods.within(WORKFLOW_EVENT.OCCURRED_AT, from, to));
    }
}
