package cn.gxnews.portal.news;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An article as the desk shows it: its workflow state, the working revision being written or reviewed,
 * and its audit trail (oldest first).
 *
 * @param version changes with every save and transition; a write must name the version it was based on
 */
public record Article(ArticleId id, String officeCode, long authorId, String authorName, ArticleState state,
                      int version, Revision working, @Nullable Long publishedRevisionId,
                      @Nullable Instant firstPublishedAt, String updatedByName, Instant updatedAt,
                      List<WorkflowEvent> history) {

    public Article {
        history = List.copyOf(history);
    }

    /** The editor's reason for sending the article back, while changes are requested. */
    public Optional<WorkflowEvent> openChangeRequest() {
        if (state != ArticleState.CHANGES_REQUESTED) {
            return Optional.empty();
        }
        return history.reversed().stream().filter(e -> e.to() == ArticleState.CHANGES_REQUESTED).findFirst();
    }

    /** When the article was last submitted for review, if ever. */
    public Optional<Instant> submittedAt() {
        return history.reversed().stream().filter(e -> e.to() == ArticleState.IN_REVIEW)
                .map(WorkflowEvent::occurredAt).findFirst();
    }
}
