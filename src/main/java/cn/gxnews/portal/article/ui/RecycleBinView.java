package cn.gxnews.portal.article.ui;

import cn.gxnews.portal.article.BinnedArticle;
import cn.gxnews.portal.article.RecycleBinService;
import cn.gxnews.portal.base.PortalException;
import cn.gxnews.portal.base.Translations;
import cn.gxnews.portal.base.ui.NarrowGrid;
import cn.gxnews.portal.base.ui.Notices;
import cn.gxnews.portal.base.ui.PageHeader;
import cn.gxnews.portal.office.Office;
import cn.gxnews.portal.office.OfficeService;
import cn.gxnews.portal.security.CurrentUser;
import cn.gxnews.portal.security.Roles;
import cn.gxnews.portal.security.StaffMember;
import cn.gxnews.portal.security.StaffRole;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The recycle bin (decision 0025): the binned articles the member may see (their own; an editor's office's),
 * until when each is kept, and a button to restore it. Administrators see how many articles all the bins hold
 * and may empty them for good.
 */
@Route("bin")
@Menu(title = "nav.recycleBin", order = 65, icon = "vaadin:trash")
@RolesAllowed({Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
class RecycleBinView extends VerticalLayout implements HasDynamicTitle {

    private final RecycleBinService bin;
    private final Grid<BinnedArticle> grid = new Grid<>();
    private final Paragraph adminCount = new Paragraph();

    RecycleBinView(RecycleBinService bin, OfficeService offices, CurrentUser currentUser) {
        this.bin = bin;
        setSizeFull();
        StaffMember member = currentUser.require();
        boolean staff = member.hasRole(StaffRole.AUTHOR) || member.hasRole(StaffRole.EDITOR);
        boolean admin = member.hasRole(StaffRole.ADMIN);

        Button emptyAll = new Button(getTranslation("bin.emptyAll"), click -> confirmEmpty());
        emptyAll.addThemeVariants(ButtonVariant.ERROR);
        emptyAll.setVisible(admin);
        add(new PageHeader(getTranslation("bin.heading"), emptyAll));
        if (admin) {
            adminCount.addClassName("bin-count");
            showCount();
            add(adminCount);
        }
        if (staff) {
            Map<String, Office> officesByCode = offices.findAll().stream()
                    .collect(Collectors.toMap(Office::code, Function.identity()));
            grid.addColumn(BinnedArticle::title).setHeader(getTranslation("article.title")).setKey("title")
                    .setFlexGrow(3);
            grid.addColumn(item -> officesByCode.get(item.officeCode()).name(getLocale()))
                    .setHeader(getTranslation("article.office")).setKey("office").setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(BinnedArticle::authorName).setHeader(getTranslation("article.author")).setKey("author");
            grid.addColumn(item -> Translations.formatDateTime(item.binnedAt()))
                    .setHeader(getTranslation("bin.binnedAt")).setKey("binnedAt");
            grid.addColumn(BinnedArticle::binnedByName).setHeader(getTranslation("bin.binnedBy")).setKey("binnedBy");
            grid.addColumn(item -> Translations.formatDateTime(item.purgeAfter()))
                    .setHeader(getTranslation("bin.purgeAfter")).setKey("purgeAfter");
            grid.addComponentColumn(item -> {
                Button restore = new Button(getTranslation("bin.restore"), click -> restore(item));
                restore.addThemeVariants(ButtonVariant.SMALL);
                return restore;
            }).setKey("restore").setAutoWidth(true).setFlexGrow(0);
            NarrowGrid.showCardsWhenNarrow(grid, BinnedArticle::title, item -> String.join(" · ",
                    officesByCode.get(item.officeCode()).name(getLocale()), item.authorName(),
                    getTranslation("bin.purgeAfter") + " " + Translations.formatDateTime(item.purgeAfter())),
                    "restore");
            grid.setItems(query -> bin.binned(query.getOffset(), query.getLimit()), query -> bin.countBinned());
            // titles and names in full on a desktop too, on as many lines as they need
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.setEmptyStateText(getTranslation("bin.empty"));
            grid.setSizeFull();
            add(grid);
        }
    }

    private void restore(BinnedArticle item) {
        try {
            var restored = bin.restore(item.id(), item.version());
            Notices.success(getTranslation("bin.restored"));
            getUI().ifPresent(ui -> ui.navigate(ArticleEditorView.class, restored.id().toString()));
        } catch (PortalException e) {
            Notices.error(e);
            grid.getDataProvider().refreshAll();
        }
    }

    private void confirmEmpty() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("bin.emptyAll"));
        dialog.add(new Paragraph(getTranslation("bin.emptyAll.confirm", bin.countAll())));
        Button confirm = new Button(getTranslation("bin.emptyAll.delete"), click -> {
            int deleted = bin.empty();
            dialog.close();
            Notices.success(getTranslation("bin.emptied", deleted));
            showCount();
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private void showCount() {
        adminCount.setText(getTranslation("bin.adminCount", bin.countAll()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bin.heading");
    }
}
