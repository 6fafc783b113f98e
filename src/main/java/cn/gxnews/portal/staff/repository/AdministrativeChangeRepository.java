package cn.gxnews.portal.staff.repository;

import cn.gxnews.portal.staff.AdministrativeChangeEntry;
import cn.gxnews.portal.base.AdministrativeChange;
import cn.gxnews.portal.base.repository.Periods;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static cn.gxnews.portal.jooq.Tables.ADMINISTRATIVE_CHANGE;
import static org.jooq.impl.DSL.trueCondition;

/** The record of administrative changes; rows are only ever added. */
@Repository
public class AdministrativeChangeRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<TreeMap<String, String>> FIELDS = new TypeReference<>() {
    };

    private final DSLContext db;

    AdministrativeChangeRepository(DSLContext db) {
        this.db = db;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void insert(Instant at, String actor, AdministrativeChange change) {
        db.insertInto(ADMINISTRATIVE_CHANGE)
                .set(ADMINISTRATIVE_CHANGE.OCCURRED_AT, at.atOffset(ZoneOffset.UTC))
                .set(ADMINISTRATIVE_CHANGE.ACTOR_USERNAME, actor)
                .set(ADMINISTRATIVE_CHANGE.KIND, change.kind().name())
                .set(ADMINISTRATIVE_CHANGE.SUBJECT, change.subject())
                .set(ADMINISTRATIVE_CHANGE.BEFORE, JSONB.valueOf(JSON.writeValueAsString(change.before())))
                .set(ADMINISTRATIVE_CHANGE.AFTER, JSONB.valueOf(JSON.writeValueAsString(change.after())))
                .execute();
    }

    /** Newest first; {@code kind} and the time bounds are optional. */
    public Stream<AdministrativeChangeEntry> findPage(AdministrativeChange.@Nullable Kind kind, @Nullable Instant from,
                                                      @Nullable Instant to, int offset, int limit) {
        return db.selectFrom(ADMINISTRATIVE_CHANGE)
                .where(filter(kind, from, to))
                .orderBy(ADMINISTRATIVE_CHANGE.OCCURRED_AT.desc(), ADMINISTRATIVE_CHANGE.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch().stream()
                .map(r -> new AdministrativeChangeEntry(r.getId(), r.getOccurredAt().toInstant(), r.getActorUsername(),
                        AdministrativeChange.Kind.valueOf(r.getKind()), r.getSubject(), fields(r.getBefore()),
                        fields(r.getAfter())));
    }

    public int count(AdministrativeChange.@Nullable Kind kind, @Nullable Instant from, @Nullable Instant to) {
        return db.fetchCount(ADMINISTRATIVE_CHANGE, filter(kind, from, to));
    }

    private static Map<String, String> fields(JSONB stored) {
        return JSON.readValue(stored.data(), FIELDS);
    }

    private static Condition filter(AdministrativeChange.@Nullable Kind kind, @Nullable Instant from,
                                    @Nullable Instant to) {
        Condition condition = kind == null ? trueCondition() : ADMINISTRATIVE_CHANGE.KIND.eq(kind.name());
        return condition.and(Periods.within(ADMINISTRATIVE_CHANGE.OCCURRED_AT, from, to));
    }
}
