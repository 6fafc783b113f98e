package cn.gxnews.portal.article;

import cn.gxnews.portal.article.repository.ArticleRepository;
import cn.gxnews.portal.article.repository.ArticleRepository.StateChange;
import cn.gxnews.portal.base.MessageKey;
import cn.gxnews.portal.base.NotAllowedException;
import cn.gxnews.portal.office.ReviewTaker;
import cn.gxnews.portal.security.CurrentUser;
import cn.gxnews.portal.security.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * The one way an article changes state. A member's request is checked here against {@link Transition}'s rules
 * (who, from which state, the text's checks); the portal's scheduler takes only its own transitions. Each
 * transition writes the article row and exactly one audit event, and announces it ({@link ArticleTransitioned}),
 * all inside the caller's transaction: the services that offer transitions ({@link ArticleService} for the
 * writer, the editorial review for editors) and the scheduler own those transactions.
 */
@Component
public class Workflow {

    private final ArticleRepository articles;
    private final DraftChecks checks;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    Workflow(ArticleRepository articles, DraftChecks checks, CurrentUser currentUser,
             ApplicationEventPublisher events) {
        this.articles = articles;
        this.checks = checks;
        this.currentUser = currentUser;
        this.events = events;
    }

    /**
     * Takes the transition for the signed-in member, or refuses it and writes nothing: an article they may not
     * see is not found, an old version is stale, and a transition they may not take, or that does not start from
     * the article's state, is not allowed.
     *
     * @return the article afterwards
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Article take(TransitionRequest request) {
        Transition transition = request.transition();
        StaffMember actor = currentUser.require();
        Article article = load(request.articleId(), actor);
        if (article.version() != request.expectedVersion()) {
            throw stale(article.id());
        }
        if (transition.bySchedulerOnly() || transition == Transition.CREATE || transition == Transition.EDIT
                || !transition.allows(actor, article)) {
            throw new NotAllowedException(transition.refusesOwnRevision(actor, article)
                    ? "error.transition.ownRevision"
                    : transition.refusesEarlierLevelReviewer(actor, article)
                    ? "error.transition.earlierLevel" : "error.transition.notAllowed",
                    new MessageKey(transition.messageKey()));
        }
        if (article.binned() && transition != Transition.RESTORE_FROM_BIN) {
            throw new NotAllowedException("error.article.binned");
        }
        if (!transition.startsFrom(article)) {
            throw new NotAllowedException("error.transition.wrongState", new MessageKey(transition.messageKey()),
                    new MessageKey(article.state().messageKey()));
        }
        if (transition.checksTheText()) {
            checks.checkComplete(article.working().content(), transition == Transition.SUBMIT
                    ? DraftIncompleteException.NOT_SUBMITTABLE : DraftIncompleteException.NOT_APPROVABLE);
        }
        write(transition, article, actor, request.comment(), request.publishAt(), request.unpublishAt(), false, null);
        return load(article.id(), actor);
    }

    /**
     * Claims articles whose time for the scheduler's transition has come ({@link Transition#PUBLISH_ON_SCHEDULE}
     * or {@link Transition#UNPUBLISH_ON_SCHEDULE}), oldest first, locking their rows so that another instance's
     * scheduler skips them until this transaction ends.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Article> claimDue(Transition onSchedule, Instant now, int limit) {
        List<ArticleId> due = switch (onSchedule) {
            case PUBLISH_ON_SCHEDULE -> articles.claimDuePublications(now, limit);
            case UNPUBLISH_ON_SCHEDULE -> articles.claimDueUnpublications(now, limit);
            default -> throw new IllegalArgumentException(onSchedule + " is no transition of the scheduler");
        };
        return due.stream().map(id -> articles.findForSystem(id).orElseThrow()).toList();
    }

    /**
     * Takes a scheduler's transition on an article it claimed.
     *
     * @param late carried out later than planned (the portal was down); the audit trail says so
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void takeOnSchedule(Transition onSchedule, Article article, boolean late) {
        if (!onSchedule.bySchedulerOnly() || !onSchedule.startsFrom(article)) {
            throw new IllegalStateException(onSchedule + " cannot be taken on " + article.id());
        }
        write(onSchedule, article, null, null, null, null, late, null);
    }

    /** Writes the audit trail's first entry for a new article and announces it. */
    void created(ArticleRepository.CreatedArticle created, String officeCode, StaffMember author, String title) {
        long eventId = articles.insertEvent(created.id(), created.revisionId(), null, ArticleState.DRAFT,
                Transition.CREATE, author.id(), null, false, null);
        events.publishEvent(new ArticleCreated(created.id(), eventId, officeCode, author.id(), title));
    }

    /**
     * Writes a transition whose rules the caller has checked.
     *
     * @param actor              {@code null} for the portal's scheduler
     * @param publishAt          asked for by a scheduled approval
     * @param unpublishAt        asked for by an approval
     * @param newWorkingRevision a revision that becomes the working one in the same write (an edit)
     */
    void write(Transition transition, Article article, @Nullable StaffMember actor, @Nullable String comment,
               @Nullable Instant publishAt, @Nullable Instant unpublishAt, boolean late,
               @Nullable Long newWorkingRevision) {
        ArticleState to = transition.to(article.state());
        Long actorId = actor == null ? null : actor.id();
        Instant publishAtAfter = transition == Transition.APPROVE_AND_SCHEDULE ? publishAt
                : to == ArticleState.SCHEDULED ? article.publishAt() : null;
        // in review, the level it waits for: the first after a submission, the next after a level's approval
        Integer levelAfter = to != ArticleState.IN_REVIEW ? null
                : transition == Transition.APPROVE_LEVEL ? article.currentLevel() + 1
                : transition == Transition.SUBMIT ? 1 : article.currentLevel();
        Integer decidedAtLevel = transition.isReviewDecision() ? article.currentLevel() : null;
        var change = new StateChange(to, transition.liveAfter(article), transition.publishesWorkingRevision(),
                publishAtAfter, transition.unpublishAtAfter(article, unpublishAt), newWorkingRevision, levelAfter,
                transition == Transition.MOVE_TO_BIN || article.binned() && transition != Transition.RESTORE_FROM_BIN);
        if (!articles.transition(article.id(), article.version(), article.state(), change, actorId)) {
            throw stale(article.id());
        }
        long revisionId = newWorkingRevision != null ? newWorkingRevision : article.working().id();
        long eventId = articles.insertEvent(article.id(), revisionId, article.state(), to, transition,
                actorId, comment, late, decidedAtLevel);
        ReviewTaker waitsFor = levelAfter == null ? null : article.reviewLevels().takerOf(levelAfter);
        events.publishEvent(new ArticleTransitioned(article.id(), eventId, transition, article.officeCode(),
                article.authorId(), actorId, article.working().content().title(), waitsFor));
    }

    Article load(ArticleId id, StaffMember actor) {
        return articles.find(id, ArticleScope.of(actor)).orElseThrow(() -> new ArticleNotFoundException(id));
    }

    StaleArticleException stale(ArticleId id) {
        var change = articles.lastChange(id).orElseThrow(() -> new ArticleNotFoundException(id));
        return new StaleArticleException(change.by(), change.at());
    }
}
