package cn.gxnews.portal.news.repository;

import cn.gxnews.portal.jooq.tables.StaffUser;
import cn.gxnews.portal.news.Article;
import cn.gxnews.portal.news.ArticleDraft;
import cn.gxnews.portal.news.ArticleId;
import cn.gxnews.portal.news.ArticleScope;
import cn.gxnews.portal.news.ArticleState;
import cn.gxnews.portal.news.Revision;
import cn.gxnews.portal.news.WorkflowEvent;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static cn.gxnews.portal.jooq.Tables.ARTICLE;
import static cn.gxnews.portal.jooq.Tables.ARTICLE_REVISION;
import static cn.gxnews.portal.jooq.Tables.STAFF_USER;
import static cn.gxnews.portal.jooq.Tables.WORKFLOW_EVENT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.trueCondition;

/** Reads and writes whole articles: the article row, its revisions and its workflow events. */
@Repository
public class ArticleRepository {

    private static final StaffUser AUTHOR = STAFF_USER.as("author");
    private static final StaffUser UPDATER = STAFF_USER.as("updater");
    private static final StaffUser REVISER = STAFF_USER.as("reviser");
    private static final StaffUser ACTOR = STAFF_USER.as("actor");

    private final DSLContext db;

    ArticleRepository(DSLContext db) {
        this.db = db;
    }

    /** The SQL form of an {@link ArticleScope}: what the member may see of {@code ARTICLE}. */
    public static Condition visibleTo(ArticleScope scope) {
        Condition own = scope.memberOffice() == null
                ? falseCondition()
                : ARTICLE.AUTHOR_ID.eq(scope.memberId()).and(ARTICLE.OFFICE_CODE.eq(scope.memberOffice()));
        Condition edited;
        if (scope.editorOfAll()) {
            edited = trueCondition();
        } else if (scope.editor() && scope.editorOffice() != null) {
            edited = ARTICLE.OFFICE_CODE.eq(scope.editorOffice());
        } else {
            edited = falseCondition();
        }
        return own.or(edited);
    }

    public Optional<Article> find(ArticleId id, ArticleScope scope) {
        return db.select(
                        ARTICLE.ID, ARTICLE.OFFICE_CODE, ARTICLE.AUTHOR_ID, AUTHOR.DISPLAY_NAME, ARTICLE.STATE,
                        ARTICLE.VERSION,
                        ARTICLE_REVISION.ID, ARTICLE_REVISION.REVISION_NO, ARTICLE_REVISION.TITLE,
                        ARTICLE_REVISION.SUMMARY, ARTICLE_REVISION.BODY, REVISER.DISPLAY_NAME,
                        ARTICLE_REVISION.CREATED_AT,
                        ARTICLE.PUBLISHED_REVISION_ID, ARTICLE.FIRST_PUBLISHED_AT, UPDATER.DISPLAY_NAME,
                        ARTICLE.UPDATED_AT,
                        history())
                .from(ARTICLE)
                .join(AUTHOR).on(AUTHOR.ID.eq(ARTICLE.AUTHOR_ID))
                .join(UPDATER).on(UPDATER.ID.eq(ARTICLE.UPDATED_BY))
                .join(ARTICLE_REVISION).on(ARTICLE_REVISION.ID.eq(ARTICLE.WORKING_REVISION_ID))
                .join(REVISER).on(REVISER.ID.eq(ARTICLE_REVISION.CREATED_BY))
                .where(ARTICLE.ID.eq(id.value()).and(visibleTo(scope)))
                .fetchOptional(r -> new Article(
                        new ArticleId(r.value1()), r.value2(), r.value3(), r.value4(),
                        ArticleState.valueOf(r.value5()), r.value6(),
                        new Revision(r.value7(), r.value8(),
                                new ArticleDraft(r.value9(), r.value10(), List.of(r.value11())),
                                r.value12(), r.value13().toInstant()),
                        r.value14(), toInstant(r.value15()), r.value16(), r.value17().toInstant(),
                        r.value18()));
    }

    private static Field<List<WorkflowEvent>> history() {
        return multiset(
                select(WORKFLOW_EVENT.ID, WORKFLOW_EVENT.REVISION_ID, WORKFLOW_EVENT.FROM_STATE,
                        WORKFLOW_EVENT.TO_STATE, WORKFLOW_EVENT.ACTOR_ID, ACTOR.DISPLAY_NAME, WORKFLOW_EVENT.COMMENT,
                        WORKFLOW_EVENT.OCCURRED_AT)
                        .from(WORKFLOW_EVENT)
                        .join(ACTOR).on(ACTOR.ID.eq(WORKFLOW_EVENT.ACTOR_ID))
                        .where(WORKFLOW_EVENT.ARTICLE_ID.eq(ARTICLE.ID))
                        .orderBy(WORKFLOW_EVENT.OCCURRED_AT, WORKFLOW_EVENT.ID))
                .convertFrom(rows -> rows.map(e -> new WorkflowEvent(e.value1(), e.value2(),
                        e.value3() == null ? null : ArticleState.valueOf(e.value3()),
                        ArticleState.valueOf(e.value4()), e.value5(), e.value6(), e.value7(),
                        e.value8().toInstant())));
    }

    /** Who changed the article last, and when; for telling a user whose save came too late. */
    public Optional<LastChange> lastChange(ArticleId id) {
        return db.select(UPDATER.DISPLAY_NAME, ARTICLE.UPDATED_AT)
                .from(ARTICLE)
                .join(UPDATER).on(UPDATER.ID.eq(ARTICLE.UPDATED_BY))
                .where(ARTICLE.ID.eq(id.value()))
                .fetchOptional(r -> new LastChange(r.value1(), r.value2().toInstant()));
    }

    public record LastChange(String by, Instant at) {
    }

    /**
     * Creates the article with its first revision. The article row and the revision point at each other;
     * the foreign keys are checked at commit, so the row is written first and then linked.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public CreatedArticle insert(String officeCode, long authorId, ArticleDraft content) {
        long articleId = db.insertInto(ARTICLE)
                .set(ARTICLE.OFFICE_CODE, officeCode)
                .set(ARTICLE.AUTHOR_ID, authorId)
                .set(ARTICLE.STATE, ArticleState.DRAFT.name())
                .set(ARTICLE.WORKING_REVISION_ID, 0L)
                .set(ARTICLE.UPDATED_BY, authorId)
                .returning(ARTICLE.ID)
                .fetchSingle(ARTICLE.ID);
        long revisionId = insertRevision(articleId, content, authorId);
        db.update(ARTICLE).set(ARTICLE.WORKING_REVISION_ID, revisionId).where(ARTICLE.ID.eq(articleId)).execute();
        return new CreatedArticle(new ArticleId(articleId), revisionId);
    }

    public record CreatedArticle(ArticleId id, long revisionId) {
    }

    /** Writes a new revision, numbered after the article's latest one. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long insertRevision(long articleId, ArticleDraft content, long createdBy) {
        Field<Integer> next = DSL.field(select(coalesce(max(ARTICLE_REVISION.REVISION_NO), 0).plus(1))
                .from(ARTICLE_REVISION).where(ARTICLE_REVISION.ARTICLE_ID.eq(articleId)));
        return db.insertInto(ARTICLE_REVISION)
                .set(ARTICLE_REVISION.ARTICLE_ID, articleId)
                .set(ARTICLE_REVISION.REVISION_NO, next)
                .set(ARTICLE_REVISION.TITLE, content.title())
                .set(ARTICLE_REVISION.SUMMARY, content.summary())
                .set(ARTICLE_REVISION.BODY, content.body().toArray(String[]::new))
                .set(ARTICLE_REVISION.CREATED_BY, createdBy)
                .returning(ARTICLE_REVISION.ID)
                .fetchSingle(ARTICLE_REVISION.ID);
    }

    /**
     * Points the article at a new working revision, if it is still at the expected version.
     *
     * @return false when someone else changed the article first (nothing is written then)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean updateWorkingRevision(ArticleId id, int expectedVersion, long revisionId, long actorId) {
        return db.update(ARTICLE)
                .set(ARTICLE.WORKING_REVISION_ID, revisionId)
                .set(ARTICLE.VERSION, ARTICLE.VERSION.plus(1))
                .set(ARTICLE.UPDATED_BY, actorId)
                .set(ARTICLE.UPDATED_AT, currentOffsetDateTime())
                .where(ARTICLE.ID.eq(id.value()).and(ARTICLE.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    /**
     * Moves the article from one state to another, if it is still at the expected version and state.
     * Publishing makes the working revision the published one.
     *
     * @return false when someone else changed the article first (nothing is written then)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean updateState(ArticleId id, int expectedVersion, ArticleState from, ArticleState to, long actorId) {
        var update = db.update(ARTICLE)
                .set(ARTICLE.STATE, to.name())
                .set(ARTICLE.VERSION, ARTICLE.VERSION.plus(1))
                .set(ARTICLE.UPDATED_BY, actorId)
                .set(ARTICLE.UPDATED_AT, currentOffsetDateTime());
        if (to == ArticleState.PUBLISHED) {
            update = update
                    .set(ARTICLE.PUBLISHED_REVISION_ID, ARTICLE.WORKING_REVISION_ID)
                    .set(ARTICLE.FIRST_PUBLISHED_AT, coalesce(ARTICLE.FIRST_PUBLISHED_AT, currentOffsetDateTime()));
        }
        return update
                .where(ARTICLE.ID.eq(id.value())
                        .and(ARTICLE.VERSION.eq(expectedVersion))
                        .and(ARTICLE.STATE.eq(from.name())))
                .execute() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void insertEvent(ArticleId id, long revisionId, @Nullable ArticleState from, ArticleState to, long actorId,
                            @Nullable String comment) {
        db.insertInto(WORKFLOW_EVENT)
                .set(WORKFLOW_EVENT.ARTICLE_ID, id.value())
                .set(WORKFLOW_EVENT.REVISION_ID, revisionId)
                .set(WORKFLOW_EVENT.FROM_STATE, from == null ? null : from.name())
                .set(WORKFLOW_EVENT.TO_STATE, to.name())
                .set(WORKFLOW_EVENT.ACTOR_ID, actorId)
                .set(WORKFLOW_EVENT.COMMENT, comment)
                .execute();
    }

    private static @Nullable Instant toInstant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
