package cn.gxnews.portal.article.repository;

import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.Autosave;
import cn.gxnews.portal.jooq.tables.StaffUser;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

import static cn.gxnews.portal.jooq.Tables.ARTICLE_REVISION;
import static cn.gxnews.portal.jooq.Tables.DRAFT_AUTOSAVE;
import static cn.gxnews.portal.jooq.Tables.STAFF_USER;
import static org.jooq.impl.DSL.currentInstant;
import static org.jooq.impl.DSL.row;

/** The unsaved text of each member for each article: one row, overwritten every few seconds. */
@Repository
public class AutosaveRepository {

    private static final StaffUser REVISER = STAFF_USER.as("reviser");

    private final DSLContext db;

    AutosaveRepository(DSLContext db) {
        this.db = db;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void upsert(ArticleId id, long userId, int baseVersion, int baseRevision, ArticleDraft content) {
        db.insertInto(DRAFT_AUTOSAVE)
                .set(DRAFT_AUTOSAVE.ARTICLE_ID, id)
                .set(DRAFT_AUTOSAVE.USER_ID, userId)
                .set(DRAFT_AUTOSAVE.BASE_VERSION, baseVersion)
                .set(DRAFT_AUTOSAVE.BASE_REVISION, baseRevision)
                .set(DRAFT_AUTOSAVE.TITLE, content.title())
                .set(DRAFT_AUTOSAVE.SUMMARY, content.summary())
                .set(DRAFT_AUTOSAVE.BODY, content.body())
                .set(DRAFT_AUTOSAVE.COVER_MEDIA, content.coverSha256())
                .onConflict(DRAFT_AUTOSAVE.ARTICLE_ID, DRAFT_AUTOSAVE.USER_ID)
                .doUpdate()
                .set(DRAFT_AUTOSAVE.BASE_VERSION, baseVersion)
                .set(DRAFT_AUTOSAVE.BASE_REVISION, baseRevision)
                .set(DRAFT_AUTOSAVE.TITLE, content.title())
                .set(DRAFT_AUTOSAVE.SUMMARY, content.summary())
                .set(DRAFT_AUTOSAVE.BODY, content.body())
                .set(DRAFT_AUTOSAVE.COVER_MEDIA, content.coverSha256())
                .set(DRAFT_AUTOSAVE.SAVED_AT, currentInstant())
                .execute();
    }

    /** The member's unsaved text of the article, with the revision it was typed on. */
    public Optional<Autosave> find(ArticleId id, long userId) {
        return db.select(row(DRAFT_AUTOSAVE.TITLE, DRAFT_AUTOSAVE.SUMMARY, DRAFT_AUTOSAVE.BODY,
                                DRAFT_AUTOSAVE.COVER_MEDIA).mapping(ArticleDraft::new),
                        DRAFT_AUTOSAVE.BASE_VERSION, ArticleRepository.revision(ARTICLE_REVISION, REVISER),
                        DRAFT_AUTOSAVE.SAVED_AT)
                .from(DRAFT_AUTOSAVE)
                .leftJoin(ARTICLE_REVISION).on(ARTICLE_REVISION.ARTICLE_ID.eq(DRAFT_AUTOSAVE.ARTICLE_ID)
                        .and(ARTICLE_REVISION.REVISION_NO.eq(DRAFT_AUTOSAVE.BASE_REVISION)))
                .leftJoin(REVISER).on(REVISER.ID.eq(ARTICLE_REVISION.CREATED_BY))
                .where(DRAFT_AUTOSAVE.ARTICLE_ID.eq(id).and(DRAFT_AUTOSAVE.USER_ID.eq(userId)))
                .fetchOptional(Records.mapping(Autosave::new));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void delete(ArticleId id, long userId) {
        db.deleteFrom(DRAFT_AUTOSAVE)
                .where(DRAFT_AUTOSAVE.ARTICLE_ID.eq(id).and(DRAFT_AUTOSAVE.USER_ID.eq(userId)))
                .execute();
    }
}
