package cn.gxnews.portal.article.repository;

import cn.gxnews.portal.article.Article;
import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.ArticleScope;
import cn.gxnews.portal.article.ArticleState;
import cn.gxnews.portal.article.Revision;
import cn.gxnews.portal.article.Transition;
import cn.gxnews.portal.article.WorkflowEvent;
import cn.gxnews.portal.jooq.tables.ArticleRevision;
import cn.gxnews.portal.jooq.tables.StaffUser;
import cn.gxnews.portal.office.ReviewLevels;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static cn.gxnews.portal.jooq.Tables.ARTICLE;
import static cn.gxnews.portal.jooq.Tables.SECTION;
import static cn.gxnews.portal.jooq.Tables.ARTICLE_REVISION;
import static cn.gxnews.portal.jooq.Tables.OFFICE;
import static cn.gxnews.portal.jooq.Tables.STAFF_USER;
import static cn.gxnews.portal.jooq.Tables.WORKFLOW_EVENT;
import static org.jooq.Functions.nullOnAllNull;
import static org.jooq.impl.DSL.cardinality;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.least;
import static org.jooq.impl.DSL.currentInstant;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectDistinct;
import static org.jooq.impl.DSL.trueCondition;
import static org.jooq.impl.DSL.val;

/** Reads and writes whole articles: the article row, its revisions and its workflow events. */
@Repository
public class ArticleRepository {

    private static final StaffUser AUTHOR = STAFF_USER.as("author");
    private static final StaffUser UPDATER = STAFF_USER.as("updater");
    private static final StaffUser REVISER = STAFF_USER.as("reviser");
    private static final StaffUser ACTOR = STAFF_USER.as("actor");
    private static final ArticleRevision EVENT_REVISION = ARTICLE_REVISION.as("event_revision");
    private static final cn.gxnews.portal.jooq.tables.WorkflowEvent SUBMISSION = WORKFLOW_EVENT.as("submission");
    private static final ArticleRevision CONTRIBUTION = ARTICLE_REVISION.as("contribution");
    private static final ArticleRevision PUBLISHED_REVISION = ARTICLE_REVISION.as("published_revision");

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
        if (scope.editorOfAll() || scope.publisher()) {
            edited = trueCondition();
        } else if (scope.editor() && scope.editorOffice() != null) {
            edited = ARTICLE.OFFICE_CODE.eq(scope.editorOffice());
        } else {
            edited = falseCondition();
        }
        return own.or(edited);
    }

    /** The article, if the member may see it. */
    public Optional<Article> find(ArticleId id, ArticleScope scope) {
        return findWhere(ARTICLE.ID.eq(id).and(visibleTo(scope)));
    }

    /** The article regardless of who asks: for the portal's own work (the scheduler) only. */
    public Optional<Article> findForSystem(ArticleId id) {
        return findWhere(ARTICLE.ID.eq(id));
    }

    private Optional<Article> findWhere(Condition condition) {
        return db.select(
                        ARTICLE.ID, ARTICLE.OFFICE_CODE, ARTICLE.AUTHOR_ID, AUTHOR.DISPLAY_NAME, ARTICLE.STATE,
                        ARTICLE.VERSION, ARTICLE.LIVE, revision(ARTICLE_REVISION, REVISER),
                        ARTICLE.PUBLISHED_REVISION_ID, ARTICLE.FIRST_PUBLISHED_AT, ARTICLE.PUBLISH_AT,
                        ARTICLE.UNPUBLISH_AT, UPDATER.DISPLAY_NAME, ARTICLE.UPDATED_AT, history(),
                        revisionContributors(), effectiveReviewLevel(),
                        OFFICE.REVIEW_TAKERS.convertFrom(ReviewLevels::ofStored), ARTICLE.BINNED_AT)
                .from(ARTICLE)
                .join(OFFICE).on(OFFICE.CODE.eq(ARTICLE.OFFICE_CODE))
                .join(AUTHOR).on(AUTHOR.ID.eq(ARTICLE.AUTHOR_ID))
                .leftJoin(UPDATER).on(UPDATER.ID.eq(ARTICLE.UPDATED_BY))
                .join(ARTICLE_REVISION).on(ARTICLE_REVISION.ID.eq(ARTICLE.WORKING_REVISION_ID))
                .join(REVISER).on(REVISER.ID.eq(ARTICLE_REVISION.CREATED_BY))
                .where(condition)
                .fetchOptional(Records.mapping(Article::new));
    }

    /**
     * The level the article waits for in review, 0 when it is not in review. An office that has fewer levels now
     * than the article reached makes its final level the article's: nothing waits for a level that is gone.
     * Needs {@code OFFICE} joined on the article's office.
     */
    public static Field<Integer> effectiveReviewLevel() {
        return coalesce(least(ARTICLE.REVIEW_LEVEL, cardinality(OFFICE.REVIEW_TAKERS)), inline(0));
    }

    /**
     * A revision and its text, with the name of whoever saved it (joined as {@code reviser}); {@code null} where an
     * outer join found none.
     */
    static SelectField<Revision> revision(ArticleRevision revision, StaffUser reviser) {
        return row(revision.ID, revision.REVISION_NO, content(revision), reviser.DISPLAY_NAME, revision.CREATED_AT,
                revision.RESTORED_FROM).mapping(nullOnAllNull(Revision::new));
    }

    private static SelectField<ArticleDraft> content(ArticleRevision revision) {
        return row(revision.TITLE, revision.SUMMARY, revision.BODY, revision.COVER_MEDIA)
                .mapping(nullOnAllNull((title, summary, body, cover) -> new ArticleDraft(title, summary, body, cover)));
    }

    /**
     * Who saved a revision after the published one (every revision, if none was published), and who saved the
     * working revision: the people who wrote or changed what is under review. A restored revision counts as a
     * change by whoever restored it.
     */
    private static Field<Set<Long>> revisionContributors() {
        Field<Integer> publishedNumber = coalesce(field(select(PUBLISHED_REVISION.REVISION_NO)
                .from(PUBLISHED_REVISION)
                .where(PUBLISHED_REVISION.ID.eq(ARTICLE.PUBLISHED_REVISION_ID))), 0);
        return multiset(
                selectDistinct(CONTRIBUTION.CREATED_BY)
                        .from(CONTRIBUTION)
                        .where(CONTRIBUTION.ARTICLE_ID.eq(ARTICLE.ID))
                        .and(CONTRIBUTION.REVISION_NO.gt(publishedNumber)
                                .or(CONTRIBUTION.ID.eq(ARTICLE.WORKING_REVISION_ID))))
                .convertFrom(contributors -> contributors.intoSet(CONTRIBUTION.CREATED_BY));
    }

    private static Field<List<WorkflowEvent>> history() {
        return multiset(
                select(WORKFLOW_EVENT.ID, WORKFLOW_EVENT.REVISION_ID, EVENT_REVISION.REVISION_NO,
                        WORKFLOW_EVENT.TRANSITION, WORKFLOW_EVENT.FROM_STATE, WORKFLOW_EVENT.TO_STATE,
                        WORKFLOW_EVENT.ACTOR_ID, ACTOR.DISPLAY_NAME, WORKFLOW_EVENT.COMMENT, WORKFLOW_EVENT.LATE,
                        WORKFLOW_EVENT.OCCURRED_AT, WORKFLOW_EVENT.REVIEW_LEVEL)
                        .from(WORKFLOW_EVENT)
                        .join(EVENT_REVISION).on(EVENT_REVISION.ID.eq(WORKFLOW_EVENT.REVISION_ID))
                        .leftJoin(ACTOR).on(ACTOR.ID.eq(WORKFLOW_EVENT.ACTOR_ID))
                        .where(WORKFLOW_EVENT.ARTICLE_ID.eq(ARTICLE.ID))
                        .orderBy(WORKFLOW_EVENT.OCCURRED_AT, WORKFLOW_EVENT.ID))
                .convertFrom(events -> events.map(Records.mapping(WorkflowEvent::new)));
    }

    /** Who changed the article last ({@code null}: the scheduler), and when; for a user whose save came late. */
    public Optional<LastChange> lastChange(ArticleId id) {
        return db.select(UPDATER.DISPLAY_NAME, ARTICLE.UPDATED_AT)
                .from(ARTICLE)
                .leftJoin(UPDATER).on(UPDATER.ID.eq(ARTICLE.UPDATED_BY))
                .where(ARTICLE.ID.eq(id))
                .fetchOptional(Records.mapping(LastChange::new));
    }

    public record LastChange(@Nullable String by, Instant at) {
    }

    /** Every revision of the article, newest first. */
    public List<Revision> revisions(ArticleId id) {
        return db.fetchValues(select(revision(ARTICLE_REVISION, REVISER))
                .from(ARTICLE_REVISION)
                .join(REVISER).on(REVISER.ID.eq(ARTICLE_REVISION.CREATED_BY))
                .where(ARTICLE_REVISION.ARTICLE_ID.eq(id))
                .orderBy(ARTICLE_REVISION.REVISION_NO.desc()));
    }

    /**
     * Creates the article with its first revision. The article row and the revision point at each other;
     * the foreign keys are checked at commit, so the row is written first and then linked.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public CreatedArticle insert(String officeCode, long authorId, ArticleDraft content) {
        ArticleId articleId = db.insertInto(ARTICLE)
                .set(ARTICLE.OFFICE_CODE, officeCode)
                .set(ARTICLE.AUTHOR_ID, authorId)
                .set(ARTICLE.STATE, ArticleState.DRAFT)
                .set(ARTICLE.WORKING_REVISION_ID, 0L)
                .set(ARTICLE.UPDATED_BY, authorId)
                .returning(ARTICLE.ID)
                .fetchSingle(ARTICLE.ID);
        long revisionId = insertRevision(articleId, content, authorId, null);
        db.update(ARTICLE).set(ARTICLE.WORKING_REVISION_ID, revisionId).where(ARTICLE.ID.eq(articleId)).execute();
        return new CreatedArticle(articleId, revisionId);
    }

    public record CreatedArticle(ArticleId id, long revisionId) {
    }

    /** The section the article belongs to. */
    public long sectionOf(ArticleId id) {
        return db.select(ARTICLE.SECTION_ID).from(ARTICLE).where(ARTICLE.ID.eq(id)).fetchSingle(ARTICLE.SECTION_ID);
    }

    /** Moves the article to a section; returns false when there is no such section. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean moveToSection(ArticleId id, long sectionId) {
        if (!db.fetchExists(SECTION, SECTION.ID.eq(sectionId))) {
            return false;
        }
        return db.update(ARTICLE).set(ARTICLE.SECTION_ID, sectionId).where(ARTICLE.ID.eq(id)).execute() == 1;
    }

    /**
     * Locks the article row until the transaction ends and returns its version: writers of the same article
     * then take turns, so revision numbers never collide and the loser sees the winner's version.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Integer> lockForWrite(ArticleId id) {
        return db.select(ARTICLE.VERSION).from(ARTICLE).where(ARTICLE.ID.eq(id)).forUpdate()
                .fetchOptional(ARTICLE.VERSION);
    }

    /** Writes a new revision, numbered after the article's latest one. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long insertRevision(ArticleId articleId, ArticleDraft content, long createdBy,
                               @Nullable Integer restoredFrom) {
        Field<Integer> next = DSL.field(select(coalesce(max(ARTICLE_REVISION.REVISION_NO), 0).plus(1))
                .from(ARTICLE_REVISION).where(ARTICLE_REVISION.ARTICLE_ID.eq(articleId)));
        return db.insertInto(ARTICLE_REVISION)
                .set(ARTICLE_REVISION.ARTICLE_ID, articleId)
                .set(ARTICLE_REVISION.REVISION_NO, next)
                .set(ARTICLE_REVISION.TITLE, content.title())
                .set(ARTICLE_REVISION.SUMMARY, content.summary())
                .set(ARTICLE_REVISION.BODY, content.body())
                .set(ARTICLE_REVISION.COVER_MEDIA, content.coverSha256())
                .set(ARTICLE_REVISION.CREATED_BY, createdBy)
                .set(ARTICLE_REVISION.RESTORED_FROM, restoredFrom)
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
                .set(ARTICLE.UPDATED_AT, currentInstant())
                .where(ARTICLE.ID.eq(id).and(ARTICLE.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    /**
     * What a transition writes to the article row.
     *
     * @param workingRevisionId a new working revision, written in the same statement (for an edit of a
     *                          published article, which the row's constraints only allow together)
     * @param reviewLevel       the level the article waits for afterwards, {@code null} unless in review
     * @param binned            whether the article is in the recycle bin afterwards
     */
    public record StateChange(ArticleState to, boolean live, boolean publishWorkingRevision,
                              @Nullable Instant publishAt, @Nullable Instant unpublishAt,
                              @Nullable Long workingRevisionId, @Nullable Integer reviewLevel, boolean binned) {
    }

    /**
     * Applies a transition, if the article is still at the expected version and state.
     *
     * @param actorId {@code null} for the portal's scheduler
     * @return false when someone else changed the article first (nothing is written then)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean transition(ArticleId id, int expectedVersion, ArticleState from, StateChange change,
                              @Nullable Long actorId) {
        var update = db.update(ARTICLE)
                .set(ARTICLE.STATE, change.to())
                .set(ARTICLE.LIVE, change.live())
                .set(ARTICLE.PUBLISH_AT, change.publishAt())
                .set(ARTICLE.UNPUBLISH_AT, change.unpublishAt())
                .set(ARTICLE.REVIEW_LEVEL, change.reviewLevel())
                .set(ARTICLE.VERSION, ARTICLE.VERSION.plus(1))
                .set(ARTICLE.UPDATED_BY, actorId)
                .set(ARTICLE.UPDATED_AT, currentInstant());
        if (change.workingRevisionId() != null) {
            update = update.set(ARTICLE.WORKING_REVISION_ID, change.workingRevisionId());
        }
        if (change.binned()) {
            update = update.set(ARTICLE.BINNED_AT, coalesce(ARTICLE.BINNED_AT, currentInstant()))
                    .set(ARTICLE.BINNED_BY, coalesce(ARTICLE.BINNED_BY, val(actorId)));
        } else {
            update = update.set(ARTICLE.BINNED_AT, (Instant) null).set(ARTICLE.BINNED_BY, (Long) null);
        }
        if (change.publishWorkingRevision()) {
            update = update
                    .set(ARTICLE.PUBLISHED_REVISION_ID, ARTICLE.WORKING_REVISION_ID)
                    .set(ARTICLE.FIRST_PUBLISHED_AT, coalesce(ARTICLE.FIRST_PUBLISHED_AT, currentInstant()));
        }
        return update
                .where(ARTICLE.ID.eq(id)
                        .and(ARTICLE.VERSION.eq(expectedVersion))
                        .and(ARTICLE.STATE.eq(from)))
                .execute() == 1;
    }

    /**
     * Writes one audit-trail entry and returns its id. A decision that ends a review
     * ({@link Transition#endsReview()}) keeps the time of the article's latest submission, the one it decides (an
     * article is only in review after a submission that followed any earlier withdrawal or decision), for the
     * dashboard's review turnaround.
     *
     * @param reviewLevel the level a reviewer's decision was taken at, {@code null} for other transitions
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long insertEvent(ArticleId id, long revisionId, @Nullable ArticleState from, ArticleState to,
                            Transition transition, @Nullable Long actorId, @Nullable String comment,
                            boolean late, @Nullable Integer reviewLevel) {
        var insert = db.insertInto(WORKFLOW_EVENT)
                .set(WORKFLOW_EVENT.ARTICLE_ID, id)
                .set(WORKFLOW_EVENT.REVISION_ID, revisionId)
                .set(WORKFLOW_EVENT.FROM_STATE, from)
                .set(WORKFLOW_EVENT.TO_STATE, to)
                .set(WORKFLOW_EVENT.TRANSITION, transition)
                .set(WORKFLOW_EVENT.ACTOR_ID, actorId)
                .set(WORKFLOW_EVENT.COMMENT, comment)
                .set(WORKFLOW_EVENT.LATE, late)
                .set(WORKFLOW_EVENT.REVIEW_LEVEL, reviewLevel);
        if (transition.endsReview()) {
            insert = insert.set(WORKFLOW_EVENT.SUBMITTED_AT, select(SUBMISSION.OCCURRED_AT).from(SUBMISSION)
                    .where(SUBMISSION.ARTICLE_ID.eq(id).and(SUBMISSION.TRANSITION.eq(Transition.SUBMIT)))
                    .orderBy(SUBMISSION.ID.desc()).limit(1));
        }
        return insert.returning(WORKFLOW_EVENT.ID)
                .fetchSingle(WORKFLOW_EVENT.ID);
    }

    /**
     * Claims scheduled articles whose publish time has come. The rows stay locked until the transaction
     * ends, and rows another portal instance has claimed are skipped, so each is published exactly once.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ArticleId> claimDuePublications(Instant now, int limit) {
        return db.select(ARTICLE.ID).from(ARTICLE)
                .where(ARTICLE.STATE.eq(ArticleState.SCHEDULED).and(ARTICLE.PUBLISH_AT.le(now)))
                .orderBy(ARTICLE.PUBLISH_AT, ARTICLE.ID)
                .limit(limit)
                .forUpdate().skipLocked()
                .fetch(ARTICLE.ID);
    }

    /**
     * Claims articles in the recycle bin to delete for good, oldest first, locking their rows like
     * {@link #claimDuePublications}.
     *
     * @param binnedBefore only those binned before this time; {@code null} for everything in the bin
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ArticleId> claimBinned(@Nullable Instant binnedBefore, int limit) {
        return db.select(ARTICLE.ID).from(ARTICLE)
                .where(ARTICLE.BINNED_AT.isNotNull())
                .and(binnedBefore == null ? trueCondition() : ARTICLE.BINNED_AT.lt(binnedBefore))
                .orderBy(ARTICLE.BINNED_AT, ARTICLE.ID)
                .limit(limit)
                .forUpdate().skipLocked()
                .fetch(ARTICLE.ID);
    }

    /** The photos any revision of these articles shows (cover or photo block), per office. */
    public java.util.Map<String, Set<String>> photosOf(List<ArticleId> ids) {
        java.util.Map<String, Set<String>> photos = new java.util.HashMap<>();
        Long[] values = ids.stream().map(ArticleId::value).toArray(Long[]::new);
        db.resultQuery("""
                        select a.office_code, r.cover_media as sha256
                          from article a join article_revision r on r.article_id = a.id
                         where a.id = any({0}) and r.cover_media is not null
                        union
                        select a.office_code, block ->> 'media'
                          from article a join article_revision r on r.article_id = a.id,
                               jsonb_array_elements(r.body) block
                         where a.id = any({0}) and block ->> 'media' is not null""", DSL.val(values))
                .fetch()
                .forEach(r -> photos.computeIfAbsent(r.get(0, String.class), office -> new java.util.HashSet<>())
                        .add(r.get(1, String.class)));
        return photos;
    }

    /** Deletes the articles with everything that is theirs (revisions, events, comments, autosaves, locks). */
    @Transactional(propagation = Propagation.MANDATORY)
    public int delete(List<ArticleId> ids) {
        return db.deleteFrom(ARTICLE).where(ARTICLE.ID.in(ids)).execute();
    }

    /** Claims live articles whose unpublish time has come, like {@link #claimDuePublications}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ArticleId> claimDueUnpublications(Instant now, int limit) {
        return db.select(ARTICLE.ID).from(ARTICLE)
                .where(ARTICLE.LIVE.isTrue().and(ARTICLE.UNPUBLISH_AT.le(now)))
                .orderBy(ARTICLE.UNPUBLISH_AT, ARTICLE.ID)
                .limit(limit)
                .forUpdate().skipLocked()
                .fetch(ARTICLE.ID);
    }
}
