package cn.gxnews.portal.article.ui;

import cn.gxnews.portal.base.ui.NarrowGrid;
import cn.gxnews.portal.base.Translations;
import cn.gxnews.portal.base.ui.Notices;
import cn.gxnews.portal.article.Article;
import cn.gxnews.portal.article.ArticleDiff;
import cn.gxnews.portal.article.ArticleId;
import cn.gxnews.portal.article.ArticleNotFoundException;
import cn.gxnews.portal.article.ArticleService;
import cn.gxnews.portal.article.Revision;
import cn.gxnews.portal.article.Transition;
import cn.gxnews.portal.article.WorkflowEvent;
import cn.gxnews.portal.security.CurrentUser;
import cn.gxnews.portal.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import cn.gxnews.portal.base.ui.TranslatedNotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/**
 * An article's history: every revision (who, when, restored from which), what each changed compared with
 * the one before, and the audit trail of its transitions. An older revision can be restored: its text
 * becomes a new revision, so nothing is overwritten.
 */
@Route("article/history")
@RolesAllowed({Roles.AUTHOR, Roles.EDITOR})
class RevisionHistoryView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ArticleService articles;
    private final CurrentUser currentUser;
    private final Div comparison = new Div();

    RevisionHistoryView(ArticleService articles, CurrentUser currentUser) {
        this.articles = articles;
        this.currentUser = currentUser;
        setMaxWidth("70rem");
        comparison.addClassName("revision-comparison");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        try {
            show(articles.find(new ArticleId(id)));
        } catch (ArticleNotFoundException e) {
            throw new TranslatedNotFoundException(getTranslation("error.article.notFound", id));
        }
    }

    private void show(Article article) {
        List<Revision> revisions = articles.revisions(article.id());
        add(new H2(getTranslation("history.heading", article.working().content().title())));
        Button back = new Button(getTranslation("history.backToArticle"), click ->
                getUI().ifPresent(ui -> ui.navigate(ArticleEditorView.class, article.id().toString())));
        back.addThemeVariants(ButtonVariant.TERTIARY);
        add(back);

        Grid<Revision> grid = new Grid<>();
        grid.addColumn(r -> getTranslation("history.revision", r.number())).setHeader(getTranslation("history.number"))
                .setKey("number").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.content().title()).setHeader(getTranslation("article.title")).setKey("title");
        grid.addColumn(Revision::createdByName).setHeader(getTranslation("history.by")).setKey("by").setAutoWidth(true);
        grid.addColumn(r -> Translations.formatDateTime(r.createdAt())).setHeader(getTranslation("history.at"))
                .setKey("at").setAutoWidth(true);
        grid.addColumn(r -> note(article, r)).setHeader(getTranslation("history.note")).setKey("note").setAutoWidth(true);
        NarrowGrid.showCardsWhenNarrow(grid, r -> getTranslation("history.revision", r.number()) + " · "
                + r.content().title(), r -> String.join(" · ", r.createdByName(),
                Translations.formatDateTime(r.createdAt()), note(article, r)).replaceAll(" · $", ""));
        grid.setItems(revisions);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> compare(article, revisions, click.getItem()));
        add(grid, comparison);

        add(new H3(getTranslation("review.history")));
        Grid<WorkflowEvent> trail = new Grid<>();
        trail.addColumn(e -> Translations.formatDateTime(e.occurredAt())).setHeader(getTranslation("history.at"))
                .setKey("at").setAutoWidth(true);
        trail.addColumn(e -> e.actorName() == null ? getTranslation("scheduler.name") : e.actorName())
                .setHeader(getTranslation("history.by")).setKey("by").setAutoWidth(true);
        trail.addColumn(e -> getTranslation(e.messageKey()) + (e.late() ? getTranslation("audit.lateMark") : "")
                        + (e.reviewLevel() == null ? "" : getTranslation("audit.atLevel",
                        getTranslation(cn.gxnews.portal.office.ReviewLevels.levelKey(e.reviewLevel())))))
                .setHeader(getTranslation("audit.action")).setKey("action").setAutoWidth(true);
        trail.addColumn(e -> (e.from() == null ? "" : getTranslation(e.from().messageKey()) + " → ")
                + getTranslation(e.to().messageKey())).setHeader(getTranslation("audit.states")).setKey("states");
        trail.addColumn(e -> getTranslation("history.revision", e.revisionNumber()))
                .setHeader(getTranslation("history.number")).setKey("revision").setAutoWidth(true);
        trail.addColumn(e -> e.comment() == null ? "" : e.comment()).setHeader(getTranslation("audit.comment"))
                .setKey("comment");
        NarrowGrid.showCardsWhenNarrow(trail, e -> getTranslation(e.messageKey())
                        + (e.late() ? getTranslation("audit.lateMark") : ""),
                e -> String.join(" · ", Translations.formatDateTime(e.occurredAt()),
                        e.actorName() == null ? getTranslation("scheduler.name") : e.actorName(),
                        getTranslation("history.revision", e.revisionNumber()))
                        + (e.comment() == null ? "" : " · " + e.comment()));
        trail.setItems(article.history().reversed());
        trail.setAllRowsVisible(true);
        add(trail);
    }

    private String note(Article article, Revision revision) {
        if (revision.id() == article.working().id()) {
            return getTranslation("history.working");
        }
        if (article.publishedRevisionId() != null && revision.id() == article.publishedRevisionId()) {
            return getTranslation("history.published");
        }
        return revision.restoredFrom() == null ? "" : getTranslation("history.restoredFrom", revision.restoredFrom());
    }

    /** Shows what the chosen revision changed compared with the one before it, and offers to restore it. */
    private void compare(Article article, List<Revision> revisions, Revision chosen) {
        comparison.removeAll();
        Revision previous = revisions.stream().filter(r -> r.number() < chosen.number()).findFirst().orElse(null);
        comparison.add(new H3(getTranslation("history.changesIn", chosen.number())));
        comparison.add(new DiffView(ArticleDiff.between(previous == null ? null : previous.content(),
                chosen.content())));
        if (chosen.id() != article.working().id() && Transition.mayEdit(currentUser.require(), article)) {
            Button restore = new Button(getTranslation("history.restore", chosen.number()), click -> {
                Article restored = articles.restore(article.id(), article.version(), chosen.number());
                Notices.success(getTranslation("history.restored", chosen.number(), restored.working().number()));
                getUI().ifPresent(ui -> ui.navigate(ArticleEditorView.class, article.id().toString()));
            });
            restore.addThemeVariants(ButtonVariant.PRIMARY);
            comparison.add(new Paragraph(getTranslation("history.restoreHint")), restore);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("history.title");
    }
}
