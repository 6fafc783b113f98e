package cn.gxnews.portal.article.ui;

import cn.gxnews.portal.base.PortalException;
import cn.gxnews.portal.base.Translations;
import cn.gxnews.portal.base.ui.Notices;
import cn.gxnews.portal.media.MediaService;
import cn.gxnews.portal.media.StoredPhoto;
import cn.gxnews.portal.article.Article;
import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.ArticleNotFoundException;
import cn.gxnews.portal.article.ArticleService;
import cn.gxnews.portal.article.ArticleState;
import cn.gxnews.portal.article.Autosave;
import cn.gxnews.portal.article.DraftIncompleteException;
import cn.gxnews.portal.article.DraftProblem;
import cn.gxnews.portal.article.EditLock;
import cn.gxnews.portal.article.EditLockService;
import cn.gxnews.portal.article.SensitiveWordService;
import cn.gxnews.portal.article.StaleArticleException;
import cn.gxnews.portal.article.Transition;
import cn.gxnews.portal.article.CommentService;
import cn.gxnews.portal.security.CurrentUser;
import cn.gxnews.portal.security.Roles;
import cn.gxnews.portal.security.StaffMember;
import cn.gxnews.portal.security.StaffRole;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Writing one article: title, summary and body (one paragraph per line, ▲ lines are photo captions), saved
 * as a new revision and submitted for review. Nothing the user types is lost: it is autosaved every few
 * seconds; a save refused because someone else saved first, or an autosave typed on an older version, opens
 * a merge that carries the user's changes over onto the latest version without undoing anybody else's
 * ({@link MergeDialog}); and while one member edits, a soft lock tells everyone else who it is. A refused
 * save or submission never says it saved, and an editor left empty creates no draft.
 */
@Route("article")
@RolesAllowed({Roles.AUTHOR, Roles.EDITOR})
class ArticleEditorView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    /** The URL parameter that opens an empty editor for a new draft. */
    static final String NEW = "new";
    private static final int AUTOSAVE_AFTER_MS = 2000;

    private final ArticleService articles;
    private final EditLockService locks;
    private final CommentService comments;
    private final MediaService media;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final H2 heading = new H2();
    private final Span status = new Span();
    private final Span publication = new Span();
    private final Div lockBanner = new Div();
    private final Div autosaveBanner = new Div();
    private final Div changeRequest = new Div();
    private final Div sensitiveHits = new Div();
    private final TextField title = new TextField();
    private final TextArea summary = new TextArea();
    private final BlockEditor body;
    private final Div cover = new Div();
    private @Nullable String coverSha256;
    private final Span autosaveStatus = new Span();
    private final Button save = new Button();
    private final Button submit = new Button();
    private final Button withdraw = new Button();
    private final Button history = new Button();
    private final Div commentsArea = new Div();

    private @Nullable Article article;
    private boolean holdsLock;
    private boolean filling;
    private @Nullable Registration heartbeat;

    ArticleEditorView(ArticleService articles, EditLockService locks, CommentService comments, MediaService media,
                      CurrentUser currentUser, Clock clock) {
        this.articles = articles;
        this.locks = locks;
        this.comments = comments;
        this.media = media;
        this.currentUser = currentUser;
        this.clock = clock;
        this.body = new BlockEditor(media, () -> typed(true));
        setMaxWidth("60rem");

        status.addClassName("article-status");
        publication.addClassName("article-publication");
        lockBanner.addClassName("lock-banner");
        autosaveBanner.addClassName("autosave-banner");
        changeRequest.addClassName("change-request");
        sensitiveHits.addClassName("sensitive-hits");
        autosaveStatus.addClassName("autosave-status");
        for (Div banner : List.of(lockBanner, autosaveBanner, changeRequest, sensitiveHits)) {
            banner.setVisible(false);
        }

        title.setLabel(getTranslation("article.title"));
        title.setMaxLength(ArticleDraft.TITLE_MAX);
        title.setWidthFull();
        summary.setLabel(getTranslation("article.summary"));
        summary.setMaxLength(ArticleDraft.SUMMARY_MAX);
        summary.setWidthFull();
        title.setValueChangeMode(ValueChangeMode.TIMEOUT);
        summary.setValueChangeMode(ValueChangeMode.TIMEOUT);
        title.setValueChangeTimeout(AUTOSAVE_AFTER_MS);
        summary.setValueChangeTimeout(AUTOSAVE_AFTER_MS);
        title.addValueChangeListener(change -> typed(change.isFromClient()));
        summary.addValueChangeListener(change -> typed(change.isFromClient()));
        cover.addClassName("article-cover");

        save.setText(getTranslation("editor.save"));
        save.addClickListener(click -> save(true));
        submit.setText(getTranslation("editor.submit"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickListener(click -> submit());
        withdraw.setText(getTranslation("transition.WITHDRAW"));
        withdraw.addClickListener(click -> withdraw());
        history.setText(getTranslation("editor.history"));
        history.addThemeVariants(ButtonVariant.TERTIARY);
        history.addClickListener(click -> {
            if (article != null) {
                getUI().ifPresent(ui -> ui.navigate(RevisionHistoryView.class, article.id().value()));
            }
        });

        add(heading, status, publication, lockBanner, autosaveBanner, changeRequest, title, summary, cover, body,
                sensitiveHits, new HorizontalLayout(save, submit, withdraw, history), autosaveStatus, commentsArea);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        if (NEW.equals(parameter)) {
            show(null);
            return;
        }
        try {
            Article opened = articles.find(new ArticleId(Long.parseLong(parameter)));
            show(opened);
            claimLock(opened);
            offerAutosave(opened);
            commentsArea.removeAll();
            commentsArea.add(new CommentsPanel(comments, opened.id()));
        } catch (NumberFormatException | ArticleNotFoundException e) {
            heading.setText(getTranslation("error.article.notFound", parameter));
            removeAll();
            add(heading);
        }
    }

    /** Shows the article and its text (or an empty new draft). */
    private void show(@Nullable Article shown) {
        this.article = shown;
        StaffMember member = currentUser.require();
        if (shown == null) {
            heading.setText(getTranslation("editor.newHeading"));
            status.setText(getTranslation("state.DRAFT"));
            boolean canWrite = member.officeCode() != null;
            setEditable(canWrite);
            submit.setVisible(canWrite);
            withdraw.setVisible(false);
            history.setVisible(false);
            return;
        }
        heading.setText(getTranslation("editor.heading"));
        fill(shown.working().content());
        showState(shown);
        showChangeRequest(shown);
        setEditable(Transition.mayEdit(member, shown));
    }

    private void showState(Article shown) {
        StaffMember member = currentUser.require();
        status.setText(getTranslation("editor.status", getTranslation(shown.state().messageKey()),
                shown.working().number(), shown.updatedByName() == null ? getTranslation("scheduler.name")
                        : shown.updatedByName(), Translations.formatDateTime(shown.updatedAt())));
        publication.setText(publicationText(shown));
        submit.setVisible(Transition.SUBMIT.isAvailable(member, shown));
        withdraw.setVisible(Transition.WITHDRAW.isAvailable(member, shown));
        history.setVisible(true);
    }

    private String publicationText(Article shown) {
        String text;
        if (shown.state() == ArticleState.SCHEDULED && shown.publishAt() != null) {
            text = getTranslation("publication.scheduled", Translations.formatDateTime(shown.publishAt()));
        } else if (shown.live() && shown.hasPendingEdit()) {
            text = getTranslation("publication.livePending", shown.publishedRevisionNumber().orElse(0));
        } else if (shown.live()) {
            text = getTranslation("publication.live");
        } else if (shown.publishedRevisionId() != null) {
            text = getTranslation("publication.offline");
        } else {
            text = getTranslation("publication.never");
        }
        if (shown.unpublishAt() != null) {
            text += getTranslation("publication.unpublishAt", Translations.formatDateTime(shown.unpublishAt()));
        }
        return text;
    }

    private void showChangeRequest(Article shown) {
        changeRequest.removeAll();
        shown.openChangeRequest().ifPresentOrElse(request -> {
            changeRequest.add(new Paragraph(getTranslation("editor.changeRequest", request.actorName(),
                    Translations.formatDateTime(request.occurredAt()))));
            Paragraph reason = new Paragraph(request.comment());
            reason.addClassName("change-request-reason");
            changeRequest.add(reason);
            changeRequest.setVisible(true);
        }, () -> changeRequest.setVisible(false));
    }

    private void fill(ArticleDraft content) {
        filling = true;
        try {
            title.setValue(content.title());
            summary.setValue(content.summary());
            body.setBlocks(content.body());
            coverSha256 = content.coverSha256();
            showCover();
        } finally {
            filling = false;
        }
    }

    /** The cover photo shown in lists, on the home page and in link previews. */
    private void showCover() {
        cover.removeAll();
        cover.add(new Span(getTranslation("cover.label")));
        if (coverSha256 != null) {
            Image image = new Image(StoredPhoto.url(coverSha256, 320), getTranslation("cover.label"));
            image.setWidth("160px");
            cover.add(image);
        }
        if (editable()) {
            Button choose = new Button(getTranslation(coverSha256 == null ? "cover.choose" : "cover.replace"),
                    click -> new PhotoPicker(media, item -> {
                        coverSha256 = item.sha256();
                        showCover();
                        typed(true);
                    }).open());
            choose.addThemeVariants(ButtonVariant.TERTIARY);
            cover.add(choose);
            if (coverSha256 != null) {
                Button remove = new Button(getTranslation("cover.remove"), click -> {
                    coverSha256 = null;
                    showCover();
                    typed(true);
                });
                remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                cover.add(remove);
            }
        }
    }

    private void setEditable(boolean editable) {
        title.setReadOnly(!editable);
        summary.setReadOnly(!editable);
        body.setReadOnly(!editable);
        save.setVisible(editable);
        showCover();
    }

    private boolean editable() {
        return !title.isReadOnly();
    }

    private ArticleDraft typed() {
        return new ArticleDraft(title.getValue(), summary.getValue(), body.getBlocks(), coverSha256);
    }

    // --- soft edit lock -------------------------------------------------------------------------------

    private void claimLock(Article opened) {
        holdsLock = false;
        lockBanner.setVisible(false);
        if (!Transition.mayEdit(currentUser.require(), opened)) {
            return;
        }
        Optional<EditLock> other = locks.acquire(opened.id());
        if (other.isPresent()) {
            showLockedBy(other.get());
            return;
        }
        holdsLock = true;
        startHeartbeat();
    }

    private void showLockedBy(EditLock lock) {
        setEditable(false);
        submit.setVisible(false);
        withdraw.setVisible(false);
        lockBanner.removeAll();
        lockBanner.add(new Paragraph(getTranslation("lock.heldBy", lock.holderName(),
                Translations.formatDateTime(lock.since()))));
        StaffMember member = currentUser.require();
        if (article != null && member.hasRole(StaffRole.EDITOR) && member.worksFor(article.officeCode())) {
            Button takeOver = new Button(getTranslation("lock.takeOver"), click -> takeOver());
            takeOver.addThemeVariants(ButtonVariant.ERROR);
            lockBanner.add(takeOver);
        }
        lockBanner.setVisible(true);
    }

    private void takeOver() {
        Article current = article;
        if (current == null) {
            return;
        }
        try {
            locks.takeOver(current.id());
            Article latest = articles.find(current.id());
            show(latest);
            holdsLock = true;
            lockBanner.setVisible(false);
            startHeartbeat();
            Notices.success(getTranslation("lock.takenOver"));
        } catch (PortalException e) {
            Notices.error(e);
        }
    }

    private void startHeartbeat() {
        getUI().ifPresent(this::startHeartbeat);
    }

    private void startHeartbeat(UI ui) {
        if (heartbeat != null || !holdsLock) {
            return;
        }
        ui.setPollInterval((int) locks.expiry().toMillis() / 3);
        heartbeat = ui.addPollListener(poll -> heartbeat());
    }

    /** Keeps the lock; when someone took it over, the fields stop accepting input (keeping what is there). */
    private void heartbeat() {
        Article current = article;
        if (current == null || !holdsLock) {
            return;
        }
        if (!locks.heartbeat(current.id())) {
            holdsLock = false;
            stopHeartbeat();
            locks.acquire(current.id()).ifPresent(this::showLockedBy);
        }
    }

    private void stopHeartbeat() {
        if (heartbeat != null) {
            heartbeat.remove();
            heartbeat = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        startHeartbeat(event.getUI());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopHeartbeat();
        if (holdsLock && article != null) {
            holdsLock = false;
            try {
                locks.release(article.id());
            } catch (RuntimeException e) {
                // The session is ending without its sign-in (it timed out): the lock expires by itself.
            }
        }
        super.onDetach(event);
    }

    // --- autosave -------------------------------------------------------------------------------------

    private void offerAutosave(Article opened) {
        autosaveBanner.removeAll();
        autosaveBanner.setVisible(false);
        if (!editable()) {
            return;
        }
        articles.findAutosave(opened.id()).ifPresent(autosave -> {
            autosaveBanner.add(new Paragraph(getTranslation("autosave.found",
                    Translations.formatDateTime(autosave.savedAt()))));
            Button restore = new Button(getTranslation("autosave.restore"), click -> restoreAutosave(autosave));
            restore.addThemeVariants(ButtonVariant.PRIMARY);
            Button discard = new Button(getTranslation("autosave.discard"), click -> {
                articles.discardAutosave(opened.id());
                autosaveBanner.setVisible(false);
            });
            autosaveBanner.add(new HorizontalLayout(restore, discard));
            autosaveBanner.setVisible(true);
        });
    }

    /**
     * Puts the autosaved text back. If the article changed since it was typed, the text is merged with the
     * latest one exactly like a stale save, so that nobody's later changes are undone by restoring it.
     */
    private void restoreAutosave(Autosave autosave) {
        Article opened = article;
        if (opened == null) {
            return;
        }
        Article latest = articles.find(opened.id());
        ArticleDraft base = autosave.base() == null ? null : autosave.base().content();
        if (!autosave.isOlderThan(latest) || latest.working().content().equals(base)) {
            article = latest;
            showState(latest);
            fill(autosave.content());
            autosaveBanner.setVisible(false);
            Notices.success(getTranslation("autosave.restored"));
            return;
        }
        String changedBy = latest.updatedByName() == null ? getTranslation("scheduler.name") : latest.updatedByName();
        String changedAt = Translations.formatDateTime(latest.updatedAt());
        String explanation = autosave.base() == null
                ? getTranslation("autosave.staleUnknownBase", changedBy, changedAt)
                : getTranslation("autosave.stale", autosave.base().number(), changedBy, changedAt);
        new MergeDialog(explanation, base, autosave.content(), latest.working().content(), merged -> {
            continueOn(latest, merged);
            autosaveBanner.setVisible(false);
            Notices.success(getTranslation("autosave.restored"));
        }, () -> {
            articles.discardAutosave(latest.id());
            show(latest);
            autosaveBanner.setVisible(false);
        }).open();
    }

    /**
     * Shows the merged text on top of the latest version, for the user to check and save, and autosaves it
     * there, so that a closed tab keeps the merge rather than the old text (or forgets the old text, when the
     * user kept the latest version everywhere).
     */
    private void continueOn(Article latest, ArticleDraft merged) {
        article = latest;
        showState(latest);
        showChangeRequest(latest);
        fill(merged);
        if (merged.equals(latest.working().content())) {
            articles.discardAutosave(latest.id());
        } else {
            typed(true);
        }
    }

    /** Keeps what was typed: the first words of a new article make it a draft, later ones an autosave. */
    private void typed(boolean fromUser) {
        if (filling || !fromUser || !editable()) {
            return;
        }
        try {
            Article current = article;
            if (current == null) {
                if (title.getValue().isBlank()) {
                    return;
                }
                Article created = articles.createDraft(typed());
                show(created);
                holdsLock = locks.acquire(created.id()).isEmpty();
                startHeartbeat();
                showAddressOf(created);
                commentsArea.add(new CommentsPanel(comments, created.id()));
            } else if (!typed().equals(current.working().content())) {
                articles.autosave(current.id(), current.version(), current.working().number(), typed());
            } else {
                return;
            }
            autosaveStatus.setText(getTranslation("autosave.savedAt", Translations.formatTime(clock.instant())));
        } catch (DraftIncompleteException e) {
            // what was typed cannot be kept as it is (a control character): say why, the fields keep it all
            autosaveStatus.setText(getTranslation("autosave.refused", e.problems().stream()
                    .map(problem -> getTranslation(problem.messageKey())).collect(java.util.stream.Collectors.joining("; "))));
        } catch (PortalException e) {
            autosaveStatus.setText(getTranslation("autosave.failed"));
        }
    }

    // --- save, submit, withdraw -----------------------------------------------------------------------

    /**
     * @param announce whether to confirm the save (not when it is only the first step of a submission, which
     *                 confirms or refuses by itself)
     * @return whether the text is now saved
     */
    private boolean save(boolean announce) {
        clearErrors();
        try {
            boolean created = article == null;
            Article saved = created
                    ? articles.createDraft(typed())
                    : articles.save(article.id(), article.version(), typed());
            article = saved;
            showState(saved);
            showChangeRequest(saved);
            autosaveBanner.setVisible(false);
            if (announce) {
                Notices.success(getTranslation("editor.saved"));
            }
            if (created) {
                holdsLock = locks.acquire(saved.id()).isEmpty();
                startHeartbeat();
                showAddressOf(saved);
                commentsArea.add(new CommentsPanel(comments, saved.id()));
            }
            return true;
        } catch (StaleArticleException e) {
            offerToCarryOver(e);
            return false;
        } catch (PortalException e) {
            refuse(e);
            return false;
        }
    }

    /** The address now names the saved draft, without leaving this view (and what is on it). */
    private void showAddressOf(Article saved) {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                RouteConfiguration.forSessionScope().getUrl(ArticleEditorView.class, saved.id().toString())));
    }

    /**
     * Submits what is on screen. Text that differs from the saved one is checked first and saved only if it
     * could be submitted: a refused submission writes nothing (and an empty new article creates no draft).
     */
    private void submit() {
        clearErrors();
        ArticleDraft text = typed();
        if (article == null || !text.equals(article.working().content())) {
            try {
                articles.checkSubmittable(text);
            } catch (PortalException e) {
                refuse(e);
                return;
            }
            if (!save(false)) {
                return;
            }
        }
        Article current = article;
        if (current == null) {
            return;
        }
        clearErrors();
        try {
            Article submitted = articles.submit(current.id(), current.version());
            article = submitted;
            show(submitted);
            Notices.success(getTranslation("editor.submitted"));
        } catch (PortalException e) {
            refuse(e);
        }
    }

    private void withdraw() {
        Article current = article;
        if (current == null) {
            return;
        }
        try {
            Article withdrawn = articles.withdraw(current.id(), current.version());
            show(withdrawn);
            claimLock(withdrawn);
            Notices.success(getTranslation("editor.withdrawn"));
        } catch (PortalException e) {
            refuse(e);
        }
    }

    /**
     * Someone else saved first. The user sees what the others and what they themselves changed since the
     * version they started from, and either carries their changes over onto the latest version (deciding
     * where both changed the same thing) or takes the latest text.
     */
    private void offerToCarryOver(StaleArticleException stale) {
        Article current = article;
        if (current == null) {
            return;
        }
        Article latest = articles.find(current.id());
        String explanation = getTranslation("conflict.explanation",
                stale.changedBy() == null ? getTranslation("scheduler.name") : stale.changedBy(),
                Translations.formatDateTime(stale.changedAt()));
        new MergeDialog(explanation, current.working().content(), typed(), latest.working().content(), merged -> {
            continueOn(latest, merged);
            Notices.success(getTranslation("conflict.keptMine"));
        }, () -> show(latest)).open();
    }

    /** Explains a refusal, marking each problem on the field it concerns; the fields keep what the user typed. */
    private void refuse(PortalException e) {
        if (e instanceof DraftIncompleteException incomplete) {
            for (DraftProblem problem : incomplete.problems()) {
                String message = getTranslation(problem.messageKey());
                switch (problem.field()) {
                    case TITLE -> markInvalid(title, message);
                    case SUMMARY -> markInvalid(summary, message);
                    case BODY -> body.showProblem(message);
                    case PHOTO_CAPTION -> body.markBlankCaptions(message);
                    case PHOTO_ALT -> body.markBlankAlts(message);
                    case WHOLE_TEXT -> showSensitiveWords();
                }
            }
        }
        Notices.error(e);
    }

    /** Lists every sensitive word in the text, in its context, so the writer finds it quickly. */
    private void showSensitiveWords() {
        sensitiveHits.removeAll();
        sensitiveHits.add(new Paragraph(getTranslation("error.draft.sensitiveWords")));
        for (SensitiveWordService.Hit hit : articles.sensitiveWordsIn(typed())) {
            Span word = new Span(hit.word());
            word.addClassName("sensitive-word");
            Paragraph line = new Paragraph(new Span(getTranslation("article." + hit.field()) + "："),
                    new Span("…" + hit.before()), word, new Span(hit.after() + "…"));
            line.addClassName("sensitive-hit");
            sensitiveHits.add(line);
        }
        sensitiveHits.setVisible(true);
    }

    private void markInvalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void clearErrors() {
        title.setInvalid(false);
        summary.setInvalid(false);
        body.showProblem(null);
        sensitiveHits.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return heading.getText();
    }
}
