package cn.gxnews.portal.article;

import cn.gxnews.portal.office.ReviewTaker;
import org.jspecify.annotations.Nullable;

/**
 * Published inside the transaction of every workflow transition, so that what follows from it (who gets
 * notified) is written in the same transaction, or not at all. The creation of an article is {@link
 * ArticleCreated}.
 *
 * @param actorId    {@code null} for the portal's scheduler
 * @param waitsFor   who takes the review level the article waits for afterwards, {@code null} when it is not in
 *                   review (they are the ones to tell)
 */
public record ArticleTransitioned(ArticleId articleId, long eventId, Transition transition,
                                  String officeCode, long authorId, @Nullable Long actorId, String title,
                                  @Nullable ReviewTaker waitsFor) {
}
