package cn.gxnews.portal.article.repository;

import cn.gxnews.portal.article.BlockJson;
import cn.gxnews.portal.jooq.tables.StaffUser;
import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.Autosave;
import cn.gxnews.portal.article.Revision;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

import static cn.gxnews.portal.jooq.Tables.ARTICLE_REVISION;
import static cn.gxnews.portal.jooq.Tables.DRAFT_AUTOSAVE;
import static cn.gxnews.portal.jooq.Tables.STAFF_USER;
import static org.jooq.impl.DSL.currentOffsetDateTime;

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
        org.jooq.JSONB body = BlockJson.write(content.body());
        db.insertInto(DRAFT_AUTOSAVE)
                .set(DRAFT_AUTOSAVE.ARTICLE_ID, id.value())
                .set(DRAFT_AUTOSAVE.USER_ID, userId)
                .set(DRAFT_AUTOSAVE.BASE_VERSION, baseVersion)
                .set(DRAFT_AUTOSAVE.BASE_REVISION, baseRevision)
                .set(DRAFT_AUTOSAVE.TITLE, content.title())
                .set(DRAFT_AUTOSAVE.SUMMARY, content.summary())
                .set(DRAFT_AUTOSAVE.BODY, body)
                .set(DRAFT_AUTOSAVE.COVER_MEDIA, content.coverSha256())
                .onConflict(DRAFT_AUTOSAVE.ARTICLE_ID, DRAFT_AUTOSAVE.USER_ID)
                .doUpdate()
                .set(DRAFT_AUTOSAVE.BASE_VERSION, baseVersion)
                .set(DRAFT_AUTOSAVE.BASE_REVISION, baseRevision)
                .set(DRAFT_AUTOSAVE.TITLE, content.title())
                .set(DRAFT_AUTOSAVE.SUMMARY, content.summary())
                .set(DRAFT_AUTOSAVE.BODY, body)
                .set(DRAFT_AUTOSAVE.COVER_MEDIA, content.coverSha256())
                .set(DRAFT_AUTOSAVE.SAVED_AT, currentOffsetDateTime())
                .execute();
    }

    /** The member's unsaved text of the article, with the revision it was typed on. */
    public Optional<Autosave> find(ArticleId id, long userId) {
        return db.select(DRAFT_AUTOSAVE.TITLE, DRAFT_AUTOSAVE.SUMMARY, DRAFT_AUTOSAVE.BODY, DRAFT_AUTOSAVE.COVER_MEDIA,
                        DRAFT_AUTOSAVE.BASE_VERSION, DRAFT_AUTOSAVE.SAVED_AT,
                        ARTICLE_REVISION.ID, ARTICLE_REVISION.REVISION_NO, ARTICLE_REVISION.TITLE,
                        ARTICLE_REVISION.SUMMARY, ARTICLE_REVISION.BODY, ARTICLE_REVISION.COVER_MEDIA,
                        REVISER.DISPLAY_NAME, ARTICLE_REVISION.CREATED_AT, ARTICLE_REVISION.RESTORED_FROM)
                .from(DRAFT_AUTOSAVE)
                .leftJoin(ARTICLE_REVISION).on(ARTICLE_REVISION.ARTICLE_ID.eq(DRAFT_AUTOSAVE.ARTICLE_ID)
                        .and(ARTICLE_REVISION.REVISION_NO.eq(DRAFT_AUTOSAVE.BASE_REVISION)))
                .leftJoin(REVISER).on(REVISER.ID.eq(ARTICLE_REVISION.CREATED_BY))
                .where(DRAFT_AUTOSAVE.ARTICLE_ID.eq(id.value()).and(DRAFT_AUTOSAVE.USER_ID.eq(userId)))
                .fetchOptional(r -> new Autosave(
                        new ArticleDraft(r.get(DRAFT_AUTOSAVE.TITLE), r.get(DRAFT_AUTOSAVE.SUMMARY),
                                BlockJson.read(r.get(DRAFT_AUTOSAVE.BODY)), r.get(DRAFT_AUTOSAVE.COVER_MEDIA)),
                        r.get(DRAFT_AUTOSAVE.BASE_VERSION),
                        r.get(ARTICLE_REVISION.ID) == null ? null : new Revision(r.get(ARTICLE_REVISION.ID),
                                r.get(ARTICLE_REVISION.REVISION_NO),
                                new ArticleDraft(r.get(ARTICLE_REVISION.TITLE), r.get(ARTICLE_REVISION.SUMMARY),
                                        BlockJson.read(r.get(ARTICLE_REVISION.BODY)),
                                        r.get(ARTICLE_REVISION.COVER_MEDIA)),
                                r.get(REVISER.DISPLAY_NAME), r.get(ARTICLE_REVISION.CREATED_AT).toInstant(),
                                r.get(ARTICLE_REVISION.RESTORED_FROM)),
                        r.get(DRAFT_AUTOSAVE.SAVED_AT).toInstant()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void delete(ArticleId id, long userId) {
        db.deleteFrom(DRAFT_AUTOSAVE)
                .where(DRAFT_AUTOSAVE.ARTICLE_ID.eq(id.value()).and(DRAFT_AUTOSAVE.USER_ID.eq(userId)))
                .execute();
    }
}
