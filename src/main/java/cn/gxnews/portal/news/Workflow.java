package cn.gxnews.portal.news;

import cn.gxnews.portal.news.repository.ArticleRepository;
import cn.gxnews.portal.news.repository.ArticleRepository.StateChange;
import cn.gxnews.portal.security.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Writes a transition: the article row, its one audit event, and the announcement of it, inside the caller's
 * transaction. Who may take the transition is checked by the callers (the staff services, the scheduler).
 */
@Component
class Workflow {

    private final ArticleRepository articles;
    private final ApplicationEventPublisher events;

    Workflow(ArticleRepository articles, ApplicationEventPublisher events) {
        this.articles = articles;
        this.events = events;
    }

    /**
     * @param actor              {@code null} for the portal's scheduler
     * @param late               a scheduled transition carried out later than planned
     * @param newWorkingRevision a revision that becomes the working one in the same write (an edit)
     */
    void apply(Transition transition, Article article, @Nullable StaffMember actor,
               @Nullable String comment, @Nullable Instant publishAt, @Nullable Instant unpublishAt, boolean late,
               @Nullable Long newWorkingRevision) {
        ArticleState to = transition.to(article.state());
        Long actorId = actor == null ? null : actor.id();
        var change = new StateChange(to, transition.liveAfter(article), transition.publishesWorkingRevision(),
                to == ArticleState.SCHEDULED ? publishAt : null, unpublishAt, newWorkingRevision);
        if (!articles.transition(article.id(), article.version(), article.state(), change, actorId)) {
            throw stale(article.id());
        }
        long revisionId = newWorkingRevision != null ? newWorkingRevision : article.working().id();
        long eventId = articles.insertEvent(article.id(), revisionId, article.state(), to, transition,
                actorId, comment, late);
        events.publishEvent(new ArticleTransitioned(article.id(), eventId, transition, article.officeCode(),
                article.authorId(), actorId, article.working().content().title()));
    }

    StaleArticleException stale(ArticleId id) {
        var change = articles.lastChange(id).orElseThrow(() -> new ArticleNotFoundException(id));
        return new StaleArticleException(change.by(), change.at());
    }
}
