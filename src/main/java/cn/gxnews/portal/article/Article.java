package cn.gxnews.portal.article;

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
 */
public record Article(ArticleId id, String officeCode, long authorId, String authorName, ArticleState state,
                      int version, boolean live, Revision working, @Nullable Long publishedRevisionId,
                      @Nullable Instant firstPublishedAt, @Nullable Instant publishAt, @Nullable Instant unpublishAt,
                      @Nullable String updatedByName, Instant updatedAt, List<WorkflowEvent> history,
                      Set<Long> revisionContributorIds) {

    public Article {
        history = List.copyOf(history);
        revisionContributorIds = Set.copyOf(revisionContributorIds);
    }

    /** Whether the member wrote or changed the revision under review (see {@code revisionContributorIds}). */
    public boolean isRevisionContributor(long memberId) {
        return revisionContributorIds.contains(memberId);
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
