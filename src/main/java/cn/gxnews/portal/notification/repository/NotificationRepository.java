package cn.gxnews.portal.notification.repository;

import cn.gxnews.portal.base.repository.EnumArrays;
import cn.gxnews.portal.notification.Notice;
import cn.gxnews.portal.security.StaffRole;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static cn.gxnews.portal.jooq.Tables.ARTICLE;
import static cn.gxnews.portal.jooq.Tables.ARTICLE_REVISION;
import static cn.gxnews.portal.jooq.Tables.NOTIFICATION;
import static cn.gxnews.portal.jooq.Tables.STAFF_USER;
import static cn.gxnews.portal.jooq.Tables.WORKFLOW_EVENT;
import static org.jooq.impl.DSL.currentInstant;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.trueCondition;

/** Notifications and who receives them. */
@Repository
public class NotificationRepository {

    private final DSLContext db;

    NotificationRepository(DSLContext db) {
        this.db = db;
    }

    /** The active editors of an office, including the editors of all offices. */
    public List<Long> editorsOf(String officeCode) {
        return db.select(STAFF_USER.ID).from(STAFF_USER)
                .where(STAFF_USER.ENABLED.isTrue()
                        .and(EnumArrays.holds(STAFF_USER.ROLES, StaffRole.EDITOR))
                        .and(STAFF_USER.OFFICE_CODE.eq(officeCode).or(STAFF_USER.OFFICE_CODE.isNull())))
                .orderBy(STAFF_USER.ID)
                .fetch(STAFF_USER.ID);
    }

    /** The company's active publishers (签发人), who review for every office. */
    public List<Long> publishers() {
        return db.select(STAFF_USER.ID).from(STAFF_USER)
                .where(STAFF_USER.ENABLED.isTrue().and(EnumArrays.holds(STAFF_USER.ROLES, StaffRole.PUBLISHER)))
                .orderBy(STAFF_USER.ID)
                .fetch(STAFF_USER.ID);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void insert(long eventId, Collection<Long> recipients) {
        for (long recipient : recipients) {
            db.insertInto(NOTIFICATION)
                    .set(NOTIFICATION.RECIPIENT_ID, recipient)
                    .set(NOTIFICATION.EVENT_ID, eventId)
                    .onConflictDoNothing()
                    .execute();
        }
    }

    /**
     * The recipients of an event's notifications who have an e-mail address and were not mailed yet (an earlier
     * attempt may have reached some of them before the mail server failed).
     */
    public List<Recipient> unmailedRecipients(long eventId) {
        return db.select(NOTIFICATION.ID, STAFF_USER.EMAIL, STAFF_USER.DISPLAY_NAME)
                .from(NOTIFICATION)
                .join(STAFF_USER).on(STAFF_USER.ID.eq(NOTIFICATION.RECIPIENT_ID))
                .where(NOTIFICATION.EVENT_ID.eq(eventId).and(STAFF_USER.EMAIL.isNotNull())
                        .and(STAFF_USER.ENABLED.isTrue()).and(NOTIFICATION.MAILED_AT.isNull()))
                .orderBy(STAFF_USER.ID)
                .fetch(Records.mapping(Recipient::new));
    }

    public record Recipient(long notificationId, String email, String name) {
    }

    /**
     * Claims a notification's e-mail for sending; {@code false} when another attempt (another instance) claimed
     * it first. Commits at once, outside any caller's transaction, so the claim is seen before the mail goes.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean claimMail(long notificationId) {
        return db.update(NOTIFICATION).set(NOTIFICATION.MAILED_AT, org.jooq.impl.DSL.currentInstant())
                .where(NOTIFICATION.ID.eq(notificationId).and(NOTIFICATION.MAILED_AT.isNull()))
                .execute() == 1;
    }

    /** Gives back the claim of a mail that could not be sent, so that the next attempt sends it. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void releaseMail(long notificationId) {
        db.update(NOTIFICATION).setNull(NOTIFICATION.MAILED_AT).where(NOTIFICATION.ID.eq(notificationId)).execute();
    }

    /** Who took the transition of an event; empty for the scheduler. */
    public Optional<String> actorName(long eventId) {
        return db.select(STAFF_USER.DISPLAY_NAME).from(WORKFLOW_EVENT)
                .join(STAFF_USER).on(STAFF_USER.ID.eq(WORKFLOW_EVENT.ACTOR_ID))
                .where(WORKFLOW_EVENT.ID.eq(eventId))
                .fetchOptional(STAFF_USER.DISPLAY_NAME);
    }

    public Stream<Notice> findByRecipient(long recipientId, int offset, int limit) {
        var actor = STAFF_USER.as("actor");
        return db.select(NOTIFICATION.ID, ARTICLE.ID, ARTICLE_REVISION.TITLE, WORKFLOW_EVENT.TRANSITION,
                        actor.DISPLAY_NAME, WORKFLOW_EVENT.COMMENT, NOTIFICATION.CREATED_AT,
                        field(NOTIFICATION.READ_AT.isNotNull()))
                .from(NOTIFICATION)
                .join(WORKFLOW_EVENT).on(WORKFLOW_EVENT.ID.eq(NOTIFICATION.EVENT_ID))
                .join(ARTICLE).on(ARTICLE.ID.eq(WORKFLOW_EVENT.ARTICLE_ID))
                .join(ARTICLE_REVISION).on(ARTICLE_REVISION.ID.eq(WORKFLOW_EVENT.REVISION_ID))
                .leftJoin(actor).on(actor.ID.eq(WORKFLOW_EVENT.ACTOR_ID))
                .where(NOTIFICATION.RECIPIENT_ID.eq(recipientId))
                .orderBy(NOTIFICATION.CREATED_AT.desc(), NOTIFICATION.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(Records.mapping(Notice::new))
                .stream();
    }

    public int count(long recipientId) {
        return db.fetchCount(NOTIFICATION, NOTIFICATION.RECIPIENT_ID.eq(recipientId));
    }

    public int countUnread(long recipientId) {
        return db.fetchCount(NOTIFICATION, NOTIFICATION.RECIPIENT_ID.eq(recipientId).and(NOTIFICATION.READ_AT.isNull()));
    }

    /** @param notificationId one notification, or {@code null} for all of the recipient's */
    @Transactional(propagation = Propagation.MANDATORY)
    public void markRead(long recipientId, @Nullable Long notificationId) {
        db.update(NOTIFICATION)
                .set(NOTIFICATION.READ_AT, currentInstant())
                .where(NOTIFICATION.RECIPIENT_ID.eq(recipientId).and(NOTIFICATION.READ_AT.isNull())
                        .and(notificationId == null ? trueCondition()
                                : NOTIFICATION.ID.eq(notificationId)))
                .execute();
    }
}
