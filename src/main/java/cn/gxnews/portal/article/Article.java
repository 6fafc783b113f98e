package cn.gxnews.portal.article;

import cn.gxnews.portal.office.ReviewLevels;
import cn.gxnews.portal.office.ReviewTaker;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An article as the desk shows it: where its working revision stands, whether readers see its published
 * revision, its schedule, and its audit trail (oldest first).
 *
 * @param version       changes with every save and transition; a write must name the version it was based on
 * @param live          whether readers see the published revision now
 * @param publishAt     when a scheduled article goes online
 * @param unpublishAt   when a live article goes offline by itself
 * @param updatedByName who changed the article last ({@code null}: the scheduler)
 * @param revisionContributorIds who wrote or changed the revision under review: everyone who saved a revision
 *                      since the published one (since the article was created, if it was never published),
 *                      and the writer of the working revision. None of them may review it (four eyes).
 * @param reviewLevel   the review level the article waits for while in review (1 = 初审), 0 otherwise; never
 *                      above the office's count of levels (an office that lost levels treats a higher one as its
 *                      final level)
 * @param reviewLevels  the office's review levels now
 * @param binnedAt      when the article was moved to the recycle bin, {@code null} unless it is there
 */
public record Article(ArticleId id, String officeCode, long authorId, String authorName, ArticleState state,
                      int version, boolean live, Revision working, @Nullable Long publishedRevisionId,
                      @Nullable Instant firstPublishedAt, @Nullable Instant publishAt, @Nullable Instant unpublishAt,
                      @Nullable String updatedByName, Instant updatedAt, List<WorkflowEvent> history,
                      Set<Long> revisionContributorIds, int reviewLevel, ReviewLevels reviewLevels,
                      @Nullable Instant binnedAt) {

    public Article {
        history = List.copyOf(history);
        revisionContributorIds = Set.copyOf(revisionContributorIds);
    }

    /** Whether the member wrote or changed the revision under review (see {@code revisionContributorIds}). */
    public boolean isRevisionContributor(long memberId) {
        return revisionContributorIds.contains(memberId);
    }

    /** Whether the article is in the recycle bin: nothing can be done to it but restoring it. */
    public boolean binned() {
        return binnedAt != null;
    }

    /**
     * The level a reviewer's decision would be taken at now: the level the article waits for in review, the
     * first otherwise.
     */
    public int currentLevel() {
        return Math.max(reviewLevel, 1);
    }

    /** Whether approving the current level publishes or schedules the article (rather than passing it on). */
    public boolean atFinalLevel() {
        return currentLevel() >= reviewLevels.count();
    }

    /** Who may take the current level. */
    public ReviewTaker currentTaker() {
        return reviewLevels.takerOf(currentLevel());
    }

    /**
     * The decisions of the current round of review, oldest first: every level approved since the article was
     * last submitted (a request for changes ends a round, and the next submission starts again at the first
     * level). Empty unless the article is in review.
     */
    public List<WorkflowEvent> levelDecisions() {
        if (state != ArticleState.IN_REVIEW) {
            return List.of();
        }
        List<WorkflowEvent> round = new java.util.ArrayList<>();
        for (WorkflowEvent event : history.reversed()) {
            if (event.transition() == Transition.SUBMIT) {
                break;
            }
            if (event.transition() == Transition.APPROVE_LEVEL) {
                round.addFirst(event);
            }
        }
        return List.copyOf(round);
    }

    /** Whether the member approved an earlier level of this round: each level is taken by a different person. */
    public boolean tookEarlierLevel(long memberId) {
        return levelDecisions().stream().anyMatch(e -> e.actorId() != null && e.actorId() == memberId);
    }

    /** Whether an edit waits for approval while readers still see the published revision. */
    public boolean hasPendingEdit() {
        return publishedRevisionId != null && publishedRevisionId != working.id();
    }

    /** The number of the published revision, if there is one. */
    public Optional<Integer> publishedRevisionNumber() {
        if (publishedRevisionId == null) {
            return Optional.empty();
        }
        return history.stream().filter(e -> e.revisionId() == publishedRevisionId)
                .map(WorkflowEvent::revisionNumber).findFirst();
    }

    /** The editor's reason for sending the article back, while changes are requested. */
    public Optional<WorkflowEvent> openChangeRequest() {
        if (state != ArticleState.CHANGES_REQUESTED) {
            return Optional.empty();
        }
        return history.reversed().stream().filter(e -> e.transition() == Transition.REQUEST_CHANGES).findFirst();
    }

    /** When the article was last submitted for review, if ever. */
    public Optional<Instant> submittedAt() {
        return history.reversed().stream().filter(e -> e.transition() == Transition.SUBMIT)
                .map(WorkflowEvent::occurredAt).findFirst();
    }

    /**
     * The revision an editor should compare the working revision with: the published one, or for an article
     * never published, the one submitted before the current submission (if it was submitted before).
     */
    public Optional<Long> reviewBaseRevisionId() {
        if (publishedRevisionId != null) {
            return Optional.of(publishedRevisionId);
        }
        return history.reversed().stream()
                .filter(e -> e.transition() == Transition.SUBMIT && e.revisionId() != working.id())
                .map(WorkflowEvent::revisionId)
                .findFirst();
    }
}
