package cn.gxnews.portal.editorial;

import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.ArticleState;
import cn.gxnews.portal.article.Transition;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One line of the audit trail of an office: a transition of one article. */
public record AuditEntry(Instant occurredAt, String officeCode, ArticleId articleId, String title,
                         @Nullable Transition transition, @Nullable ArticleState from, ArticleState to,
                         @Nullable String actorName, int revisionNumber, @Nullable String comment, boolean late) {

    public String messageKey() {
        return transition.messageKey();
    }
}
