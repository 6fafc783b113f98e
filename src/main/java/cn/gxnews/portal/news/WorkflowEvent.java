package cn.gxnews.portal.news;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One entry of an article's audit trail: a transition, who took it, on which revision, and why.
 *
 * @param from {@code null} for the event that created the article
 */
public record WorkflowEvent(long id, long revisionId, @Nullable ArticleState from, ArticleState to, long actorId,
                            String actorName, @Nullable String comment, Instant occurredAt) {
}
