package cn.gxnews.portal.security.repository;

import cn.gxnews.portal.base.repository.EnumArrays;
import cn.gxnews.portal.security.StaffMember;
import cn.gxnews.portal.security.StaffRole;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.SelectField;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static cn.gxnews.portal.jooq.Tables.STAFF_USER;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;

/** Reads and writes staff accounts. */
@Repository
public class StaffUserRepository {

    /**
     * A stored account with its password hash, for signing in only, and the generation of its sessions that a
     * sign-in now starts.
     */
    public record Credentials(StaffMember member, String passwordHash, int sessionGeneration) {
    }

    /** An account as a signed-in session checks it at each request. */
    public record SessionCheck(StaffMember member, int sessionGeneration) {
    }

    /** A member as the rest of the portal sees it. */
    private static final SelectField<StaffMember> MEMBER = row(STAFF_USER.ID, STAFF_USER.USERNAME,
            STAFF_USER.DISPLAY_NAME, STAFF_USER.OFFICE_CODE, STAFF_USER.ROLES, STAFF_USER.ENABLED, STAFF_USER.EMAIL,
            STAFF_USER.MUST_CHANGE_PASSWORD).mapping(StaffMember::new);

    private final DSLContext db;

    StaffUserRepository(DSLContext db) {
        this.db = db;
    }

    /** Finds an account by its username, ignoring case. */
    public Optional<Credentials> findCredentials(String username) {
        return db.select(MEMBER, STAFF_USER.PASSWORD_HASH, STAFF_USER.SESSION_GENERATION)
                .from(STAFF_USER)
                .where(lower(STAFF_USER.USERNAME).eq(username.toLowerCase(Locale.ROOT)))
                .fetchOptional(Records.mapping(Credentials::new));
    }

    public Optional<SessionCheck> findForSession(long id) {
        return db.select(MEMBER, STAFF_USER.SESSION_GENERATION).from(STAFF_USER).where(STAFF_USER.ID.eq(id))
                .fetchOptional(Records.mapping(SessionCheck::new));
    }

    /**
     * Starts a new generation of the account's sessions: every session signed in before ends at its next request.
     *
     * @return the new generation
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int endSessions(long id) {
        return db.update(STAFF_USER).set(STAFF_USER.SESSION_GENERATION, STAFF_USER.SESSION_GENERATION.plus(1))
                .where(STAFF_USER.ID.eq(id))
                .returning(STAFF_USER.SESSION_GENERATION)
                .fetchSingle(STAFF_USER.SESSION_GENERATION);
    }

    /** The member's chosen desk language (stored as a language tag); empty follows the browser. */
    public Optional<Locale> language(long id) {
        return db.select(STAFF_USER.LANGUAGE).from(STAFF_USER).where(STAFF_USER.ID.eq(id))
                .fetchOptional(STAFF_USER.LANGUAGE);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void setLanguage(long id, @Nullable Locale language) {
        db.update(STAFF_USER).set(STAFF_USER.LANGUAGE, language)
                .where(STAFF_USER.ID.eq(id)).execute();
    }

    /** Of these usernames, the ones (in lower case) that have an enabled account. */
    public Set<String> enabledAmong(Collection<String> usernames) {
        Field<String> name = lower(STAFF_USER.USERNAME);
        return db.select(name).from(STAFF_USER)
                .where(STAFF_USER.ENABLED.isTrue()
                        .and(name.in(usernames.stream().map(u -> u.toLowerCase(Locale.ROOT)).toList())))
                .fetchSet(name);
    }

    /** Usernames and password hashes of the accounts that may sign in. */
    public Map<String, String> enabledPasswordHashes() {
        return db.select(STAFF_USER.USERNAME, STAFF_USER.PASSWORD_HASH).from(STAFF_USER)
                .where(STAFF_USER.ENABLED.isTrue())
                .fetchMap(STAFF_USER.USERNAME, STAFF_USER.PASSWORD_HASH);
    }

    public Optional<StaffMember> findById(long id) {
        return db.fetchOptionalValue(select(MEMBER).from(STAFF_USER).where(STAFF_USER.ID.eq(id)));
    }

    public Stream<StaffMember> findPage(int offset, int limit) {
        return db.fetchValues(select(MEMBER).from(STAFF_USER)
                .orderBy(STAFF_USER.OFFICE_CODE.asc().nullsFirst(), lower(STAFF_USER.USERNAME), STAFF_USER.ID)
                .offset(offset)
                .limit(limit))
                .stream();
    }

    public int count() {
        return db.fetchCount(STAFF_USER);
    }

    public boolean exists(String username) {
        return db.fetchExists(STAFF_USER, lower(STAFF_USER.USERNAME).eq(username.toLowerCase(Locale.ROOT)));
    }

    /** @param mustChangePassword whether the password is for one sign-in only */
    @Transactional(propagation = Propagation.MANDATORY)
    public long insert(String username, String displayName, @Nullable String email, String passwordHash,
                       boolean mustChangePassword, @Nullable String officeCode, Set<StaffRole> roles) {
        return db.insertInto(STAFF_USER)
                .set(STAFF_USER.USERNAME, username)
                .set(STAFF_USER.DISPLAY_NAME, displayName)
                .set(STAFF_USER.EMAIL, email)
                .set(STAFF_USER.PASSWORD_HASH, passwordHash)
                .set(STAFF_USER.MUST_CHANGE_PASSWORD, mustChangePassword)
                .set(STAFF_USER.OFFICE_CODE, officeCode)
                .set(STAFF_USER.ROLES, roles)
                .returning(STAFF_USER.ID)
                .fetchSingle(STAFF_USER.ID);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void updatePasswordHash(long id, String passwordHash) {
        db.update(STAFF_USER).set(STAFF_USER.PASSWORD_HASH, passwordHash).where(STAFF_USER.ID.eq(id)).execute();
    }

    /** Sets a password and whether it is for one sign-in only. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void setPassword(long id, String passwordHash, boolean mustChange) {
        db.update(STAFF_USER)
                .set(STAFF_USER.PASSWORD_HASH, passwordHash)
                .set(STAFF_USER.MUST_CHANGE_PASSWORD, mustChange)
                .set(STAFF_USER.VERSION, STAFF_USER.VERSION.plus(1))
                .where(STAFF_USER.ID.eq(id)).execute();
    }

    /** @return false when the account changed since it was read (nothing is written then) */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean update(long id, int expectedVersion, String displayName, @Nullable String email,
                          @Nullable String officeCode, Set<StaffRole> roles, boolean enabled) {
        return db.update(STAFF_USER)
                .set(STAFF_USER.DISPLAY_NAME, displayName)
                .set(STAFF_USER.EMAIL, email)
                .set(STAFF_USER.OFFICE_CODE, officeCode)
                .set(STAFF_USER.ROLES, roles)
                .set(STAFF_USER.ENABLED, enabled)
                .set(STAFF_USER.VERSION, STAFF_USER.VERSION.plus(1))
                .where(STAFF_USER.ID.eq(id).and(STAFF_USER.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    public int version(long id) {
        return db.select(STAFF_USER.VERSION).from(STAFF_USER).where(STAFF_USER.ID.eq(id)).fetchSingle(STAFF_USER.VERSION);
    }

    /** Active administrators other than this account, read with row locks so two removals cannot both pass. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int countOtherActiveAdmins(long id) {
        return db.fetchCount(db.select(STAFF_USER.ID).from(STAFF_USER)
                .where(STAFF_USER.ID.ne(id).and(STAFF_USER.ENABLED.isTrue())
                        .and(EnumArrays.holds(STAFF_USER.ROLES, StaffRole.ADMIN)))
                .forUpdate());
    }

}
