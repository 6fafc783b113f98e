package cn.gxnews.portal.article;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One entry of an article's audit trail: a transition, who took it, on which revision, and why.
 *
 * @param from       {@code null} for the event that created the article
 * @param actorId    {@code null} when the portal's scheduler took the transition
 * @param late       a scheduled transition that was carried out later than planned (the portal was down)
 * @param reviewLevel the review level a reviewer's decision was taken at (1 = 初审), {@code null} for every
 *                    other transition
 */
public record WorkflowEvent(long id, long revisionId, int revisionNumber, Transition transition,
                            @Nullable ArticleState from, ArticleState to, @Nullable Long actorId,
                            @Nullable String actorName, @Nullable String comment, boolean late,
                            Instant occurredAt, @Nullable Integer reviewLevel) {

    /** Message key describing what happened. */
    public String messageKey() {
        return transition.messageKey();
    }
}
