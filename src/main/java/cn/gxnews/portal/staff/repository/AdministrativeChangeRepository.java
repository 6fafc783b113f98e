package cn.gxnews.portal.staff.repository;

import cn.gxnews.portal.staff.AdministrativeChangeEntry;
import cn.gxnews.portal.base.AdministrativeChange;
import cn.gxnews.portal.base.repository.NewestFirst;
import cn.gxnews.portal.base.repository.Periods;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.SelectSeekStep2;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.stream.Stream;

import static cn.gxnews.portal.jooq.Tables.ADMINISTRATIVE_CHANGE;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.trueCondition;

/** The record of administrative changes; rows are only ever added. */
@Repository
public class AdministrativeChangeRepository {

    private final DSLContext db;

    AdministrativeChangeRepository(DSLContext db) {
        this.db = db;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void insert(Instant at, String actor, AdministrativeChange change) {
        db.insertInto(ADMINISTRATIVE_CHANGE)
                .set(ADMINISTRATIVE_CHANGE.OCCURRED_AT, at)
                .set(ADMINISTRATIVE_CHANGE.ACTOR_USERNAME, actor)
                .set(ADMINISTRATIVE_CHANGE.KIND, change.kind())
                .set(ADMINISTRATIVE_CHANGE.SUBJECT, change.subject())
                .set(ADMINISTRATIVE_CHANGE.BEFORE, change.before())
                .set(ADMINISTRATIVE_CHANGE.AFTER, change.after())
                .execute();
    }

    /** Newest first; {@code kind} and the time bounds are optional. */
    public Stream<AdministrativeChangeEntry> findPage(AdministrativeChange.@Nullable Kind kind, @Nullable Instant from,
                                                      @Nullable Instant to, int offset, int limit) {
        return NewestFirst.page(newestFirst(kind, from, to), offset, limit);
    }

    /**
     * Every matching change, newest first, read from one query in batches of {@code batch} rows as the stream is
     * consumed (a cursor: call it inside a transaction, and close the stream).
     */
    public Stream<AdministrativeChangeEntry> stream(AdministrativeChange.@Nullable Kind kind, @Nullable Instant from,
                                                   @Nullable Instant to, int batch) {
        return NewestFirst.all(newestFirst(kind, from, to), batch);
    }

    private SelectSeekStep2<Record1<AdministrativeChangeEntry>, Instant, Long> newestFirst(
            AdministrativeChange.@Nullable Kind kind, @Nullable Instant from, @Nullable Instant to) {
        return db.select(row(ADMINISTRATIVE_CHANGE.ID, ADMINISTRATIVE_CHANGE.OCCURRED_AT,
                        ADMINISTRATIVE_CHANGE.ACTOR_USERNAME, ADMINISTRATIVE_CHANGE.KIND, ADMINISTRATIVE_CHANGE.SUBJECT,
                        ADMINISTRATIVE_CHANGE.BEFORE, ADMINISTRATIVE_CHANGE.AFTER).mapping(AdministrativeChangeEntry::new))
                .from(ADMINISTRATIVE_CHANGE)
                .where(filter(kind, from, to))
                .orderBy(ADMINISTRATIVE_CHANGE.OCCURRED_AT.desc(), ADMINISTRATIVE_CHANGE.ID.desc());
    }

    public int count(AdministrativeChange.@Nullable Kind kind, @Nullable Instant from, @Nullable Instant to) {
        return db.fetchCount(ADMINISTRATIVE_CHANGE, filter(kind, from, to));
    }

    private static Condition filter(AdministrativeChange.@Nullable Kind kind, @Nullable Instant from,
                                    @Nullable Instant to) {
        Condition condition = kind == null ? trueCondition() : ADMINISTRATIVE_CHANGE.KIND.eq(kind);
        return condition.and(Periods.within(ADMINISTRATIVE_CHANGE.OCCURRED_AT, from, to));
    }
}
