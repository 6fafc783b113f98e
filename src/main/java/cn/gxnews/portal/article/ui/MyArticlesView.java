package cn.gxnews.portal.article.ui;

import cn.gxnews.portal.base.ui.NarrowGrid;
import cn.gxnews.portal.base.ui.PageHeader;
import cn.gxnews.portal.base.Translations;
import cn.gxnews.portal.article.ArticleListItem;
import cn.gxnews.portal.article.ArticleService;
import cn.gxnews.portal.security.CurrentUser;
import cn.gxnews.portal.security.ForOfficeMembers;
import cn.gxnews.portal.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** "My articles": everything the signed-in member wrote, with its state; the place to start a new draft. */
@Route("articles")
@Menu(title = "nav.myArticles", order = 10, icon = "vaadin:edit")
@RolesAllowed({Roles.AUTHOR, Roles.EDITOR})
@ForOfficeMembers
class MyArticlesView extends VerticalLayout implements HasDynamicTitle {

    MyArticlesView(ArticleService articles, CurrentUser currentUser) {
        setSizeFull();

        Button newDraft = new Button(getTranslation("myArticles.new"), VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(ArticleEditorView.class, ArticleEditorView.NEW)));
        newDraft.addThemeVariants(ButtonVariant.PRIMARY);
        newDraft.setVisible(currentUser.require().officeCode() != null);
        PageHeader top = new PageHeader(getTranslation("myArticles.heading"), newDraft);

        Grid<ArticleListItem> grid = new Grid<>();
        grid.addColumn(ArticleListItem::title).setHeader(getTranslation("article.title")).setKey("title").setFlexGrow(3);
        grid.addColumn(item -> getTranslation(item.state().messageKey()))
                .setHeader(getTranslation("article.state")).setKey("state").setFlexGrow(1);
        grid.addColumn(item -> Translations.formatDateTime(item.updatedAt()))
                .setHeader(getTranslation("article.updatedAt")).setKey("updatedAt").setFlexGrow(1);
        NarrowGrid.showCardsWhenNarrow(grid, ArticleListItem::title, item -> getTranslation(item.state().messageKey())
                + " · " + Translations.formatDateTime(item.updatedAt()));
        grid.setItems(query -> articles.findMine(query.getOffset(), query.getLimit()), query -> articles.countMine());
        grid.setEmptyStateText(getTranslation("myArticles.empty"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate(ArticleEditorView.class, click.getItem().id().toString())));
        grid.setSizeFull();

        add(top, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myArticles.heading");
    }
}
