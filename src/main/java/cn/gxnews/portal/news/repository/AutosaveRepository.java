package cn.gxnews.portal.news.repository;

import cn.gxnews.portal.news.ArticleDraft;
import cn.gxnews.portal.news.ArticleId;
import cn.gxnews.portal.news.Autosave;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

import static cn.gxnews.portal.jooq.Tables.DRAFT_AUTOSAVE;
import static org.jooq.impl.DSL.currentOffsetDateTime;

/** The unsaved text of each member for each article: one row, overwritten every few seconds. */
@Repository
public class AutosaveRepository {

    private final DSLContext db;

    AutosaveRepository(DSLContext db) {
        this.db = db;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void upsert(ArticleId id, long userId, int baseVersion, ArticleDraft content) {
        org.jooq.JSONB body = BlockJson.write(content.body());
        db.insertInto(DRAFT_AUTOSAVE)
                .set(DRAFT_AUTOSAVE.ARTICLE_ID, id.value())
                .set(DRAFT_AUTOSAVE.USER_ID, userId)
                .set(DRAFT_AUTOSAVE.BASE_VERSION, baseVersion)
                .set(DRAFT_AUTOSAVE.TITLE, content.title())
                .set(DRAFT_AUTOSAVE.SUMMARY, content.summary())
                .set(DRAFT_AUTOSAVE.BODY, body)
                .set(DRAFT_AUTOSAVE.COVER_MEDIA, content.coverSha256())
                .onConflict(DRAFT_AUTOSAVE.ARTICLE_ID, DRAFT_AUTOSAVE.USER_ID)
                .doUpdate()
                .set(DRAFT_AUTOSAVE.BASE_VERSION, baseVersion)
                .set(DRAFT_AUTOSAVE.TITLE, content.title())
                .set(DRAFT_AUTOSAVE.SUMMARY, content.summary())
                .set(DRAFT_AUTOSAVE.BODY, body)
                .set(DRAFT_AUTOSAVE.COVER_MEDIA, content.coverSha256())
                .set(DRAFT_AUTOSAVE.SAVED_AT, currentOffsetDateTime())
                .execute();
    }

    public Optional<Autosave> find(ArticleId id, long userId) {
        return db.selectFrom(DRAFT_AUTOSAVE)
                .where(DRAFT_AUTOSAVE.ARTICLE_ID.eq(id.value()).and(DRAFT_AUTOSAVE.USER_ID.eq(userId)))
                .fetchOptional(r -> new Autosave(new ArticleDraft(r.getTitle(), r.getSummary(), BlockJson.read(r.getBody()), r.getCoverMedia()),
                        r.getBaseVersion(), r.getSavedAt().toInstant()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void delete(ArticleId id, long userId) {
        db.deleteFrom(DRAFT_AUTOSAVE)
                .where(DRAFT_AUTOSAVE.ARTICLE_ID.eq(id.value()).and(DRAFT_AUTOSAVE.USER_ID.eq(userId)))
                .execute();
    }
}
