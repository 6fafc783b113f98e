package cn.gxnews.portal.notification;

import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.Transition;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One notification: what happened to which article, who did it, and whether the recipient has read it.
 *
 * @param actorName {@code null} when the portal's scheduler did it
 */
public record Notice(long id, ArticleId articleId, String articleTitle, Transition transition,
                     @Nullable String actorName, @Nullable String comment, Instant createdAt, boolean read) {

    /** Message key of the notification's sentence ({0}: who, {1}: the article's title). */
    public String messageKey() {
        return "notification." + transition.name();
    }
}
