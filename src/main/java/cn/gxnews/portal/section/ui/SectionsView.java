package cn.gxnews.portal.section.ui;

import cn.gxnews.portal.base.PortalException;
import cn.gxnews.portal.base.TextRefusedException;
import cn.gxnews.portal.base.ui.Notices;
import cn.gxnews.portal.section.Section;
import cn.gxnews.portal.section.SectionRefusedException;
import cn.gxnews.portal.section.SectionService;
import cn.gxnews.portal.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The sections (栏目) of the news: administrators add them and change their names and addresses. Clicking a
 * section puts it into the form for changing.
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
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> edit(click.getItem()));
        refresh();
        edit(null);
        add(new H2(getTranslation("section.heading")), new Paragraph(getTranslation("section.help")), editing, form,
                buttons, grid);
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
        grid.setItems(sections.findAll());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("section.heading");
    }
}
