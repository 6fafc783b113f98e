package cn.gxnews.portal.news;

import cn.gxnews.portal.security.StaffMember;
import cn.gxnews.portal.security.StaffRole;
import org.jspecify.annotations.Nullable;

import java.util.Set;

import static cn.gxnews.portal.news.ArticleState.CHANGES_REQUESTED;
import static cn.gxnews.portal.news.ArticleState.DRAFT;
import static cn.gxnews.portal.news.ArticleState.IN_REVIEW;
import static cn.gxnews.portal.news.ArticleState.PUBLISHED;
import static cn.gxnews.portal.news.ArticleState.SCHEDULED;
import static cn.gxnews.portal.news.ArticleState.UNPUBLISHED;

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
 * <table>
 * <caption>Who may take which transition</caption>
 * <tr><th>transition</th><th>who</th></tr>
 * <tr><td>submit, withdraw</td><td>the article's author, or an editor of its office</td></tr>
 * <tr><td>request changes, approve and publish, approve and schedule</td><td>an editor of the office who did
 * not write or change the revision under review ({@link Article#revisionContributorIds()})</td></tr>
 * <tr><td>unpublish, republish, edit a published article</td><td>an editor of the office</td></tr>
 * <tr><td>publish or unpublish on schedule</td><td>the portal's scheduler only</td></tr>
 * </table>
 */
public enum Transition {

    SUBMIT(Who.AUTHOR_OR_EDITOR, Set.of(DRAFT, CHANGES_REQUESTED)),
    WITHDRAW(Who.AUTHOR_OR_EDITOR, Set.of(IN_REVIEW, SCHEDULED)),
    REQUEST_CHANGES(Who.REVIEWER, Set.of(IN_REVIEW)),
    APPROVE_AND_PUBLISH(Who.REVIEWER, Set.of(IN_REVIEW)),
    APPROVE_AND_SCHEDULE(Who.REVIEWER, Set.of(IN_REVIEW)),
    PUBLISH_ON_SCHEDULE(Who.SCHEDULER, Set.of(SCHEDULED)),
    /** Takes the live revision offline; an edit in progress stays where it is. */
    UNPUBLISH(Who.EDITOR, Set.of()),
    UNPUBLISH_ON_SCHEDULE(Who.SCHEDULER, Set.of()),
    /** Puts the last published revision back online. */
    REPUBLISH(Who.EDITOR, Set.of()),
    /** The first save of a new revision of a published or unpublished article starts a new draft. */
    EDIT(Who.EDITOR, Set.of(PUBLISHED, UNPUBLISHED));

    private enum Who {
        AUTHOR_OR_EDITOR,
        /** An editor of the office who did not write or change the revision under review. */
        REVIEWER,
        EDITOR,
        SCHEDULER
    }

    private final Who who;
    private final Set<ArticleState> from;

    Transition(Who who, Set<ArticleState> from) {
        this.who = who;
        this.from = from;
    }

    /** Whether the article is in a state this transition starts from. */
    public boolean startsFrom(Article article) {
        return switch (this) {
            case UNPUBLISH, UNPUBLISH_ON_SCHEDULE -> article.live();
            case REPUBLISH -> !article.live() && article.publishedRevisionId() != null;
            default -> from.contains(article.state());
        };
    }

    /** The state the working revision is in afterwards. */
    public ArticleState to(ArticleState state) {
        return switch (this) {
            case SUBMIT -> IN_REVIEW;
            case WITHDRAW, EDIT -> DRAFT;
            case REQUEST_CHANGES -> CHANGES_REQUESTED;
            case APPROVE_AND_PUBLISH, PUBLISH_ON_SCHEDULE -> PUBLISHED;
            case APPROVE_AND_SCHEDULE -> SCHEDULED;
            case UNPUBLISH, UNPUBLISH_ON_SCHEDULE -> state == PUBLISHED ? UNPUBLISHED : state;
            case REPUBLISH -> state == UNPUBLISHED ? PUBLISHED : state;
        };
    }

    /** Whether readers see the article afterwards. */
    public boolean liveAfter(Article article) {
        return switch (this) {
            case APPROVE_AND_PUBLISH, PUBLISH_ON_SCHEDULE, REPUBLISH -> true;
            case UNPUBLISH, UNPUBLISH_ON_SCHEDULE -> false;
            default -> article.live();
        };
    }

    /** Whether the working revision becomes the published one. */
    public boolean publishesWorkingRevision() {
        return this == APPROVE_AND_PUBLISH || this == PUBLISH_ON_SCHEDULE;
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
            case REVIEWER -> isEditorOf(actor, office) && !article.isRevisionContributor(actor.id());
            case EDITOR -> isEditorOf(actor, office);
            case SCHEDULER -> false;
        };
    }

    /**
     * Whether the member is refused only because they wrote or changed the revision under review: an editor of
     * the office who would otherwise review it. The desk and the refusal say so rather than "not allowed".
     */
    public boolean refusesOwnRevision(StaffMember actor, Article article) {
        return who == Who.REVIEWER && isEditorOf(actor, article.officeCode())
                && article.isRevisionContributor(actor.id());
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
        return switch (article.state()) {
            case DRAFT, CHANGES_REQUESTED -> isAuthor(actor, article.officeCode(), article.authorId())
                    || isEditorOf(actor, article.officeCode());
            case IN_REVIEW, SCHEDULED, PUBLISHED, UNPUBLISHED -> isEditorOf(actor, article.officeCode());
        };
    }

    /** Whether the member may see the article in the desk: its author, and the editors of its office. */
    public static boolean maySee(StaffMember actor, Article article) {
        return isAuthor(actor, article.officeCode(), article.authorId()) || isEditorOf(actor, article.officeCode());
    }
}
