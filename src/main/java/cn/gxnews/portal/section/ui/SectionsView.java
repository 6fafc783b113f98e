package cn.gxnews.portal.section.ui;

import cn.gxnews.portal.base.PortalException;
import cn.gxnews.portal.base.TextRefusedException;
import cn.gxnews.portal.base.ui.NarrowGrid;
import cn.gxnews.portal.base.ui.Notices;
import cn.gxnews.portal.section.Section;
import cn.gxnews.portal.section.SectionRefusedException;
import cn.gxnews.portal.section.SectionService;
import cn.gxnews.portal.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The sections (栏目) of the news: administrators add them, change their names and addresses, put them in the
 * order the site's navigation shows, and remove one no article belongs to. Clicking a section puts it into the
 * form for changing.
 */
@Route("admin/sections")
@Menu(title = "nav.sections", order = 105, icon = "vaadin:folder-open")
@RolesAllowed(Roles.ADMIN)
class SectionsView extends VerticalLayout implements HasDynamicTitle {

    private final SectionService sections;
    private final Grid<Section> grid = new Grid<>();
    private final TextField nameZh = new TextField();
    private final TextField nameEn = new TextField();
    private final TextField slug = new TextField();
    private final Paragraph editing = new Paragraph();
    private @Nullable Section edited;
    /** The sections as last read, in their order. */
    private List<Section> shown = List.of();

    SectionsView(SectionService sections) {
        this.sections = sections;
        nameZh.setLabel(getTranslation("section.nameZh"));
        nameEn.setLabel(getTranslation("section.nameEn"));
        slug.setLabel(getTranslation("section.slug"));
        slug.setHelperText(getTranslation("section.slug.help"));
        nameZh.setMaxLength(Section.NAME_ZH_MAX);
        nameEn.setMaxLength(Section.NAME_EN_MAX);
        slug.setMaxLength(Section.SLUG_MAX);
        FormLayout form = new FormLayout(nameZh, nameEn, slug);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        Button save = new Button(getTranslation("section.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button fresh = new Button(getTranslation("section.new"), click -> edit(null));
        FlexLayout buttons = new FlexLayout(save, fresh);
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
        editing.addClassName("section-editing");

        grid.addColumn(Section::nameZh).setHeader(getTranslation("section.nameZh")).setKey("nameZh").setAutoWidth(true);
        grid.addColumn(Section::nameEn).setHeader(getTranslation("section.nameEn")).setKey("nameEn").setAutoWidth(true);
        grid.addColumn(section -> "/sections/" + section.slug()).setHeader(getTranslation("section.address"))
                .setKey("address");
        grid.addComponentColumn(this::actions).setHeader(getTranslation("section.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0);
        NarrowGrid.showCardsWhenNarrow(grid, section -> section.nameZh() + " · " + section.nameEn(),
                section -> "/sections/" + section.slug(), "actions");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> edit(click.getItem()));
        refresh();
        edit(null);
        add(new H2(getTranslation("section.heading")), new Paragraph(getTranslation("section.help")), editing, form,
                buttons, grid);
    }

    /** Up, down and remove: the first section cannot go up, the last not down. */
    private HorizontalLayout actions(Section section) {
        List<Section> all = shown;
        int at = all.indexOf(section);
        Button up = new Button(VaadinIcon.ARROW_UP.create(), click -> move(section, true));
        up.setAriaLabel(getTranslation("section.up") + " " + section.nameZh());
        up.setTooltipText(getTranslation("section.up"));
        up.setEnabled(at > 0);
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), click -> move(section, false));
        down.setAriaLabel(getTranslation("section.down") + " " + section.nameZh());
        down.setTooltipText(getTranslation("section.down"));
        down.setEnabled(at >= 0 && at < all.size() - 1);
        Button remove = new Button(getTranslation("section.remove"), click -> confirmRemove(section));
        remove.addThemeVariants(ButtonVariant.ERROR);
        for (Button button : List.of(up, down, remove)) {
            button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        }
        HorizontalLayout actions = new HorizontalLayout(up, down, remove);
        actions.setSpacing(false);
        return actions;
    }

    private void move(Section section, boolean up) {
        try {
            sections.move(section.id(), section.version(), up);
        } catch (PortalException e) {
            Notices.error(e);
        }
        refresh();
    }

    private void confirmRemove(Section section) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("section.remove"));
        dialog.add(new Paragraph(getTranslation("section.remove.confirm", section.nameZh())));
        Button confirm = new Button(getTranslation("section.remove"), click -> {
            dialog.close();
            try {
                sections.remove(section.id(), section.version());
                Notices.success(getTranslation("section.removed", section.nameZh()));
                if (edited != null && edited.id() == section.id()) {
                    edit(null);
                }
            } catch (PortalException e) {
                Notices.error(e);
            }
            refresh();
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private void edit(@Nullable Section section) {
        edited = section;
        nameZh.setValue(section == null ? "" : section.nameZh());
        nameEn.setValue(section == null ? "" : section.nameEn());
        slug.setValue(section == null ? "" : section.slug());
        editing.setText(section == null ? getTranslation("section.adding")
                : getTranslation("section.editing", section.nameZh()));
        clearInvalid();
    }

    private void save() {
        clearInvalid();
        try {
            Section current = edited;
            Section saved = current == null ? sections.add(slug.getValue(), nameZh.getValue(), nameEn.getValue())
                    : sections.update(new Section(current.id(), slug.getValue(), nameZh.getValue(), nameEn.getValue(),
                    current.position(), current.version()), current.version());
            Notices.success(getTranslation("section.saved", saved.nameZh()));
            refresh();
            edit(null);
        } catch (SectionRefusedException e) {
            TextField field = switch (e.field()) {
                case "slug" -> slug;
                case "nameEn" -> nameEn;
                case "nameZh" -> nameZh;
                default -> null;
            };
            if (field == null) {
                Notices.error(e);
            } else {
                field.setErrorMessage(Notices.message(e));
                field.setInvalid(true);
            }
        } catch (TextRefusedException e) {
            TextField field = "section.nameEn".equals(e.field()) ? nameEn : nameZh;
            field.setErrorMessage(Notices.message(e));
            field.setInvalid(true);
        } catch (PortalException e) {
            Notices.error(e);
        }
    }

    private void clearInvalid() {
        nameZh.setInvalid(false);
        nameEn.setInvalid(false);
        slug.setInvalid(false);
    }

    private void refresh() {
        shown = sections.findAll();
        grid.setItems(shown);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("section.heading");
    }
}
