package cn.gxnews.portal.news;

import cn.gxnews.portal.base.MessageKey;
import cn.gxnews.portal.base.PlainText;
import cn.gxnews.portal.media.MediaService;
import cn.gxnews.portal.news.query.ArticleListQuery;
import cn.gxnews.portal.news.repository.ArticleRepository;
import cn.gxnews.portal.news.repository.AutosaveRepository;
import cn.gxnews.portal.security.CurrentUser;
import cn.gxnews.portal.security.Roles;
import cn.gxnews.portal.security.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writing articles and moving them through the workflow. Every method decides from the signed-in member
 * (never from the caller's word) which office and which articles it may touch; an article the member may
 * not see is reported as not found. Each transition is one transaction that writes exactly one workflow
 * event; a save or transition based on an old version is refused and writes nothing.
 */
@Service
public class ArticleService {

    private static final String STAFF = "hasAnyRole('" + Roles.AUTHOR + "', '" + Roles.EDITOR + "')";
    private static final String EDITOR = "hasRole('" + Roles.EDITOR + "')";
    private static final java.util.regex.Pattern SHA256 = java.util.regex.Pattern.compile("[0-9a-f]{64}");

    private final ArticleRepository articles;
    private final AutosaveRepository autosaves;
    private final ArticleListQuery lists;
    private final EditLockService locks;
    private final SensitiveWordService sensitiveWords;
    private final CurrentUser currentUser;
    private final Workflow workflow;
    private final MediaService media;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticleService(ArticleRepository articles, AutosaveRepository autosaves, ArticleListQuery lists,
                   EditLockService locks, SensitiveWordService sensitiveWords, CurrentUser currentUser,
                   Workflow workflow, MediaService media, ApplicationEventPublisher events, Clock clock) {
        this.articles = articles;
        this.autosaves = autosaves;
        this.lists = lists;
        this.locks = locks;
        this.sensitiveWords = sensitiveWords;
        this.currentUser = currentUser;
        this.workflow = workflow;
        this.media = media;
        this.events = events;
        this.clock = clock;
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
        checkLimits(content);
        checkPhotos(content, office);
        var created = articles.insert(office, actor.id(), content);
        long eventId = articles.insertEvent(created.id(), created.revisionId(), null, ArticleState.DRAFT, null,
                actor.id(), null, false);
        events.publishEvent(new ArticleTransitioned(created.id(), eventId, null, office, actor.id(), actor.id(),
                content.title()));
        return load(created.id(), actor);
    }

    @PreAuthorize(STAFF)
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
        Article article = load(id, actor);
        if (article.version() != expectedVersion) {
            throw stale(id);
        }
        if (!Transition.mayEdit(actor, article)) {
            throw new NotAllowedException("error.article.mayNotEdit");
        }
        locks.checkNotHeldByOther(id, actor);
        checkLimits(content);
        checkPhotos(content, article.officeCode());
        return writeRevision(actor, article, content, null);
    }

    /** Makes an older revision's text the working text again, as a new revision (nothing is lost). */
    @PreAuthorize(STAFF)
    @Transactional
    public Article restore(ArticleId id, int expectedVersion, int revisionNumber) {
        StaffMember actor = currentUser.require();
        Article article = load(id, actor);
        if (article.version() != expectedVersion) {
            throw stale(id);
        }
        if (!Transition.mayEdit(actor, article)) {
            throw new NotAllowedException("error.article.mayNotEdit");
        }
        locks.checkNotHeldByOther(id, actor);
        Revision old = articles.revisions(id).stream().filter(r -> r.number() == revisionNumber).findFirst()
                .orElseThrow(() -> new ArticleNotFoundException(id));
        checkLimits(old.content());
        return writeRevision(actor, article, old.content(), revisionNumber);
    }

    private Article writeRevision(StaffMember actor, Article article, ArticleDraft content,
                                  @Nullable Integer restoredFrom) {
        ArticleId id = article.id();
        if (articles.lockForWrite(id).filter(version -> version == article.version()).isEmpty()) {
            throw stale(id);
        }
        long revisionId = articles.insertRevision(id.value(), content, actor.id(), restoredFrom);
        if (Transition.EDIT.startsFrom(article)) {
            workflow.apply(Transition.EDIT, article, actor, null, null, article.unpublishAt(), false, revisionId);
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
        return take(Transition.SUBMIT, id, expectedVersion, null, null, null);
    }

    /** Takes the article out of review (or off its schedule) and back to a draft. */
    @PreAuthorize(STAFF)
    @Transactional
    public Article withdraw(ArticleId id, int expectedVersion) {
        return take(Transition.WITHDRAW, id, expectedVersion, null, null, null);
    }

    /** Sends the article back to its author; the reason is required and shown to the author. */
    @PreAuthorize(EDITOR)
    @Transactional
    public Article requestChanges(ArticleId id, int expectedVersion, String reason) {
        if (reason.isBlank()) {
            throw new DraftIncompleteException(List.of("error.changes.reasonRequired"));
        }
        PlainText.check("review.reason", reason, true);
        return take(Transition.REQUEST_CHANGES, id, expectedVersion, reason.strip(), null, null);
    }

    /**
     * Approves the article and puts it online at once. The editor must not have written or changed the revision,
     * and it must pass the checks of submission again.
     *
     * @param unpublishAt when it should go offline by itself, if ever
     */
    @PreAuthorize(EDITOR)
    @Transactional
    public Article approveAndPublish(ArticleId id, int expectedVersion, @Nullable Instant unpublishAt) {
        checkUnpublishTime(clock.instant(), unpublishAt);
        return take(Transition.APPROVE_AND_PUBLISH, id, expectedVersion, null, null, unpublishAt);
    }

    /** Approves the article and puts it online at once, with no end date. */
    @PreAuthorize(EDITOR)
    @Transactional
    public Article approveAndPublish(ArticleId id, int expectedVersion) {
        return approveAndPublish(id, expectedVersion, null);
    }

    /**
     * Approves the article to go online at a later time (and optionally offline again later still); the same
     * rules as {@link #approveAndPublish(ArticleId, int, Instant)}.
     */
    @PreAuthorize(EDITOR)
    @Transactional
    public Article approveAndSchedule(ArticleId id, int expectedVersion, Instant publishAt,
                                      @Nullable Instant unpublishAt) {
        if (!publishAt.isAfter(clock.instant())) {
            throw new DraftIncompleteException(List.of("error.schedule.publishInPast"));
        }
        checkUnpublishTime(publishAt, unpublishAt);
        return take(Transition.APPROVE_AND_SCHEDULE, id, expectedVersion, null, publishAt, unpublishAt);
    }

    /** Takes the article offline; an edit in progress stays where it is. */
    @PreAuthorize(EDITOR)
    @Transactional
    public Article unpublish(ArticleId id, int expectedVersion) {
        return take(Transition.UNPUBLISH, id, expectedVersion, null, null, null);
    }

    /** Puts the last published revision back online. */
    @PreAuthorize(EDITOR)
    @Transactional
    public Article republish(ArticleId id, int expectedVersion) {
        return take(Transition.REPUBLISH, id, expectedVersion, null, null, null);
    }

    /** Every revision of the article, newest first. */
    @PreAuthorize(STAFF)
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
        checkLimits(content);
        checkComplete(content, "error.draft.incomplete");
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
        checkLimits(content);
        checkPhotos(content, article.officeCode());
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

    private Article take(Transition transition, ArticleId id, int expectedVersion, @Nullable String comment,
                         @Nullable Instant publishAt, @Nullable Instant unpublishAt) {
        StaffMember actor = currentUser.require();
        Article article = load(id, actor);
        if (article.version() != expectedVersion) {
            throw stale(id);
        }
        if (!transition.allows(actor, article)) {
            throw new NotAllowedException(transition.refusesOwnRevision(actor, article)
                    ? "error.transition.ownRevision" : "error.transition.notAllowed",
                    new MessageKey(transition.messageKey()));
        }
        if (!transition.startsFrom(article)) {
            throw new NotAllowedException("error.transition.wrongState", new MessageKey(transition.messageKey()),
                    new MessageKey(article.state().messageKey()));
        }
        switch (transition) {
            case SUBMIT -> checkComplete(article.working().content(), "error.draft.incomplete");
            // the same checks again: the sensitive-word list or the text may have changed since submission
            case APPROVE_AND_PUBLISH, APPROVE_AND_SCHEDULE ->
                    checkComplete(article.working().content(), DraftIncompleteException.NOT_APPROVABLE);
            default -> {
            }
        }
        Instant keepUnpublish = switch (transition) {
            case APPROVE_AND_PUBLISH, APPROVE_AND_SCHEDULE -> unpublishAt;
            case UNPUBLISH, REPUBLISH -> null;
            default -> article.unpublishAt();
        };
        workflow.apply(transition, article, actor, comment, publishAt, keepUnpublish, false, null);
        return load(id, actor);
    }

    private Article load(ArticleId id, StaffMember actor) {
        return articles.find(id, ArticleScope.of(actor)).orElseThrow(() -> new ArticleNotFoundException(id));
    }

    private StaleArticleException stale(ArticleId id) {
        return workflow.stale(id);
    }

    private static void checkUnpublishTime(Instant onlineFrom, @Nullable Instant unpublishAt) {
        if (unpublishAt != null && !unpublishAt.isAfter(onlineFrom)) {
            throw new DraftIncompleteException(List.of("error.schedule.unpublishBeforePublish"));
        }
    }

    /** An article may show only photos from its own office's library; a photo is named by its SHA-256. */
    private void checkPhotos(ArticleDraft content, String officeCode) {
        java.util.Set<String> used = new java.util.HashSet<>();
        content.photos().stream().map(Block.Photo::mediaSha256).filter(java.util.Objects::nonNull).forEach(used::add);
        if (content.coverSha256() != null) {
            used.add(content.coverSha256());
        }
        if (used.stream().anyMatch(sha256 -> !SHA256.matcher(sha256).matches())
                || !used.isEmpty() && !media.allInLibrary(used, officeCode)) {
            throw new NotAllowedException("error.article.foreignPhoto");
        }
    }

    /** What every stored revision and autosave must meet: the lengths, and only characters the portal stores. */
    private static void checkLimits(ArticleDraft content) {
        List<String> problems = new ArrayList<>();
        if (content.title().length() > ArticleDraft.TITLE_MAX) {
            problems.add("error.draft.titleTooLong");
        }
        if (!PlainText.acceptable(content.title(), false)) {
            problems.add("error.draft.titleCharacters");
        }
        if (content.summary().length() > ArticleDraft.SUMMARY_MAX) {
            problems.add("error.draft.summaryTooLong");
        }
        if (!PlainText.acceptable(content.summary(), true)) {
            problems.add("error.draft.summaryCharacters");
        }
        if (!content.body().stream().allMatch(ArticleService::acceptable)) {
            problems.add("error.draft.bodyCharacters");
        }
        if (!problems.isEmpty()) {
            throw new DraftIncompleteException(problems);
        }
    }

    /** Text blocks may hold several lines; a photo's caption, credit and alt text are one line each. */
    private static boolean acceptable(Block block) {
        return block instanceof Block.Photo photo
                ? PlainText.acceptable(photo.caption(), false) && PlainText.acceptable(photo.credit(), false)
                && PlainText.acceptable(photo.alt(), false)
                : PlainText.acceptable(block.text(), true);
    }

    /**
     * What submission and approval both require: title, summary, body, an image, caption and alt text for every
     * photo, and no sensitive word.
     *
     * @param messageKey what the refusal says as a whole (cannot be submitted, cannot be approved)
     */
    private void checkComplete(ArticleDraft content, String messageKey) {
        List<String> problems = new ArrayList<>();
        if (content.title().isBlank()) {
            problems.add("error.draft.titleMissing");
        }
        if (content.summary().isBlank()) {
            problems.add("error.draft.summaryMissing");
        }
        if (!content.hasText()) {
            problems.add("error.draft.bodyMissing");
        }
        for (Block.Photo photo : content.photos()) {
            if (photo.mediaSha256() == null) {
                problems.add("error.draft.photoMissing");
            }
            if (photo.caption().isBlank()) {
                problems.add("error.draft.captionMissing");
            }
            if (photo.alt().isBlank()) {
                problems.add("error.draft.altMissing");
            }
        }
        problems = problems.stream().distinct().collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        List<SensitiveWordService.Hit> hits = sensitiveWords.findIn(content);
        if (!hits.isEmpty()) {
            problems.add("error.draft.sensitiveWords");
        }
        if (!problems.isEmpty()) {
            throw new DraftIncompleteException(messageKey, problems, hits.stream()
                    .map(SensitiveWordService.Hit::word).distinct().toList());
        }
    }
}
