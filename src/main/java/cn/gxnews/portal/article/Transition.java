package cn.gxnews.portal.article;

import cn.gxnews.portal.security.StaffMember;
import cn.gxnews.portal.security.StaffRole;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import static cn.gxnews.portal.article.ArticleState.CHANGES_REQUESTED;
import static cn.gxnews.portal.article.ArticleState.DRAFT;
import static cn.gxnews.portal.article.ArticleState.IN_REVIEW;
import static cn.gxnews.portal.article.ArticleState.PUBLISHED;
import static cn.gxnews.portal.article.ArticleState.SCHEDULED;
import static cn.gxnews.portal.article.ArticleState.UNPUBLISHED;

/**
 * Every workflow transition, in one place: when it can be taken, where it leads, and who may take it.
 * "Office" is the article's office; an editor of all offices is an editor of every office. The services
 * enforce this on every call, whatever the UI shows.
 *
 * <p>Four eyes per revision: whoever wrote or changed the revision under review (saved any revision since the
 * published one, or since the article was created if it was never published; restoring an old revision is a
 * change too) cannot be its reviewer. An editor who edits a live article therefore needs another editor to
 * approve the edit, while the article's original author may review someone else's later edit.
 *
 * <p>Review levels (三审制, decision 0025): an office has one to three levels. Approving a level that is not the
 * office's last passes the article to the next ({@link #APPROVE_LEVEL}); only at the last may it be approved and
 * published or scheduled. Each level is taken by a different person.
 *
 * <table>
 * <caption>Who may take which transition</caption>
 * <tr><th>transition</th><th>who</th></tr>
 * <tr><td>submit, withdraw</td><td>the article's author, or an editor of its office</td></tr>
 * <tr><td>request changes, approve a level, approve and publish, approve and schedule</td><td>whoever takes
 * the article's current review level (the office's editors, or the company's publishers, as the office decided)
 * who did not write or change the revision under review ({@link Article#revisionContributorIds()}) and did not
 * approve an earlier level of this round</td></tr>
 * <tr><td>unpublish, republish, edit a published article</td><td>an editor of the office</td></tr>
 * <tr><td>publish or unpublish on schedule</td><td>the portal's scheduler only</td></tr>
 * <tr><td>move to the recycle bin</td><td>the article's author for a draft never published, or an editor of
 * the office for any article readers do not see</td></tr>
 * <tr><td>restore from the recycle bin</td><td>the article's author, or an editor of its office</td></tr>
 * </table>
 */
public enum Transition {

    /** The article comes into being as a draft in its author's office. */
    CREATE(Who.AUTHOR_OR_EDITOR, Effect.DESK_ONLY, article -> false, state -> DRAFT),
    SUBMIT(Who.AUTHOR_OR_EDITOR, Effect.DESK_ONLY, in(DRAFT, CHANGES_REQUESTED), state -> IN_REVIEW),
    WITHDRAW(Who.AUTHOR_OR_EDITOR, Effect.DESK_ONLY, in(IN_REVIEW, SCHEDULED), state -> DRAFT),
    /** Sends the article back to its author from any level; the next submission starts at the first level. */
    REQUEST_CHANGES(Who.REVIEWER, Effect.DESK_ONLY, in(IN_REVIEW), state -> CHANGES_REQUESTED),
    /** Approves a level that is not the office's last: the article waits for the next level. */
    APPROVE_LEVEL(Who.REVIEWER, Effect.DESK_ONLY, inReviewAt(false), state -> IN_REVIEW),
    APPROVE_AND_PUBLISH(Who.REVIEWER, Effect.PUTS_ONLINE, inReviewAt(true), state -> PUBLISHED),
    APPROVE_AND_SCHEDULE(Who.REVIEWER, Effect.DESK_ONLY, inReviewAt(true), state -> SCHEDULED),
    PUBLISH_ON_SCHEDULE(Who.SCHEDULER, Effect.PUTS_ONLINE, in(SCHEDULED), state -> PUBLISHED),
    /** Takes the live revision offline; an edit in progress stays where it is. */
    UNPUBLISH(Who.EDITOR, Effect.TAKES_OFFLINE, Article::live, Transition::offline),
    UNPUBLISH_ON_SCHEDULE(Who.SCHEDULER, Effect.TAKES_OFFLINE, Article::live, Transition::offline),
    /** Puts the last published revision back online. */
    REPUBLISH(Who.EDITOR, Effect.PUTS_BACK_ONLINE,
            article -> !article.live() && article.publishedRevisionId() != null,
            state -> state == UNPUBLISHED ? PUBLISHED : state),
    /** The first save of a new revision of a published or unpublished article starts a new draft. */
    EDIT(Who.EDITOR, Effect.DESK_ONLY, in(PUBLISHED, UNPUBLISHED), state -> DRAFT),
    /**
     * Moves an article that readers do not see to the office's recycle bin, keeping everything; one in review or
     * on a schedule is withdrawn to a draft by the move (decision 0025).
     */
    MOVE_TO_BIN(Who.BINNER, Effect.DESK_ONLY, article -> !article.live(),
            state -> state == IN_REVIEW || state == SCHEDULED ? DRAFT : state),
    /** Takes an article out of the recycle bin, as it was. */
    RESTORE_FROM_BIN(Who.AUTHOR_OR_EDITOR, Effect.DESK_ONLY, Article::binned, state -> state);

    private enum Who {
        AUTHOR_OR_EDITOR,
        /**
         * Whoever takes the article's current review level, if they did not write or change the revision under
         * review and did not approve an earlier level of the round.
         */
        REVIEWER,
        EDITOR,
        SCHEDULER,
        /** The article's author for a draft never published; an editor of the office for any article. */
        BINNER
    }

    /** What readers of the public site see change. */
    private enum Effect {
        /** Nothing: the public site shows what it showed before. */
        DESK_ONLY,
        /** The working revision becomes the published one and goes online. */
        PUTS_ONLINE,
        /** The published revision goes offline. */
        TAKES_OFFLINE,
        /** The last published revision comes back online. */
        PUTS_BACK_ONLINE
    }

    private final Who who;
    private final Effect effect;
    private final Predicate<Article> startsFrom;
    private final UnaryOperator<ArticleState> to;

    Transition(Who who, Effect effect, Predicate<Article> startsFrom, UnaryOperator<ArticleState> to) {
        this.who = who;
        this.effect = effect;
        this.startsFrom = startsFrom;
        this.to = to;
    }

    private static Predicate<Article> in(ArticleState... states) {
        Set<ArticleState> from = Set.of(states);
        return article -> from.contains(article.state());
    }

    /** In review, at the office's final level ({@code true}) or at an earlier one. */
    private static Predicate<Article> inReviewAt(boolean finalLevel) {
        return article -> article.state() == IN_REVIEW && article.atFinalLevel() == finalLevel;
    }

    private static ArticleState offline(ArticleState state) {
        return state == PUBLISHED ? UNPUBLISHED : state;
    }

    /**
     * Whether the article is in a state this transition starts from. An article in the recycle bin starts
     * nothing but its restoring.
     */
    public boolean startsFrom(Article article) {
        if (article.binned()) {
            return this == RESTORE_FROM_BIN;
        }
        return this != RESTORE_FROM_BIN && startsFrom.test(article);
    }

    /** The state the working revision is in afterwards. */
    public ArticleState to(ArticleState state) {
        return to.apply(state);
    }

    /** Whether readers see the article afterwards. */
    public boolean liveAfter(Article article) {
        return switch (effect) {
            case PUTS_ONLINE, PUTS_BACK_ONLINE -> true;
            case TAKES_OFFLINE -> false;
            case DESK_ONLY -> article.live();
        };
    }

    /** Whether the working revision becomes the published one. */
    public boolean publishesWorkingRevision() {
        return effect == Effect.PUTS_ONLINE;
    }

    /**
     * Whether the public site changes: its pages, feeds, sitemap and search must forget what they knew about
     * the article.
     */
    public boolean changesWhatReadersSee() {
        return effect != Effect.DESK_ONLY;
    }

    /**
     * When a scheduled end date survives the transition: approval sets a new one, taking the article offline
     * or back online by hand drops it, everything else keeps the article's own.
     */
    public @Nullable Instant unpublishAtAfter(Article article, @Nullable Instant requested) {
        return switch (this) {
            case APPROVE_AND_PUBLISH, APPROVE_AND_SCHEDULE -> requested;
            case UNPUBLISH, REPUBLISH, UNPUBLISH_ON_SCHEDULE -> null;
            default -> article.unpublishAt();
        };
    }

    /** Whether the text must pass the checks of submission first (submission itself, and approval). */
    public boolean checksTheText() {
        return this == SUBMIT || who == Who.REVIEWER && this != REQUEST_CHANGES;
    }

    /** Whether only the portal's scheduler takes this transition. */
    public boolean bySchedulerOnly() {
        return who == Who.SCHEDULER;
    }

    /** Whether this is a reviewer's decision, which nobody who wrote or changed the revision may take. */
    public boolean isReviewDecision() {
        return who == Who.REVIEWER;
    }

    /**
     * Whether this decision ends the review a submission began: sending the article back, or approving it at the
     * final level. Approving an earlier level passes the article on and decides nothing yet.
     */
    public boolean endsReview() {
        return isReviewDecision() && this != APPROVE_LEVEL;
    }

    /**
     * Whether this staff member may take the transition on the article (its state aside).
     *
     * @param actor {@code null} for the portal's scheduler
     */
    public boolean allows(@Nullable StaffMember actor, Article article) {
        if (actor == null) {
            return who == Who.SCHEDULER;
        }
        String office = article.officeCode();
        return switch (who) {
            case AUTHOR_OR_EDITOR -> isAuthor(actor, office, article.authorId()) || isEditorOf(actor, office);
            case REVIEWER -> takesCurrentLevel(actor, article) && !article.isRevisionContributor(actor.id())
                    && !article.tookEarlierLevel(actor.id());
            case EDITOR -> isEditorOf(actor, office);
            case SCHEDULER -> false;
            case BINNER -> isEditorOf(actor, office) || isAuthor(actor, office, article.authorId())
                    && article.publishedRevisionId() == null
                    && (article.state() == DRAFT || article.state() == CHANGES_REQUESTED);
        };
    }

    /**
     * Whether the member is refused only because they wrote or changed the revision under review: someone who
     * would otherwise take its level. The desk and the refusal say so rather than "not allowed".
     */
    public boolean refusesOwnRevision(StaffMember actor, Article article) {
        return who == Who.REVIEWER && takesCurrentLevel(actor, article)
                && article.isRevisionContributor(actor.id());
    }

    /**
     * Whether the member is refused only because they approved an earlier level of this round of review: each
     * level is taken by a different person.
     */
    public boolean refusesEarlierLevelReviewer(StaffMember actor, Article article) {
        return who == Who.REVIEWER && takesCurrentLevel(actor, article)
                && !article.isRevisionContributor(actor.id()) && article.tookEarlierLevel(actor.id());
    }

    /**
     * Whether the member is among those who take the article's current review level: the office's editors, or
     * the company's publishers (for every office), as the office's levels say.
     */
    public static boolean takesCurrentLevel(StaffMember actor, Article article) {
        return switch (article.currentTaker()) {
            case OFFICE_EDITORS -> isEditorOf(actor, article.officeCode());
            case PUBLISHERS -> actor.hasRole(StaffRole.PUBLISHER);
        };
    }

    /** Whether the member may take this transition on the article now (its state included). */
    public boolean isAvailable(StaffMember actor, Article article) {
        return startsFrom(article) && allows(actor, article);
    }

    public String messageKey() {
        return "transition." + name();
    }

    static boolean isAuthor(StaffMember actor, String officeCode, long authorId) {
        return actor.id() == authorId && actor.worksFor(officeCode);
    }

    static boolean isEditorOf(StaffMember actor, String officeCode) {
        return actor.hasRole(StaffRole.EDITOR) && actor.worksFor(officeCode);
    }

    /**
     * Who may change the text: the author while the article is a draft or sent back; editors of the office at
     * any time (editing a published article starts a new draft while the published revision stays online).
     */
    public static boolean mayEdit(StaffMember actor, Article article) {
        if (article.binned()) {
            return false;
        }
        return switch (article.state()) {
            case DRAFT, CHANGES_REQUESTED -> isAuthor(actor, article.officeCode(), article.authorId())
                    || isEditorOf(actor, article.officeCode());
            case IN_REVIEW, SCHEDULED, PUBLISHED, UNPUBLISHED -> isEditorOf(actor, article.officeCode());
        };
    }

    /**
     * Whether the member may see the article in the desk: its author, the editors of its office, and the
     * company's publishers.
     */
    public static boolean maySee(StaffMember actor, Article article) {
        return isAuthor(actor, article.officeCode(), article.authorId()) || isEditorOf(actor, article.officeCode())
                || actor.hasRole(StaffRole.PUBLISHER);
    }
}
