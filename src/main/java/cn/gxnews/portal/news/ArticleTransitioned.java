package cn.gxnews.portal.news;

import org.jspecify.annotations.Nullable;

/**
 * Published inside the transaction of every workflow transition, so that what follows from it (who gets
 * notified) is written in the same transaction, or not at all.
 *
 * @param transition {@code null} for the creation of the article
 * @param actorId    {@code null} for the portal's scheduler
 */
public record ArticleTransitioned(ArticleId articleId, long eventId, @Nullable Transition transition,
                                  String officeCode, long authorId, @Nullable Long actorId, String title) {
}
