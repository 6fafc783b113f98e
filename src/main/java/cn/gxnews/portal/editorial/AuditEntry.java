package cn.gxnews.portal.editorial;

import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.ArticleState;
import cn.gxnews.portal.article.Transition;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One line of the audit trail of an office: a transition of one article.
 *
 * @param reviewLevel the review level a reviewer's decision was taken at (1 = 初审), {@code null} otherwise
 */
public record AuditEntry(Instant occurredAt, String officeCode, ArticleId articleId, String title,
                         @Nullable Transition transition, @Nullable ArticleState from, ArticleState to,
                         @Nullable String actorName, int revisionNumber, @Nullable String comment, boolean late,
                         @Nullable Integer reviewLevel) {

    public String messageKey() {
        return transition.messageKey();
    }
}
