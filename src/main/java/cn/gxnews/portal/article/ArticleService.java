package cn.gxnews.portal.article;

import cn.gxnews.portal.base.NotAllowedException;
import cn.gxnews.portal.article.query.ArticleListQuery;
import cn.gxnews.portal.article.repository.ArticleRepository;
import cn.gxnews.portal.article.repository.AutosaveRepository;
import cn.gxnews.portal.security.CurrentUser;
import cn.gxnews.portal.security.Roles;
import cn.gxnews.portal.security.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writing articles: drafts, revisions, autosaves, and the writer's transitions (submit, withdraw); the editors'
 * decisions are the editorial review's. Every method decides from the signed-in member
 * (never from the caller's word) which office and which articles it may touch; an article the member may
 * not see is reported as not found. Each transition is one transaction that writes exactly one workflow
 * event; a save or transition based on an old version is refused and writes nothing.
 */
@Service
public class ArticleService {

    private static final String STAFF = "hasAnyRole('" + Roles.AUTHOR + "', '" + Roles.EDITOR + "')";
    /** Who may read an article they may see: its writers, and the company's publishers who review it. */
    private static final String READERS = "hasAnyRole('" + Roles.AUTHOR + "', '" + Roles.EDITOR + "', '"
            + Roles.PUBLISHER + "')";

    private final ArticleRepository articles;
    private final AutosaveRepository autosaves;
    private final ArticleListQuery lists;
    private final EditLockService locks;
    private final SensitiveWordService sensitiveWords;
    private final DraftChecks checks;
    private final CurrentUser currentUser;
    private final Workflow workflow;

    ArticleService(ArticleRepository articles, AutosaveRepository autosaves, ArticleListQuery lists,
                   EditLockService locks, SensitiveWordService sensitiveWords, DraftChecks checks,
                   CurrentUser currentUser, Workflow workflow) {
        this.articles = articles;
        this.autosaves = autosaves;
        this.lists = lists;
        this.locks = locks;
        this.sensitiveWords = sensitiveWords;
        this.checks = checks;
        this.currentUser = currentUser;
        this.workflow = workflow;
    }

    /** Starts a draft in the member's own office; an empty text starts nothing ({@link EmptyDraftException}). */
    @PreAuthorize(STAFF)
    @Transactional
    public Article createDraft(ArticleDraft content) {
        StaffMember actor = currentUser.require();
        String office = actor.officeCode();
        if (office == null) {
            throw new NotAllowedException("error.article.noOffice");
        }
        if (content.isEmpty()) {
            throw new EmptyDraftException();
        }
        checks.checkLimits(content);
        checks.checkPhotos(content, office);
        var created = articles.insert(office, actor.id(), content);
        workflow.created(created, office, actor, content.title());
        return load(created.id(), actor);
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Article find(ArticleId id) {
        return load(id, currentUser.require());
    }

    /**
     * Saves the text as a new revision. The first save of a new revision of a published (or unpublished)
     * article starts a new draft; readers keep seeing the published revision until that draft is approved.
     *
     * @param expectedVersion the version the user started from; a newer one in the database means someone
     *                        else saved first, and nothing is written
     */
    @PreAuthorize(STAFF)
    @Transactional
    public Article save(ArticleId id, int expectedVersion, ArticleDraft content) {
        StaffMember actor = currentUser.require();
        Article article = loadForEdit(id, expectedVersion, actor);
        checks.checkLimits(content);
        checks.checkPhotos(content, article.officeCode());
        return writeRevision(actor, article, content, null);
    }

    /** Makes an older revision's text the working text again, as a new revision (nothing is lost). */
    @PreAuthorize(STAFF)
    @Transactional
    public Article restore(ArticleId id, int expectedVersion, int revisionNumber) {
        StaffMember actor = currentUser.require();
        Article article = loadForEdit(id, expectedVersion, actor);
        Revision old = articles.revisions(id).stream().filter(r -> r.number() == revisionNumber).findFirst()
                .orElseThrow(() -> new ArticleNotFoundException(id));
        checks.checkLimits(old.content());
        return writeRevision(actor, article, old.content(), revisionNumber);
    }

    /** The article, if the member may change its text now: the version they saw, and nobody else's lock. */
    private Article loadForEdit(ArticleId id, int expectedVersion, StaffMember actor) {
        Article article = load(id, actor);
        if (article.version() != expectedVersion) {
            throw stale(id);
        }
        if (article.binned() && Transition.maySee(actor, article)) {
            throw new NotAllowedException("error.article.binned");
        }
        if (!Transition.mayEdit(actor, article)) {
            throw new NotAllowedException("error.article.mayNotEdit");
        }
        locks.checkNotHeldByOther(id, actor);
        return article;
    }

    private Article writeRevision(StaffMember actor, Article article, ArticleDraft content,
                                  @Nullable Integer restoredFrom) {
        ArticleId id = article.id();
        if (articles.lockForWrite(id).filter(version -> version == article.version()).isEmpty()) {
            throw stale(id);
        }
        long revisionId = articles.insertRevision(id, content, actor.id(), restoredFrom);
        if (Transition.EDIT.startsFrom(article)) {
            workflow.write(Transition.EDIT, article, actor, null, null, null, false, revisionId);
        } else if (!articles.updateWorkingRevision(id, article.version(), revisionId, actor.id())) {
            throw stale(id);
        }
        autosaves.delete(id, actor.id());
        return load(id, actor);
    }

    /**
     * Sends the article to review; the title, summary and body must be there, every photo needs its image,
     * caption and alt text, and the text must be free of sensitive words.
     */
    @PreAuthorize(STAFF)
    @Transactional
    public Article submit(ArticleId id, int expectedVersion) {
        return workflow.take(TransitionRequest.of(Transition.SUBMIT, id, expectedVersion));
    }

    /** Takes the article out of review (or off its schedule) and back to a draft. */
    @PreAuthorize(STAFF)
    @Transactional
    public Article withdraw(ArticleId id, int expectedVersion) {
        return workflow.take(TransitionRequest.of(Transition.WITHDRAW, id, expectedVersion));
    }

    /** Every revision of the article, newest first. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<Revision> revisions(ArticleId id) {
        load(id, currentUser.require());
        return articles.revisions(id);
    }

    /**
     * Refuses, with every reason at once, a text that could not be submitted as it is, so the desk can say so
     * before it writes anything: a refused submission then leaves no trace (and a new article no draft).
     */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public void checkSubmittable(ArticleDraft content) {
        checks.checkLimits(content);
        checks.checkComplete(content, DraftIncompleteException.NOT_SUBMITTABLE);
    }

    /** The sensitive words in a text, for showing the writer before they submit. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<SensitiveWordService.Hit> sensitiveWordsIn(ArticleDraft content) {
        return sensitiveWords.findIn(content);
    }

    /**
     * Keeps what the member typed since their last save (not a revision), so a closed tab loses only the
     * last few seconds. Saving the article discards it. It remembers what the text was typed on, so that
     * restoring it after someone else saved merges it with the latest text ({@link ArticleMerge}) instead of
     * putting it on top; and a save based on that old version is refused like any stale save.
     *
     * @param baseVersion  the article's version the member's editor shows
     * @param baseRevision the number of the revision the member's editor started from
     */
    @PreAuthorize(STAFF)
    @Transactional
    public void autosave(ArticleId id, int baseVersion, int baseRevision, ArticleDraft content) {
        StaffMember actor = currentUser.require();
        Article article = load(id, actor);
        if (!Transition.mayEdit(actor, article)) {
            throw new NotAllowedException("error.article.mayNotEdit");
        }
        if (baseVersion > article.version() || baseRevision < 1 || baseRevision > article.working().number()) {
            throw new IllegalArgumentException("article " + id + " has no version " + baseVersion
                    + " with revision " + baseRevision);
        }
        checks.checkLimits(content);
        checks.checkPhotos(content, article.officeCode());
        autosaves.upsert(id, actor.id(), baseVersion, baseRevision, content);
    }

    /**
     * What the member typed but did not save, if it differs from the working text; with the revision it was
     * typed on, for merging it when the article changed since ({@link Autosave#isOlderThan}).
     */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public Optional<Autosave> findAutosave(ArticleId id) {
        StaffMember actor = currentUser.require();
        Article article = load(id, actor);
        return autosaves.find(id, actor.id()).filter(a -> !a.content().equals(article.working().content()));
    }

    /** Forgets the member's unsaved text of the article. */
    @PreAuthorize(STAFF)
    @Transactional
    public void discardAutosave(ArticleId id) {
        StaffMember actor = currentUser.require();
        load(id, actor);
        autosaves.delete(id, actor.id());
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

    private Article load(ArticleId id, StaffMember actor) {
        return workflow.load(id, actor);
    }

    private StaleArticleException stale(ArticleId id) {
        return workflow.stale(id);
    }
}
