package cn.gxnews.portal.security.repository;

import cn.gxnews.portal.security.SignInEvent;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import static cn.gxnews.portal.jooq.Tables.SIGN_IN_EVENT;
import static cn.gxnews.portal.jooq.Tables.STAFF_USER;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.trueCondition;

/** The log of sign-in attempts. */
@Repository
public class SignInEventRepository {

    private final DSLContext db;

    SignInEventRepository(DSLContext db) {
        this.db = db;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void insert(String username, String clientIp, boolean success, @Nullable String reason) {
        String name = username.length() > 200 ? username.substring(0, 200) : username;
        db.insertInto(SIGN_IN_EVENT)
                .set(SIGN_IN_EVENT.USERNAME, name)
                .set(SIGN_IN_EVENT.STAFF_USER_ID, select(STAFF_USER.ID).from(STAFF_USER)
                        .where(lower(STAFF_USER.USERNAME).eq(name.toLowerCase(java.util.Locale.ROOT))).asField())
                .set(SIGN_IN_EVENT.CLIENT_IP, clientIp.length() > 64 ? clientIp.substring(0, 64) : clientIp)
                .set(SIGN_IN_EVENT.SUCCESS, success)
                .set(SIGN_IN_EVENT.REASON, reason)
                .execute();
    }

    /** @param success only successes ({@code true}), only failures ({@code false}), or both ({@code null}) */
    public Stream<SignInEvent> findPage(@Nullable Boolean success, @Nullable Instant from, @Nullable Instant to,
                                        int offset, int limit) {
        return db.selectFrom(SIGN_IN_EVENT)
                .where(filter(success, from, to))
                .orderBy(SIGN_IN_EVENT.OCCURRED_AT.desc(), SIGN_IN_EVENT.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetchStream()
                .map(r -> new SignInEvent(r.getId(), r.getOccurredAt().toInstant(), r.getUsername(), r.getClientIp(),
                        r.getSuccess(), r.getReason()));
    }

    public int count(@Nullable Boolean success, @Nullable Instant from, @Nullable Instant to) {
        return db.fetchCount(SIGN_IN_EVENT, filter(success, from, to));
    }

    private static Condition filter(@Nullable Boolean success, @Nullable Instant from, @Nullable Instant to) {
        Condition condition = success == null ? trueCondition() : SIGN_IN_EVENT.SUCCESS.eq(success);
        if (from != null) {
            condition = condition.and(SIGN_IN_EVENT.OCCURRED_AT.ge(from.atOffset(ZoneOffset.UTC)));
        }
        if (to != null) {
            condition = condition.and(SIGN_IN_EVENT.OCCURRED_AT.lt(to.atOffset(ZoneOffset.UTC)));
        }
        return condition;
    }
}
