package cn.gxnews.portal.article;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * What a member asks of the workflow: one transition of one article, based on the version their screen showed.
 *
 * @param expectedVersion the article's version the member saw; a newer one means someone else acted first, and
 *                        nothing is written
 * @param comment         the reason given with the transition (required when changes are requested)
 * @param publishAt       when a scheduled approval puts the article online
 * @param unpublishAt     when an approved article goes offline by itself, if ever
 */
public record TransitionRequest(Transition transition, ArticleId articleId, int expectedVersion,
                                @Nullable String comment, @Nullable Instant publishAt, @Nullable Instant unpublishAt) {

    /** A transition that takes nothing but the article and the version the member saw. */
    public static TransitionRequest of(Transition transition, ArticleId articleId, int expectedVersion) {
        return new TransitionRequest(transition, articleId, expectedVersion, null, null, null);
    }
}
