package cn.gxnews.portal.review.ui;

import cn.gxnews.portal.base.PortalException;
import cn.gxnews.portal.base.Translations;
import cn.gxnews.portal.base.ui.Notices;
import cn.gxnews.portal.news.Article;
import cn.gxnews.portal.news.ArticleId;
import cn.gxnews.portal.news.ArticleNotFoundException;
import cn.gxnews.portal.news.ArticleRenderer;
import cn.gxnews.portal.news.ArticleService;
import cn.gxnews.portal.news.Transition;
import cn.gxnews.portal.news.WorkflowEvent;
import cn.gxnews.portal.office.OfficeService;
import cn.gxnews.portal.security.CurrentUser;
import cn.gxnews.portal.security.Roles;
import cn.gxnews.portal.security.StaffMember;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The review screen: the article rendered exactly as the public page will show it, its history, and the
 * editor's decision — approve and publish, or send it back with a reason.
 */
@Route("review/article")
@RolesAllowed(Roles.EDITOR)
class ReviewView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ArticleService articles;
    private final ArticleRenderer renderer;
    private final OfficeService offices;
    private final CurrentUser currentUser;

    ReviewView(ArticleService articles, ArticleRenderer renderer, OfficeService offices, CurrentUser currentUser) {
        this.articles = articles;
        this.renderer = renderer;
        this.offices = offices;
        this.currentUser = currentUser;
        setMaxWidth("60rem");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            show(articles.find(new ArticleId(id)));
        } catch (ArticleNotFoundException e) {
            removeAll();
            add(new H2(getTranslation("error.article.notFound", id)));
        }
    }

    private void show(Article article) {
        removeAll();
        StaffMember editor = currentUser.require();
        String office = offices.find(article.officeCode()).map(o -> o.name(getLocale())).orElse(article.officeCode());

        add(new H2(getTranslation("review.screenHeading")));
        Paragraph meta = new Paragraph(getTranslation("review.meta", office, article.authorName(),
                getTranslation(article.state().messageKey()),
                article.submittedAt().map(Translations::formatDateTime).orElse("—")));
        meta.addClassName("review-meta");
        add(meta);

        Div preview = new Div(new Html("<div>" + renderer.render(article.working().content()) + "</div>"));
        preview.addClassName("article-preview");
        add(preview);

        HorizontalLayout decisions = new HorizontalLayout();
        if (Transition.APPROVE_AND_PUBLISH.isAvailable(editor, article)) {
            Button approve = new Button(getTranslation("transition.APPROVE_AND_PUBLISH"), click -> approve(article));
            approve.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
            decisions.add(approve);
        }
        if (Transition.REQUEST_CHANGES.isAvailable(editor, article)) {
            Button sendBack = new Button(getTranslation("transition.REQUEST_CHANGES"), click -> askForChanges(article));
            sendBack.addThemeVariants(ButtonVariant.ERROR);
            decisions.add(sendBack);
        }
        if (editor.id() == article.authorId()) {
            add(new Paragraph(getTranslation("review.ownArticle")));
        }
        add(decisions);

        add(new H3(getTranslation("review.history")));
        UnorderedList history = new UnorderedList();
        for (WorkflowEvent event : article.history()) {
            String line = getTranslation("review.historyLine", Translations.formatDateTime(event.occurredAt()),
                    event.actorName(), getTranslation(event.to().messageKey()));
            ListItem item = new ListItem(line);
            if (event.comment() != null) {
                Paragraph comment = new Paragraph(event.comment());
                comment.addClassName("history-comment");
                item.add(comment);
            }
            history.add(item);
        }
        add(history);
    }

    private void approve(Article article) {
        try {
            articles.approveAndPublish(article.id(), article.version());
            Notices.success(getTranslation("review.published"));
            getUI().ifPresent(ui -> ui.navigate(ReviewQueueView.class));
        } catch (PortalException e) {
            Notices.error(e);
        }
    }

    private void askForChanges(Article article) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("transition.REQUEST_CHANGES"));
        TextArea reason = new TextArea(getTranslation("review.reason"));
        reason.setRequired(true);
        reason.setWidth("30rem");
        reason.setMinHeight("8rem");
        dialog.add(reason);
        Button send = new Button(getTranslation("review.sendBack"), click -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("error.changes.reasonRequired"));
                reason.setInvalid(true);
                return;
            }
            try {
                articles.requestChanges(article.id(), article.version(), reason.getValue());
                dialog.close();
                Notices.success(getTranslation("review.sentBack"));
                getUI().ifPresent(ui -> ui.navigate(ReviewQueueView.class));
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
