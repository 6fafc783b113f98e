package cn.gxnews.portal.news;

import cn.gxnews.portal.base.MessageKey;
import cn.gxnews.portal.news.query.ArticleListQuery;
import cn.gxnews.portal.news.repository.ArticleRepository;
import cn.gxnews.portal.security.CurrentUser;
import cn.gxnews.portal.security.Roles;
import cn.gxnews.portal.security.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writing articles and moving them through the workflow. Every method decides from the signed-in member
 * (never from the caller's word) which office and which articles it may touch; an article the member may
 * not see is reported as not found. Each transition is one transaction that writes exactly one workflow event.
 */
@Service
public class ArticleService {

    private static final String STAFF = "hasAnyRole('" + Roles.AUTHOR + "', '" + Roles.EDITOR + "')";
    private static final String EDITOR = "hasRole('" + Roles.EDITOR + "')";

    private final ArticleRepository articles;
    private final ArticleListQuery lists;
    private final CurrentUser currentUser;

    ArticleService(ArticleRepository articles, ArticleListQuery lists, CurrentUser currentUser) {
        this.articles = articles;
        this.lists = lists;
        this.currentUser = currentUser;
    }

    /** Starts a draft in the member's own office. */
    @PreAuthorize(STAFF)
    @Transactional
    public Article createDraft(ArticleDraft content) {
        StaffMember actor = currentUser.require();
        String office = actor.officeCode();
        if (office == null) {
            throw new NotAllowedException("error.article.noOffice");
        }
        checkLimits(content);
        var created = articles.insert(office, actor.id(), content);
        articles.insertEvent(created.id(), created.revisionId(), null, ArticleState.DRAFT, actor.id(), null);
        return load(created.id(), actor);
    }

    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public Article find(ArticleId id) {
        return load(id, currentUser.require());
    }

    /**
     * Saves the text as a new revision.
     *
     * @param expectedVersion the version the user started from; a newer one in the database means someone
     *                        else saved first, and nothing is written
     */
    @PreAuthorize(STAFF)
    @Transactional
    public Article save(ArticleId id, int expectedVersion, ArticleDraft content) {
        StaffMember actor = currentUser.require();
        Article article = load(id, actor);
        if (article.version() != expectedVersion) {
            throw stale(id);
        }
        if (!Transition.mayEdit(actor, article)) {
            throw new NotAllowedException("error.article.mayNotEdit");
        }
        checkLimits(content);
        long revisionId = articles.insertRevision(id.value(), content, actor.id());
        if (!articles.updateWorkingRevision(id, expectedVersion, revisionId, actor.id())) {
            throw stale(id);
        }
        return load(id, actor);
    }

    /** Sends the article to review; the title, summary and body must be there. */
    @PreAuthorize(STAFF)
    @Transactional
    public Article submit(ArticleId id, int expectedVersion) {
        return take(Transition.SUBMIT, id, expectedVersion, null);
    }

    @PreAuthorize(EDITOR)
    @Transactional
    public Article approveAndPublish(ArticleId id, int expectedVersion) {
        return take(Transition.APPROVE_AND_PUBLISH, id, expectedVersion, null);
    }

    /** Sends the article back to its author; the reason is required and shown to the author. */
    @PreAuthorize(EDITOR)
    @Transactional
    public Article requestChanges(ArticleId id, int expectedVersion, String reason) {
        if (reason.isBlank()) {
            throw new DraftIncompleteException(List.of("error.changes.reasonRequired"));
        }
        return take(Transition.REQUEST_CHANGES, id, expectedVersion, reason.strip());
    }

    /** The articles the signed-in member wrote, most recently changed first. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public Stream<ArticleListItem> findMine(int offset, int limit) {
        StaffMember actor = currentUser.require();
        if (actor.officeCode() == null) {
            return Stream.empty();
        }
        return lists.findByAuthor(actor.id(), actor.officeCode(), offset, limit);
    }

    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public int countMine() {
        StaffMember actor = currentUser.require();
        return actor.officeCode() == null ? 0 : lists.countByAuthor(actor.id(), actor.officeCode());
    }

    private Article take(Transition transition, ArticleId id, int expectedVersion, @Nullable String comment) {
        StaffMember actor = currentUser.require();
        Article article = load(id, actor);
        if (article.version() != expectedVersion) {
            throw stale(id);
        }
        if (!transition.allows(actor, article.officeCode(), article.authorId())) {
            throw new NotAllowedException("error.transition.notAllowed", new MessageKey(transition.messageKey()));
        }
        if (!transition.startsFrom(article.state())) {
            throw new NotAllowedException("error.transition.wrongState", new MessageKey(transition.messageKey()),
                    new MessageKey(article.state().messageKey()));
        }
        if (transition == Transition.SUBMIT) {
            checkComplete(article.working().content());
        }
        if (!articles.updateState(id, expectedVersion, article.state(), transition.to(), actor.id())) {
            throw stale(id);
        }
        articles.insertEvent(id, article.working().id(), article.state(), transition.to(), actor.id(), comment);
        return load(id, actor);
    }

    private Article load(ArticleId id, StaffMember actor) {
        return articles.find(id, ArticleScope.of(actor)).orElseThrow(() -> new ArticleNotFoundException(id));
    }

    private StaleArticleException stale(ArticleId id) {
        var change = articles.lastChange(id).orElseThrow(() -> new ArticleNotFoundException(id));
        return new StaleArticleException(change.by(), change.at());
    }

    private static void checkLimits(ArticleDraft content) {
        List<String> problems = new ArrayList<>();
        if (content.title().length() > ArticleDraft.TITLE_MAX) {
            problems.add("error.draft.titleTooLong");
        }
        if (content.summary().length() > ArticleDraft.SUMMARY_MAX) {
            problems.add("error.draft.summaryTooLong");
        }
        if (!problems.isEmpty()) {
            throw new DraftIncompleteException(problems);
        }
    }

    private static void checkComplete(ArticleDraft content) {
        List<String> problems = new ArrayList<>();
        if (content.title().isBlank()) {
            problems.add("error.draft.titleMissing");
        }
        if (content.summary().isBlank()) {
            problems.add("error.draft.summaryMissing");
        }
        if (content.body().stream().noneMatch(p -> !ArticleDraft.isCaption(p))) {
            problems.add("error.draft.bodyMissing");
        }
        if (!problems.isEmpty()) {
            throw new DraftIncompleteException(problems);
        }
    }
}
