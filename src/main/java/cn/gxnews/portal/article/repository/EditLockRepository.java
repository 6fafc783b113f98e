package cn.gxnews.portal.article.repository;

import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.EditLock;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Optional;

import static cn.gxnews.portal.jooq.Tables.EDIT_LOCK;
import static cn.gxnews.portal.jooq.Tables.STAFF_USER;
import static org.jooq.impl.DSL.currentInstant;

/** Who holds the soft edit lock of an article. */
@Repository
public class EditLockRepository {

    private final DSLContext db;

    EditLockRepository(DSLContext db) {
        this.db = db;
    }

    /** The lock, read with a row lock so that taking it over is decided by one transaction at a time. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<EditLock> findForUpdate(ArticleId id) {
        return db.select(EDIT_LOCK.HOLDER_ID, STAFF_USER.DISPLAY_NAME, EDIT_LOCK.ACQUIRED_AT, EDIT_LOCK.HEARTBEAT_AT)
                .from(EDIT_LOCK)
                .join(STAFF_USER).on(STAFF_USER.ID.eq(EDIT_LOCK.HOLDER_ID))
                .where(EDIT_LOCK.ARTICLE_ID.eq(id))
                .forUpdate().of(EDIT_LOCK)
                .fetchOptional(Records.mapping(EditLock::new));
    }

    /** Gives the lock to the member, whoever had it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void take(ArticleId id, long holderId) {
        db.insertInto(EDIT_LOCK)
                .set(EDIT_LOCK.ARTICLE_ID, id)
                .set(EDIT_LOCK.HOLDER_ID, holderId)
                .onConflict(EDIT_LOCK.ARTICLE_ID)
                .doUpdate()
                .set(EDIT_LOCK.HOLDER_ID, holderId)
                .set(EDIT_LOCK.ACQUIRED_AT, currentInstant())
                .set(EDIT_LOCK.HEARTBEAT_AT, currentInstant())
                .execute();
    }

    /** Records that the holder is still there; false when they no longer hold the lock. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean heartbeat(ArticleId id, long holderId, Instant now) {
        return db.update(EDIT_LOCK)
                .set(EDIT_LOCK.HEARTBEAT_AT, now)
                .where(EDIT_LOCK.ARTICLE_ID.eq(id).and(EDIT_LOCK.HOLDER_ID.eq(holderId)))
                .execute() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void release(ArticleId id, long holderId) {
        db.deleteFrom(EDIT_LOCK)
                .where(EDIT_LOCK.ARTICLE_ID.eq(id).and(EDIT_LOCK.HOLDER_ID.eq(holderId)))
                .execute();
    }
}
