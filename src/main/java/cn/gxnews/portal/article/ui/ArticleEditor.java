package cn.gxnews.portal.article.ui;

import cn.gxnews.portal.article.Article;
import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.ArticleService;
import cn.gxnews.portal.article.RecycleBinService;
import cn.gxnews.portal.article.ArticleState;
import cn.gxnews.portal.article.Autosave;
import cn.gxnews.portal.article.CommentService;
import cn.gxnews.portal.article.DraftIncompleteException;
import cn.gxnews.portal.article.EditLockService;
import cn.gxnews.portal.article.StaleArticleException;
import cn.gxnews.portal.article.DraftProblem;
import cn.gxnews.portal.article.StandardWordingService;
import cn.gxnews.portal.article.ArticleSectionService;
import cn.gxnews.portal.section.Section;
import cn.gxnews.portal.section.SectionService;
import com.vaadin.flow.component.select.Select;
import cn.gxnews.portal.article.Transition;
import cn.gxnews.portal.base.PortalException;
import cn.gxnews.portal.base.Translations;
import cn.gxnews.portal.base.ui.Notices;
import cn.gxnews.portal.media.MediaService;
import cn.gxnews.portal.readership.ArticleViews;
import cn.gxnews.portal.readership.ReadershipService;
import cn.gxnews.portal.security.CurrentUser;
import cn.gxnews.portal.security.StaffMember;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteConfiguration;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.util.stream.Collectors;

/**
 * Editing one article (or a new one): where it stands, its text ({@link ArticleForm}), and saving, submitting and
 * withdrawing it. Nothing the user types is lost: it is autosaved when typing pauses; a save refused because
 * someone else saved first, or an autosave typed on an older version, opens a merge that carries the user's
 * changes over onto the latest version ({@link MergeDialog}); while one member edits, the {@link EditLockKeeper}
 * tells everyone else who it is. A refused save or submission never says it saved, and an editor left empty
 * creates no draft. One instance edits one article: opening another makes a new editor.
 */
class ArticleEditor extends VerticalLayout {

    /** The sections to pick from, and the article's own. */
    record Sections(SectionService all, ArticleSectionService ofArticle) {
    }

    private final ArticleService articles;
    private final StandardWordingService wording;
    private final Sections sections;
    private final Select<Section> section = new Select<>();
    private final CommentService comments;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final H2 heading = new H2();
    private final Span status = new Span();
    private final Span publication = new Span();
    private final Span views = new Span();
    private final ReadershipService readership;
    private final EditLockKeeper lock;
    private final AutosaveBanner autosaveBanner = new AutosaveBanner();
    private final Div changeRequest = new Div();
    private final ArticleForm form;
    private final Button save = new Button();
    private final Button submit = new Button();
    private final Button withdraw = new Button();
    private final Button history = new Button();
    private final Button moveToBin = new Button();
    private final RecycleBinService bin;
    private final Span autosaveStatus = new Span();
    /** As wide as the form, like the comment box on the review screen. */
    private final Div commentsArea = new Div();

    private @Nullable Article article;

    /** @param opened the article to edit, or {@code null} for a new one */
    ArticleEditor(ArticleService articles, EditLockService locks, CommentService comments, MediaService media,
                  ReadershipService readership, CurrentUser currentUser, Clock clock,
                  StandardWordingService wording, Sections sections, RecycleBinService bin, @Nullable Article opened) {
        this.readership = readership;
        this.bin = bin;
        this.articles = articles;
        this.wording = wording;
        this.sections = sections;
        this.comments = comments;
        this.currentUser = currentUser;
        this.clock = clock;
        this.lock = new EditLockKeeper(locks, currentUser, this::stopEditing, this::editLatest);
        this.form = new ArticleForm(media);
        setPadding(false);
        setWidthFull();

        status.addClassName("article-status");
        publication.addClassName("article-publication");
        views.addClassName("article-views");
        views.setVisible(false);
        changeRequest.addClassName("change-request");
        changeRequest.setVisible(false);
        autosaveStatus.addClassName("autosave-status");
        form.addChangeListener(this::keepTyped);

        save.setText(getTranslation("editor.save"));
        save.addClickListener(click -> save(true));
        submit.setText(getTranslation("editor.submit"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickListener(click -> submit());
        withdraw.setText(getTranslation("transition.WITHDRAW"));
        withdraw.addClickListener(click -> withdraw());
        moveToBin.setText(getTranslation("transition.MOVE_TO_BIN"));
        moveToBin.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        moveToBin.addClickListener(click -> moveToBin());
        moveToBin.setVisible(false);
        history.setText(getTranslation("editor.history"));
        history.addThemeVariants(ButtonVariant.TERTIARY);
        history.addClickListener(click -> {
            if (article != null) {
                getUI().ifPresent(ui -> ui.navigate(RevisionHistoryView.class, article.id().value()));
            }
        });

        section.setLabel(getTranslation("section.label"));
        section.setItems(sections.all().findAll());
        section.setItemLabelGenerator(each -> each.name(getLocale()));
        section.addClassName("article-section");
        section.addValueChangeListener(change -> {
            Article current = article;
            if (change.isFromClient() && current != null && change.getValue() != null) {
                moveTo(current, change.getValue(), change.getOldValue());
            }
        });
        commentsArea.setWidthFull();
        add(heading, status, publication, views, lock, autosaveBanner, changeRequest, section, form,
                actions(), autosaveStatus, commentsArea);

        if (opened == null) {
            showNew();
        } else {
            edit(opened);
            offerAutosave(opened);
        }
    }

    /** The editor's buttons, wrapping on a phone so that every one stays on screen. */
    private HorizontalLayout actions() {
        HorizontalLayout actions = new HorizontalLayout(save, submit, withdraw, history, moveToBin);
        actions.setWrap(true);
        return actions;
    }

    /** What the page is called: a new article, or editing one. */
    String heading() {
        return heading.getText();
    }

    private void showNew() {
        StaffMember member = currentUser.require();
        section.getListDataView().getItems().findFirst().ifPresent(section::setValue);
        heading.setText(getTranslation("editor.newHeading"));
        status.setText(getTranslation("state.DRAFT"));
        boolean canWrite = member.officeCode() != null;
        setEditable(canWrite);
        submit.setVisible(canWrite);
        withdraw.setVisible(false);
        history.setVisible(false);
    }

    /** Edits an article that exists (opened, or just created from what was typed): its text, lock and comments. */
    private void edit(Article shown) {
        show(shown);
        lock.keep(shown);
        commentsArea.removeAll();
        commentsArea.add(new CommentsPanel(comments, shown.id()));
    }

    /** A new article became a draft: the editor goes on with it, and the address names it. */
    private void created(Article draft) {
        Section chosen = section.getValue();
        if (chosen != null) {
            sections.ofArticle().move(draft.id(), chosen.id());
        }
        edit(draft);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                RouteConfiguration.forSessionScope().getUrl(ArticleEditorView.class, draft.id().toString())));
    }

    /** Shows the article and its text. */
    private void show(Article shown) {
        article = shown;
        long sectionId = sections.ofArticle().sectionOf(shown.id());
        section.getListDataView().getItems().filter(each -> each.id() == sectionId).findFirst()
                .ifPresent(section::setValue);
        heading.setText(getTranslation("editor.heading"));
        form.read(shown.working().content());
        showState(shown);
        showChangeRequest(shown);
        setEditable(Transition.mayEdit(currentUser.require(), shown));
    }

    private void showState(Article shown) {
        article = shown;
        StaffMember member = currentUser.require();
        status.setText(getTranslation("editor.status", getTranslation(shown.state().messageKey()),
                shown.working().number(), shown.updatedByName() == null ? getTranslation("scheduler.name")
                        : shown.updatedByName(), Translations.formatDateTime(shown.updatedAt())));
        publication.setText(publicationText(shown));
        // readers can only have seen an article that was online at some time
        views.setVisible(shown.publishedRevisionId() != null);
        if (shown.publishedRevisionId() != null) {
            ArticleViews counted = readership.viewsOf(shown.id().value());
            views.setText(getTranslation("readership.article", counted.total(), counted.lastSevenDays()));
        }
        submit.setVisible(Transition.SUBMIT.isAvailable(member, shown));
        withdraw.setVisible(Transition.WITHDRAW.isAvailable(member, shown));
        moveToBin.setVisible(Transition.MOVE_TO_BIN.isAvailable(member, shown));
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

    private void setEditable(boolean editable) {
        form.setReadOnly(!editable);
        section.setReadOnly(!editable);
        save.setVisible(editable);
    }

    /** Someone else holds the edit lock: the fields stop taking input and keep what is there. */
    private void stopEditing() {
        setEditable(false);
        submit.setVisible(false);
        withdraw.setVisible(false);
    }

    /** The member took the edit lock over: they go on from the latest text. */
    private void editLatest() {
        Article current = article;
        if (current != null) {
            show(articles.find(current.id()));
        }
    }

    // --- autosave -------------------------------------------------------------------------------------

    private void offerAutosave(Article opened) {
        autosaveBanner.hide();
        if (form.isReadOnly()) {
            return;
        }
        articles.findAutosave(opened.id()).ifPresent(autosave ->
                autosaveBanner.offer(autosave, this::restoreAutosave, () -> articles.discardAutosave(opened.id())));
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
            showState(latest);
            form.read(autosave.content());
            autosaveBanner.hide();
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
            autosaveBanner.hide();
            Notices.success(getTranslation("autosave.restored"));
        }, () -> {
            articles.discardAutosave(latest.id());
            show(latest);
            autosaveBanner.hide();
        }).open();
    }

    /**
     * Shows the merged text on top of the latest version, for the user to check and save, and autosaves it
     * there, so that a closed tab keeps the merge rather than the old text (or forgets the old text, when the
     * user kept the latest version everywhere).
     */
    private void continueOn(Article latest, ArticleDraft merged) {
        showState(latest);
        showChangeRequest(latest);
        form.read(merged);
        if (merged.equals(latest.working().content())) {
            articles.discardAutosave(latest.id());
        } else {
            keepTyped();
        }
    }

    /** Keeps what was typed: the first words of a new article make it a draft, later ones an autosave. */
    private void keepTyped() {
        if (form.isReadOnly()) {
            return;
        }
        ArticleDraft typed = form.value();
        try {
            Article current = article;
            if (current == null) {
                if (typed.title().isBlank()) {
                    return;
                }
                created(articles.createDraft(typed));
            } else if (!typed.equals(current.working().content())) {
                articles.autosave(current.id(), current.version(), current.working().number(), typed);
            } else {
                return;
            }
            autosaveStatus.setText(getTranslation("autosave.savedAt", Translations.formatTime(clock.instant())));
        } catch (DraftIncompleteException e) {
            // what was typed cannot be kept as it is (a control character): say why, the fields keep it all
            autosaveStatus.setText(getTranslation("autosave.refused", e.problems().stream()
                    .map(problem -> getTranslation(problem.messageKey())).collect(Collectors.joining("; "))));
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
        form.clearProblems();
        try {
            Article current = article;
            if (current == null) {
                created(articles.createDraft(form.value()));
            } else {
                Article saved = articles.save(current.id(), current.version(), form.value());
                showState(saved);
                showChangeRequest(saved);
            }
            autosaveBanner.hide();
            if (announce) {
                Notices.success(getTranslation("editor.saved"));
                showWording(null);
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

    /**
     * Submits what is on screen. Text that differs from the saved one is checked first and saved only if it
     * could be submitted: a refused submission writes nothing (and an empty new article creates no draft).
     */
    private void submit() {
        form.clearProblems();
        ArticleDraft text = form.value();
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
        form.clearProblems();
        try {
            show(articles.submit(current.id(), current.version()));
            Notices.success(getTranslation("editor.submitted"));
        } catch (PortalException e) {
            refuse(e);
        }
    }

    /** Moves the article to the recycle bin (restorable there) and goes back to the member's articles. */
    private void moveToBin() {
        Article current = article;
        if (current == null) {
            return;
        }
        try {
            bin.moveToBin(current.id(), current.version());
            Notices.success(getTranslation("bin.moved", bin.keep().toDays()));
            getUI().ifPresent(ui -> ui.navigate(RecycleBinView.class));
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
            lock.keep(withdrawn);
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
        new MergeDialog(explanation, current.working().content(), form.value(), latest.working().content(),
                merged -> {
                    continueOn(latest, merged);
                    Notices.success(getTranslation("conflict.keptMine"));
                }, () -> show(latest)).open();
    }

    /** The writer picked another section: the article moves at once (it is not part of the text's revisions). */
    private void moveTo(Article current, Section chosen, @Nullable Section before) {
        try {
            sections.ofArticle().move(current.id(), chosen.id());
            Notices.success(getTranslation("section.moved", chosen.name(getLocale())));
        } catch (PortalException e) {
            section.setValue(before);
            Notices.error(e);
        }
    }

    /**
     * Shows every wrong form of the standard wording in the text on screen, each with a button that puts the
     * right form in its place; the replaced text counts as typed (it is autosaved) and the list is checked again.
     */
    private void showWording(@Nullable String message) {
        form.showWording(message, wording.findIn(form.value()), hit -> {
            form.read(hit.fix(form.value()));
            keepTyped();
            showWording(null);
        });
    }

    /** Explains a refusal, marking each problem on the field it concerns; the fields keep what the user typed. */
    private void refuse(PortalException e) {
        if (e instanceof DraftIncompleteException incomplete) {
            form.showProblems(incomplete.problems(), () -> articles.sensitiveWordsIn(form.value()));
            if (incomplete.problems().contains(DraftProblem.STANDARD_WORDING)) {
                showWording(getTranslation(DraftProblem.STANDARD_WORDING.messageKey(),
                        incomplete.blockedWordingText()));
            }
        }
        Notices.error(e);
    }
}
