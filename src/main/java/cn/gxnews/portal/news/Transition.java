package cn.gxnews.portal.news;

import cn.gxnews.portal.security.StaffMember;
import cn.gxnews.portal.security.StaffRole;

import java.util.Set;

import static cn.gxnews.portal.news.ArticleState.CHANGES_REQUESTED;
import static cn.gxnews.portal.news.ArticleState.DRAFT;
import static cn.gxnews.portal.news.ArticleState.IN_REVIEW;
import static cn.gxnews.portal.news.ArticleState.PUBLISHED;

/**
 * Every workflow transition, in one place: the states it starts from, the state it leads to, and who may
 * take it. The service enforces this on every call, whatever the UI shows.
 */
public enum Transition {

    /** The author, or an editor of the article's office, sends the draft to review. */
    SUBMIT(Set.of(DRAFT, CHANGES_REQUESTED), IN_REVIEW) {
        @Override
        boolean allows(StaffMember actor, String officeCode, long authorId) {
            return isAuthor(actor, officeCode, authorId) || isEditorOf(actor, officeCode);
        }
    },
    /** An editor of the office, who did not write the article, approves it and it goes live at once. */
    APPROVE_AND_PUBLISH(Set.of(IN_REVIEW), PUBLISHED) {
        @Override
        boolean allows(StaffMember actor, String officeCode, long authorId) {
            return isEditorOf(actor, officeCode) && actor.id() != authorId;
        }
    },
    /** An editor of the office, who did not write the article, sends it back with a reason. */
    REQUEST_CHANGES(Set.of(IN_REVIEW), CHANGES_REQUESTED) {
        @Override
        boolean allows(StaffMember actor, String officeCode, long authorId) {
            return isEditorOf(actor, officeCode) && actor.id() != authorId;
        }
    };

    private final Set<ArticleState> from;
    private final ArticleState to;

    Transition(Set<ArticleState> from, ArticleState to) {
        this.from = from;
        this.to = to;
    }

    public ArticleState to() {
        return to;
    }

    public boolean startsFrom(ArticleState state) {
        return from.contains(state);
    }

    /** Whether the actor may take this transition on an article of the given office and author. */
    abstract boolean allows(StaffMember actor, String officeCode, long authorId);

    /** Whether the actor may take this transition on the article now (its state included). */
    public boolean isAvailable(StaffMember actor, Article article) {
        return startsFrom(article.state()) && allows(actor, article.officeCode(), article.authorId());
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
     * Who may change the text: the author while the article is a draft or sent back; editors of the office
     * while it is not yet published (editing a live article comes with pending revisions).
     */
    public static boolean mayEdit(StaffMember actor, Article article) {
        return switch (article.state()) {
            case DRAFT, CHANGES_REQUESTED -> isAuthor(actor, article.officeCode(), article.authorId())
                    || isEditorOf(actor, article.officeCode());
            case IN_REVIEW -> isEditorOf(actor, article.officeCode());
            case PUBLISHED -> false;
        };
    }

    /** Who may see an article in the desk at all: its author, and the editors of its office. */
    static boolean maySee(StaffMember actor, String officeCode, long authorId) {
        return isAuthor(actor, officeCode, authorId) || isEditorOf(actor, officeCode);
    }
}
