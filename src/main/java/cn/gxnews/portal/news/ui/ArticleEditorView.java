package cn.gxnews.portal.news.ui;

import cn.gxnews.portal.base.PortalException;
import cn.gxnews.portal.base.Translations;
import cn.gxnews.portal.base.ui.Notices;
import cn.gxnews.portal.news.Article;
import cn.gxnews.portal.news.ArticleDraft;
import cn.gxnews.portal.news.ArticleId;
import cn.gxnews.portal.news.ArticleNotFoundException;
import cn.gxnews.portal.news.ArticleService;
import cn.gxnews.portal.news.DraftIncompleteException;
import cn.gxnews.portal.news.Transition;
import cn.gxnews.portal.security.CurrentUser;
import cn.gxnews.portal.security.Roles;
import cn.gxnews.portal.security.StaffMember;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * Writing one article: title, summary and body (one paragraph per line, ▲ lines are photo captions), saved
 * as a new revision and submitted for review. When a save is refused (someone else saved first, or the text
 * is too long) the fields keep everything the user typed.
 */
@Route("article")
@RolesAllowed({Roles.AUTHOR, Roles.EDITOR})
class ArticleEditorView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    /** The URL parameter that opens an empty editor for a new draft. */
    static final String NEW = "new";

    private final ArticleService articles;
    private final CurrentUser currentUser;

    private final H2 heading = new H2();
    private final Span status = new Span();
    private final Div changeRequest = new Div();
    private final TextField title = new TextField();
    private final TextArea summary = new TextArea();
    private final TextArea body = new TextArea();
    private final Button save = new Button();
    private final Button submit = new Button();

    private @Nullable Article article;

    ArticleEditorView(ArticleService articles, CurrentUser currentUser) {
        this.articles = articles;
        this.currentUser = currentUser;
        setMaxWidth("60rem");

        status.addClassName("article-status");
        changeRequest.addClassName("change-request");
        changeRequest.setVisible(false);

        title.setLabel(getTranslation("article.title"));
        title.setMaxLength(ArticleDraft.TITLE_MAX);
        title.setWidthFull();
        summary.setLabel(getTranslation("article.summary"));
        summary.setMaxLength(ArticleDraft.SUMMARY_MAX);
        summary.setWidthFull();
        body.setLabel(getTranslation("article.body"));
        body.setHelperText(getTranslation("article.body.help"));
        body.setWidthFull();
        body.setMinHeight("20rem");

        save.setText(getTranslation("editor.save"));
        save.addClickListener(click -> save());
        submit.setText(getTranslation("editor.submit"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickListener(click -> submit());

        add(heading, status, changeRequest, title, summary, body, new HorizontalLayout(save, submit));
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        if (NEW.equals(parameter)) {
            show(null);
            return;
        }
        try {
            show(articles.find(new ArticleId(Long.parseLong(parameter))));
        } catch (NumberFormatException | ArticleNotFoundException e) {
            heading.setText(getTranslation("error.article.notFound", parameter));
            removeAll();
            add(heading);
        }
    }

    private void show(@Nullable Article shown) {
        this.article = shown;
        StaffMember member = currentUser.require();
        if (shown == null) {
            heading.setText(getTranslation("editor.newHeading"));
            status.setText(getTranslation("state.DRAFT"));
            setEditable(member.officeCode() != null);
            submit.setVisible(member.officeCode() != null);
            return;
        }
        heading.setText(getTranslation("editor.heading"));
        ArticleDraft content = shown.working().content();
        title.setValue(content.title());
        summary.setValue(content.summary());
        body.setValue(content.bodyText());
        status.setText(getTranslation("editor.status", getTranslation(shown.state().messageKey()),
                shown.working().number(), shown.updatedByName(), Translations.formatDateTime(shown.updatedAt())));
        showChangeRequest(shown);
        setEditable(Transition.mayEdit(member, shown));
        submit.setVisible(Transition.SUBMIT.isAvailable(member, shown));
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
        title.setReadOnly(!editable);
        summary.setReadOnly(!editable);
        body.setReadOnly(!editable);
        save.setVisible(editable);
    }

    private ArticleDraft typed() {
        return new ArticleDraft(title.getValue(), summary.getValue(), ArticleDraft.paragraphs(body.getValue()));
    }

    /** @return whether the text is now saved */
    private boolean save() {
        clearErrors();
        try {
            Article saved = article == null
                    ? articles.createDraft(typed())
                    : articles.save(article.id(), article.version(), typed());
            boolean created = article == null;
            show(saved);
            Notices.success(getTranslation("editor.saved"));
            if (created) {
                // The address now names the saved draft, without leaving this view (and what is on it).
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                        RouteConfiguration.forSessionScope().getUrl(ArticleEditorView.class, saved.id().toString())));
            }
            return true;
        } catch (PortalException e) {
            refuse(e);
            return false;
        }
    }

    private void submit() {
        if (article == null || isChanged(article)) {
            if (!save()) {
                return;
            }
        }
        Article current = article;
        if (current == null) {
            return;
        }
        clearErrors();
        try {
            show(articles.submit(current.id(), current.version()));
            Notices.success(getTranslation("editor.submitted"));
        } catch (PortalException e) {
            refuse(e);
        }
    }

    private boolean isChanged(Article shown) {
        return !typed().equals(shown.working().content());
    }

    /** Explains a refusal; the fields keep what the user typed. */
    private void refuse(PortalException e) {
        if (e instanceof DraftIncompleteException incomplete) {
            for (String problem : incomplete.problems()) {
                switch (problem) {
                    case "error.draft.titleMissing", "error.draft.titleTooLong" -> markInvalid(title, problem);
                    case "error.draft.summaryMissing", "error.draft.summaryTooLong" -> markInvalid(summary, problem);
                    case "error.draft.bodyMissing" -> markInvalid(body, problem);
                    default -> Notices.error(getTranslation(problem));
                }
            }
        }
        Notices.error(e);
    }

    private void markInvalid(HasValidation field, String problem) {
        field.setErrorMessage(getTranslation(problem));
        field.setInvalid(true);
    }

    private void clearErrors() {
        title.setInvalid(false);
        summary.setInvalid(false);
        body.setInvalid(false);
    }

    @Override
    public String getPageTitle() {
        return heading.getText();
    }
}
