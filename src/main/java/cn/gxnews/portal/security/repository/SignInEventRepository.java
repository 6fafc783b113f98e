package cn.gxnews.portal.security.repository;

import cn.gxnews.portal.base.repository.NewestFirst;
import cn.gxnews.portal.base.repository.Periods;
import cn.gxnews.portal.security.SignInEvent;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Records;
import org.jooq.SelectSeekStep2;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Locale;
import java.util.stream.Stream;

import static cn.gxnews.portal.jooq.Tables.SIGN_IN_EVENT;
import static cn.gxnews.portal.jooq.Tables.STAFF_USER;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.row;
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
    public void insert(Instant at, String username, String clientIp, boolean success, @Nullable String reason) {
        String name = truncatedUsername(username);
        db.insertInto(SIGN_IN_EVENT)
                .set(SIGN_IN_EVENT.OCCURRED_AT, at)
                .set(SIGN_IN_EVENT.USERNAME, name)
                .set(SIGN_IN_EVENT.STAFF_USER_ID, select(STAFF_USER.ID).from(STAFF_USER)
                        .where(lower(STAFF_USER.USERNAME).eq(name.toLowerCase(Locale.ROOT))).asField())
                .set(SIGN_IN_EVENT.CLIENT_IP, truncatedIp(clientIp))
                .set(SIGN_IN_EVENT.SUCCESS, success)
                .set(SIGN_IN_EVENT.REASON, reason)
                .execute();
    }

    /**
     * The failed attempts whose password was checked (refusals by the limits themselves, marked with the
     * reason {@code notCounted}, do not count): for one username (in any letter case) since
     * {@code usernameSince}, only those from {@code usernameFrom} when it is given, and for one client address
     * since {@code addressSince}.
     */
    public RecentFailures recentFailures(String username, Instant usernameSince, @Nullable String usernameFrom,
                                         String clientIp, Instant addressSince, String notCounted) {
        Condition failed = SIGN_IN_EVENT.SUCCESS.isFalse().and(SIGN_IN_EVENT.REASON.isDistinctFrom(notCounted));
        Condition counted = failed.and(SIGN_IN_EVENT.OCCURRED_AT.ge(usernameSince))
                .and(usernameFrom == null ? trueCondition() : SIGN_IN_EVENT.CLIENT_IP.eq(truncatedIp(usernameFrom)));
        Field<String> name = lower(SIGN_IN_EVENT.USERNAME);
        String lowerName = truncatedUsername(username).toLowerCase(Locale.ROOT);
        Field<Instant> lastSuccess = select(max(SIGN_IN_EVENT.OCCURRED_AT)).from(SIGN_IN_EVENT)
                .where(name.eq(lowerName).and(SIGN_IN_EVENT.SUCCESS.isTrue())
                        .and(SIGN_IN_EVENT.OCCURRED_AT.ge(usernameSince)))
                .asField();
        int fromAddress = db.fetchCount(SIGN_IN_EVENT, SIGN_IN_EVENT.CLIENT_IP.eq(truncatedIp(clientIp)).and(failed)
                .and(SIGN_IN_EVENT.OCCURRED_AT.ge(addressSince)));
        return db.select(DSL.count(),
                        DSL.count().filterWhere(SIGN_IN_EVENT.OCCURRED_AT.gt(coalesce(lastSuccess, usernameSince))),
                        max(SIGN_IN_EVENT.OCCURRED_AT))
                .from(SIGN_IN_EVENT)
                .where(name.eq(lowerName).and(counted))
                .fetchSingle(Records.mapping((total, consecutive, last) ->
                        new RecentFailures(total, consecutive, last, fromAddress)));
    }

    /**
     * @param total        failures of the username in its window (from the one address, when asked so)
     * @param consecutive  of those, the ones after its last success in the window
     * @param last         when the latest of them happened
     * @param fromAddress  failures from the client address in its window, for any username
     */
    public record RecentFailures(int total, int consecutive, @Nullable Instant last, int fromAddress) {
    }

    /** Whether the username signed in successfully from this client address since {@code since}. */
    public boolean succeededFrom(String username, String clientIp, Instant since) {
        return db.fetchExists(SIGN_IN_EVENT, lower(SIGN_IN_EVENT.USERNAME)
                .eq(truncatedUsername(username).toLowerCase(Locale.ROOT))
                .and(SIGN_IN_EVENT.CLIENT_IP.eq(truncatedIp(clientIp)))
                .and(SIGN_IN_EVENT.SUCCESS.isTrue())
                .and(SIGN_IN_EVENT.OCCURRED_AT.ge(since)));
    }

    private static String truncatedUsername(String username) {
        return username.length() > 200 ? username.substring(0, 200) : username;
    }

    private static String truncatedIp(String clientIp) {
        return clientIp.length() > 64 ? clientIp.substring(0, 64) : clientIp;
    }

    /** @param success only successes ({@code true}), only failures ({@code false}), or both ({@code null}) */
    public Stream<SignInEvent> findPage(@Nullable Boolean success, @Nullable Instant from, @Nullable Instant to,
                                        int offset, int limit) {
        return NewestFirst.page(newestFirst(success, from, to), offset, limit);
    }

    /**
     * Every matching sign-in, newest first, read from one query in batches of {@code batch} rows as the stream is
     * consumed (a cursor: call it inside a transaction, and close the stream).
     */
    public Stream<SignInEvent> stream(@Nullable Boolean success, @Nullable Instant from, @Nullable Instant to,
                                      int batch) {
        return NewestFirst.all(newestFirst(success, from, to), batch);
    }

    private SelectSeekStep2<Record1<SignInEvent>, Instant, Long> newestFirst(@Nullable Boolean success,
                                                                            @Nullable Instant from, @Nullable Instant to) {
        return db.select(row(SIGN_IN_EVENT.ID, SIGN_IN_EVENT.OCCURRED_AT, SIGN_IN_EVENT.USERNAME,
                        SIGN_IN_EVENT.CLIENT_IP, SIGN_IN_EVENT.SUCCESS, SIGN_IN_EVENT.REASON).mapping(SignInEvent::new))
                .from(SIGN_IN_EVENT)
                .where(filter(success, from, to))
                .orderBy(SIGN_IN_EVENT.OCCURRED_AT.desc(), SIGN_IN_EVENT.ID.desc());
    }

    public int count(@Nullable Boolean success, @Nullable Instant from, @Nullable Instant to) {
        return db.fetchCount(SIGN_IN_EVENT, filter(success, from, to));
    }

    private static Condition filter(@Nullable Boolean success, @Nullable Instant from, @Nullable Instant to) {
        Condition condition = success == null ? trueCondition() : SIGN_IN_EVENT.SUCCESS.eq(success);
        return condition.and(Periods.within(SIGN_IN_EVENT.OCCURRED_AT, from, to));
    }
}
