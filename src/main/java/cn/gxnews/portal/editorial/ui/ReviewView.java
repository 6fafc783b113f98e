package cn.gxnews.portal.editorial.ui;

import cn.gxnews.portal.article.Article;
import cn.gxnews.portal.article.ArticleDiff;
import cn.gxnews.portal.article.ArticleDraft;
import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.ArticleNotFoundException;
import cn.gxnews.portal.article.ArticleRenderer;
import cn.gxnews.portal.article.ArticleSectionService;
import cn.gxnews.portal.article.ArticleService;
import cn.gxnews.portal.article.ArticleState;
import cn.gxnews.portal.article.CommentService;
import cn.gxnews.portal.article.DraftIncompleteException;
import cn.gxnews.portal.article.DraftProblem;
import cn.gxnews.portal.article.RecycleBinService;
import cn.gxnews.portal.article.Revision;
import cn.gxnews.portal.article.Transition;
import cn.gxnews.portal.article.ui.CommentsPanel;
import cn.gxnews.portal.article.ui.DiffView;
import cn.gxnews.portal.base.PortalException;
import cn.gxnews.portal.base.Translations;
import cn.gxnews.portal.base.ui.Notices;
import cn.gxnews.portal.base.ui.TranslatedNotFoundException;
import cn.gxnews.portal.editorial.ReasonMissingException;
import cn.gxnews.portal.editorial.ReviewService;
import cn.gxnews.portal.editorial.ScheduleTimeRefusedException;
import cn.gxnews.portal.office.OfficeService;
import cn.gxnews.portal.office.ReviewLevels;
import cn.gxnews.portal.publicsite.WeChatRepostService;
import cn.gxnews.portal.readership.ArticleViews;
import cn.gxnews.portal.readership.ReadershipService;
import cn.gxnews.portal.section.SectionService;
import cn.gxnews.portal.security.CurrentUser;
import cn.gxnews.portal.security.Roles;
import cn.gxnews.portal.security.StaffMember;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The editor's one screen for an article: the article rendered exactly as the public page will render it,
 * what changed against the live revision (or, for a new article, against what was submitted before), the
 * comment threads, and the decisions the editor may take now.
 */
@Route("review/article")
@RolesAllowed({Roles.EDITOR, Roles.PUBLISHER})
class ReviewView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ArticleService articles;
    private final ReviewService review;
    private final ArticleRenderer renderer;
    private final OfficeService offices;
    private final SectionService sections;
    private final ArticleSectionService articleSections;
    private final CommentService comments;
    private final CurrentUser currentUser;
    private final WeChatRepostService weChat;
    private final RecycleBinService bin;
    /** Why the article cannot be approved, after an approval was refused. */
    private final Div problems = new Div();

    private final ReadershipService readership;

    ReviewView(ArticleService articles, ReviewService review, ArticleRenderer renderer, OfficeService offices,
               CommentService comments, CurrentUser currentUser, WeChatRepostService weChat,
               ReadershipService readership, RecycleBinService bin, SectionService sections,
               ArticleSectionService articleSections) {
        this.sections = sections;
        this.articleSections = articleSections;
        this.weChat = weChat;
        this.readership = readership;
        this.bin = bin;
        this.articles = articles;
        this.review = review;
        this.renderer = renderer;
        this.offices = offices;
        this.comments = comments;
        this.currentUser = currentUser;
        problems.addClassName("review-problems");
        setMaxWidth("64rem");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            show(articles.find(new ArticleId(id)));
        } catch (ArticleNotFoundException e) {
            throw new TranslatedNotFoundException(getTranslation("error.article.notFound", id));
        }
    }

    private void show(Article article) {
        removeAll();
        StaffMember editor = currentUser.require();
        String office = offices.find(article.officeCode()).map(o -> o.name(getLocale())).orElse(article.officeCode());

        add(new H2(getTranslation("review.screenHeading")));
        String section = sections.find(articleSections.sectionOf(article.id())).map(s -> s.name(getLocale()))
                .orElse("—");
        Paragraph meta = new Paragraph(getTranslation("review.meta", office, article.authorName(),
                getTranslation(article.state().messageKey()),
                article.submittedAt().map(Translations::formatDateTime).orElse("—"), section));
        meta.addClassName("review-meta");
        add(meta);
        if (article.live()) {
            Paragraph live = new Paragraph(getTranslation(article.hasPendingEdit() ? "review.livePending" : "review.live"));
            live.addClassName("review-live");
            add(live);
        }
        if (article.publishedRevisionId() != null) {
            ArticleViews counted = readership.viewsOf(article.id().value());
            Paragraph views = new Paragraph(getTranslation("readership.article", counted.total(),
                    counted.lastSevenDays()));
            views.addClassName("review-views");
            add(views);
        }

        add(decisions(article, editor));
        if (Arrays.stream(Transition.values()).anyMatch(transition -> transition.isReviewDecision()
                && transition.startsFrom(article) && transition.refusesOwnRevision(editor, article))) {
            Paragraph own = new Paragraph(getTranslation("review.ownRevision"));
            own.addClassName("review-own-revision");
            add(own);
        }
        if (Arrays.stream(Transition.values()).anyMatch(transition -> transition.isReviewDecision()
                && transition.startsFrom(article) && transition.refusesEarlierLevelReviewer(editor, article))) {
            Paragraph earlier = new Paragraph(getTranslation("review.earlierLevel"));
            earlier.addClassName("review-earlier-level");
            add(earlier);
        }
        if (article.state() == ArticleState.IN_REVIEW) {
            add(levels(article));
        }
        problems.setVisible(false);
        add(problems);

        Div preview = new Div(new Html("<div>" + renderer.render(article.working().content()) + "</div>"));
        preview.addClassName("article-preview");
        add(new H3(getTranslation("review.preview")), preview);

        add(new H3(getTranslation("review.changes")));
        Revision base = article.reviewBaseRevisionId()
                .flatMap(id -> articles.revisions(article.id()).stream().filter(r -> r.id() == id).findFirst())
                .orElse(null);
        add(new Paragraph(base == null ? getTranslation("review.changes.new")
                : getTranslation(article.publishedRevisionId() != null && base.id() == article.publishedRevisionId()
                        ? "review.changes.againstLive" : "review.changes.againstSubmitted", base.number())));
        ArticleDraft before = base == null ? null : base.content();
        add(new DiffView(ArticleDiff.between(before, article.working().content())));

        add(new CommentsPanel(comments, article.id()));
    }

    /**
     * The review levels of this round: each level's decision (who, when, what they said), the level the article
     * waits for, and the levels still to come.
     */
    private Div levels(Article article) {
        Div levels = new Div();
        levels.addClassName("review-levels");
        levels.add(new H3(getTranslation("reviewLevel.heading")));
        UnorderedList list = new UnorderedList();
        for (int level = 1; level <= article.reviewLevels().count(); level++) {
            int at = level;
            String name = getTranslation(ReviewLevels.levelKey(level));
            String taker = getTranslation(article.reviewLevels().takerOf(level).messageKey());
            var decision = article.levelDecisions().stream()
                    .filter(e -> e.reviewLevel() != null && e.reviewLevel() == at).reduce((a, b) -> b);
            String text;
            if (decision.isPresent()) {
                var e = decision.get();
                text = getTranslation("reviewLevel.approved", name, e.actorName(),
                        Translations.formatDateTime(e.occurredAt()))
                        + (e.comment() == null ? "" : getTranslation("reviewLevel.said", e.comment()));
            } else if (level == article.currentLevel()) {
                text = getTranslation("reviewLevel.waiting", name, taker);
            } else {
                text = getTranslation("reviewLevel.later", name, taker);
            }
            ListItem item = new ListItem(text);
            item.addClassName(decision.isPresent() ? "level-approved"
                    : level == article.currentLevel() ? "level-current" : "level-later");
            list.add(item);
        }
        levels.add(list);
        return levels;
    }

    private HorizontalLayout decisions(Article article, StaffMember editor) {
        HorizontalLayout decisions = new HorizontalLayout();
        decisions.setAlignItems(FlexComponent.Alignment.BASELINE);
        decisions.setWrap(true);
        decisions.addClassName("review-decisions");
        if (Transition.APPROVE_LEVEL.isAvailable(editor, article)) {
            Button pass = new Button(getTranslation("review.approveLevel",
                    getTranslation(ReviewLevels.levelKey(article.currentLevel()))), click -> approveLevel(article));
            pass.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
            decisions.add(pass);
        }
        if (Transition.APPROVE_AND_PUBLISH.isAvailable(editor, article)) {
            Button approve = new Button(getTranslation("transition.APPROVE_AND_PUBLISH"),
                    click -> decide(() -> review.approveAndPublish(article.id(), article.version()), "review.published"));
            approve.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
            decisions.add(approve);
        }
        if (Transition.APPROVE_AND_SCHEDULE.isAvailable(editor, article)) {
            decisions.add(new Button(getTranslation("transition.APPROVE_AND_SCHEDULE"), click -> schedule(article)));
        }
        if (Transition.REQUEST_CHANGES.isAvailable(editor, article)) {
            Button sendBack = new Button(getTranslation("transition.REQUEST_CHANGES"), click -> askForChanges(article));
            sendBack.addThemeVariants(ButtonVariant.ERROR);
            decisions.add(sendBack);
        }
        if (Transition.WITHDRAW.isAvailable(editor, article)) {
            decisions.add(new Button(getTranslation("transition.WITHDRAW"),
                    click -> decide(() -> articles.withdraw(article.id(), article.version()), "editor.withdrawn")));
        }
        if (Transition.UNPUBLISH.isAvailable(editor, article)) {
            Button unpublish = new Button(getTranslation("transition.UNPUBLISH"),
                    click -> decide(() -> review.unpublish(article.id(), article.version()), "review.unpublished"));
            unpublish.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            decisions.add(unpublish);
        }
        if (Transition.REPUBLISH.isAvailable(editor, article)) {
            decisions.add(new Button(getTranslation("transition.REPUBLISH"),
                    click -> decide(() -> review.republish(article.id(), article.version()), "review.republished")));
        }
        if (article.live()) {
            decisions.add(weChatCopy(article));
        }
        if (Transition.MOVE_TO_BIN.isAvailable(editor, article)) {
            Button toBin = new Button(getTranslation("transition.MOVE_TO_BIN"), click -> decide(
                    () -> bin.moveToBin(article.id(), article.version()), "bin.moved", bin.keep().toDays()));
            toBin.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            decisions.add(toBin);
        }
        if (Transition.mayEdit(editor, article)) {
            Button edit = new Button(getTranslation("review.edit"),
                    click -> getUI().ifPresent(ui -> ui.navigate("article/" + article.id())));
            edit.addThemeVariants(ButtonVariant.TERTIARY);
            decisions.add(edit);
        }
        return decisions;
    }

    /**
     * Copies the live article for the company's WeChat official account (复制到公众号). The copy is made in the
     * browser, inside the click itself: browsers let a page write to the clipboard only while the user acts.
     */
    private Button weChatCopy(Article article) {
        Button copy = new Button(getTranslation("wechat.copy"));
        copy.addThemeVariants(ButtonVariant.TERTIARY);
        copy.addClassName("wechat-copy");
        weChat.copyOf(article.id()).ifPresentOrElse(content -> {
            copy.getElement().setProperty("copyHtml", content.html());
            copy.getElement().setProperty("copyText", content.text());
        }, () -> copy.setEnabled(false));
        copy.getElement().executeJs(COPY_ON_CLICK);
        copy.getElement().addEventListener("portal-copied", event -> Notices.success(getTranslation("wechat.copied")));
        copy.getElement().addEventListener("portal-copy-failed", event -> Notices.error(getTranslation("wechat.failed")));
        return copy;
    }

    /**
     * Puts the button's HTML and text on the clipboard when it is clicked: through the copy command (the one that
     * works in every browser and without HTTPS), or else the asynchronous clipboard; tells the server how it went.
     */
    private static final String COPY_ON_CLICK = """
            const button = this;
            if (button.portalCopy) { return; }
            button.portalCopy = true;
            button.addEventListener('click', () => {
                const html = button.copyHtml, text = button.copyText;
                const tell = name => button.dispatchEvent(new CustomEvent(name));
                let copied = false;
                const onCopy = e => {
                    e.clipboardData.setData('text/html', html);
                    e.clipboardData.setData('text/plain', text);
                    e.preventDefault();
                    copied = true;
                };
                document.addEventListener('copy', onCopy);
                try { document.execCommand('copy'); } catch (e) { copied = false; }
                document.removeEventListener('copy', onCopy);
                if (copied) { tell('portal-copied'); return; }
                if (navigator.clipboard && window.ClipboardItem) {
                    navigator.clipboard.write([new ClipboardItem({
                        'text/html': new Blob([html], {type: 'text/html'}),
                        'text/plain': new Blob([text], {type: 'text/plain'})})])
                        .then(() => tell('portal-copied'), () => tell('portal-copy-failed'));
                } else {
                    tell('portal-copy-failed');
                }
            });
            """;

    /** Approves the current level, with what the reviewer wants the next levels to know (optional). */
    private void approveLevel(Article article) {
        Dialog dialog = new Dialog();
        String level = getTranslation(ReviewLevels.levelKey(article.currentLevel()));
        dialog.setHeaderTitle(getTranslation("review.approveLevel", level));
        TextArea comment = new TextArea(getTranslation("review.levelComment"));
        comment.setWidthFull();
        comment.setMinHeight("6rem");
        dialog.add(comment);
        Button confirm = new Button(getTranslation("review.approveLevel.confirm"), click -> {
            try {
                review.approveLevel(article.id(), article.version(), comment.getValue());
                dialog.close();
                Notices.success(getTranslation("review.levelApproved", level));
                getUI().ifPresent(ui -> ui.navigate(ReviewQueueView.class));
            } catch (DraftIncompleteException e) {
                dialog.close();
                refuse(e);
            } catch (PortalException e) {
                // the dialog stays open with what was typed
                Notices.error(e);
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private void decide(Supplier<Article> decision, String doneKey, Object... doneArguments) {
        try {
            decision.get();
            Notices.success(getTranslation(doneKey, doneArguments));
            getUI().ifPresent(ui -> ui.navigate(ReviewQueueView.class));
        } catch (PortalException e) {
            refuse(e);
        }
    }

    /** Explains a refusal; for an article that fails the checks of submission, lists what must be fixed. */
    private void refuse(PortalException e) {
        if (e instanceof DraftIncompleteException incomplete) {
            problems.removeAll();
            problems.add(new Paragraph(getTranslation("review.problems")));
            UnorderedList list = new UnorderedList();
            for (DraftProblem problem : incomplete.problems()) {
                ListItem item = new ListItem();
                if (problem == DraftProblem.SENSITIVE_WORDS) {
                    item.add(new Span(getTranslation("review.problems.sensitiveWords")));
                    for (String word : incomplete.sensitiveWords()) {
                        Span marked = new Span(word);
                        marked.addClassName("sensitive-word");
                        item.add(new Span(" "), marked);
                    }
                } else {
                    item.setText(getTranslation(problem.messageKey(), incomplete.blockedWordingText()));
                }
                list.add(item);
            }
            problems.add(list);
            problems.setVisible(true);
        }
        Notices.error(e);
    }

    /** Approve with a publish time (and optionally an unpublish time), entered in Beijing time. */
    private void schedule(Article article) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("transition.APPROVE_AND_SCHEDULE"));
        DateTimePicker publishAt = new DateTimePicker(getTranslation("schedule.publishAt"));
        publishAt.setRequiredIndicatorVisible(true);
        // The date and time fields inside say "required" to a screen reader; on the picker itself, a group,
        // aria-required is not allowed (WCAG 4.1.2), so it goes once the component has set it.
        publishAt.getElement().executeJs("requestAnimationFrame(() => this.removeAttribute('aria-required'))");
        publishAt.setMin(LocalDateTime.now(Translations.ZONE));
        DateTimePicker unpublishAt = new DateTimePicker(getTranslation("schedule.unpublishAt"));
        unpublishAt.setHelperText(getTranslation("schedule.unpublishAt.help"));
        Paragraph zone = new Paragraph(getTranslation("schedule.zone"));
        zone.addClassName("schedule-zone");
        dialog.add(new VerticalLayout(publishAt, unpublishAt, zone));
        Button confirm = new Button(getTranslation("schedule.confirm"), click -> {
            if (publishAt.getValue() == null) {
                publishAt.setErrorMessage(getTranslation("schedule.publishAt.required"));
                publishAt.setInvalid(true);
                return;
            }
            try {
                review.approveAndSchedule(article.id(), article.version(), toInstant(publishAt.getValue()),
                        unpublishAt.getValue() == null ? null : toInstant(unpublishAt.getValue()));
                dialog.close();
                Notices.success(getTranslation("review.scheduled", Translations.formatDateTime(
                        toInstant(publishAt.getValue()))));
                getUI().ifPresent(ui -> ui.navigate(ReviewQueueView.class));
            } catch (DraftIncompleteException e) {
                dialog.close();
                refuse(e);
            } catch (ScheduleTimeRefusedException e) {
                // the dialog keeps what was entered and marks the time to correct
                DateTimePicker refused = e.field() == ScheduleTimeRefusedException.Field.PUBLISH_AT
                        ? publishAt : unpublishAt;
                refused.setErrorMessage(Notices.message(e));
                refused.setInvalid(true);
            } catch (PortalException e) {
                Notices.error(e);
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private static Instant toInstant(LocalDateTime beijingTime) {
        return beijingTime.atZone(Translations.ZONE).toInstant();
    }

    private void askForChanges(Article article) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("transition.REQUEST_CHANGES"));
        TextArea reason = new TextArea(getTranslation("review.reason"));
        reason.setRequired(true);
        reason.setWidthFull();
        reason.setMinHeight("8rem");
        dialog.add(reason);
        Button send = new Button(getTranslation("review.sendBack"), click -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("error.changes.reasonRequired"));
                reason.setInvalid(true);
                return;
            }
            try {
                review.requestChanges(article.id(), article.version(), reason.getValue());
                dialog.close();
                Notices.success(getTranslation("review.sentBack"));
                getUI().ifPresent(ui -> ui.navigate(ReviewQueueView.class));
            } catch (ReasonMissingException e) {
                reason.setErrorMessage(Notices.message(e));
                reason.setInvalid(true);
            } catch (PortalException e) {
                Notices.error(e);
            }
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), click -> dialog.close());
        dialog.getFooter().add(cancel, send);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.screenHeading");
    }
}
