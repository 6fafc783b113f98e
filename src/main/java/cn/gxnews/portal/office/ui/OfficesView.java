package cn.gxnews.portal.office.ui;

import cn.gxnews.portal.base.ui.NarrowGrid;
import cn.gxnews.portal.base.ui.SaveDialog;
import cn.gxnews.portal.office.Office;
import cn.gxnews.portal.office.OfficeService;
import cn.gxnews.portal.office.ReviewLevels;
import cn.gxnews.portal.office.ReviewTaker;
import com.vaadin.flow.component.select.Select;
import cn.gxnews.portal.security.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.List;

/**
 * The offices' names and the contact details the public Contact Us page shows, and each office's review levels
 * (三审制) and who takes each; administrators edit them.
 */
@Route("admin/offices")
@Menu(title = "nav.offices", order = 100, icon = "vaadin:building")
@RolesAllowed(Roles.ADMIN)
class OfficesView extends VerticalLayout implements HasDynamicTitle {

    private final OfficeService offices;
    private final Grid<Office> grid = new Grid<>();

    OfficesView(OfficeService offices) {
        this.offices = offices;
        grid.addColumn(Office::nameZh).setHeader(getTranslation("office.nameZh")).setKey("nameZh").setAutoWidth(true);
        grid.addColumn(Office::nameEn).setHeader(getTranslation("office.nameEn")).setKey("nameEn").setAutoWidth(true);
        grid.addColumn(Office::contactPerson).setHeader(getTranslation("office.contact")).setKey("contact").setAutoWidth(true);
        grid.addColumn(Office::phone).setHeader(getTranslation("office.phone")).setKey("phone").setAutoWidth(true);
        grid.addColumn(Office::address).setHeader(getTranslation("office.address")).setKey("address");
        grid.addColumn(office -> describe(offices.reviewLevels(office.code())))
                .setHeader(getTranslation("reviewLevel.heading")).setKey("reviewLevels").setAutoWidth(true);
        NarrowGrid.showCardsWhenNarrow(grid, office -> office.name(getLocale()),
                office -> String.join(" · ", office.contactPerson(), office.phone(), office.address()));
        grid.setItems(offices.findAll());
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> edit(click.getItem()));
        add(new H2(getTranslation("office.heading")), grid);
    }

    private void edit(Office office) {
        int version = offices.version(office.code());
        TextField nameZh = field("office.nameZh", office.nameZh());
        TextField nameEn = field("office.nameEn", office.nameEn());
        TextField contact = field("office.contact", office.contactPerson());
        TextField phone = field("office.phone", office.phone());
        TextField address = field("office.address", office.address());
        address.setWidthFull();
        ReviewLevels current = offices.reviewLevels(office.code());
        Select<Integer> count = new Select<>();
        count.setLabel(getTranslation("reviewLevel.count"));
        count.setItems(1, 2, 3);
        count.setValue(current.count());
        count.setHelperText(getTranslation("reviewLevel.count.help"));
        List<Select<ReviewTaker>> takers = new ArrayList<>();
        for (int level = 1; level <= ReviewLevels.MAX; level++) {
            Select<ReviewTaker> taker = new Select<>();
            taker.setLabel(getTranslation("reviewLevel.takenBy", getTranslation(ReviewLevels.levelKey(level))));
            taker.setItems(ReviewTaker.values());
            taker.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
            taker.setValue(level <= current.count() ? current.takerOf(level) : ReviewTaker.OFFICE_EDITORS);
            taker.setVisible(level <= current.count());
            takers.add(taker);
        }
        count.addValueChangeListener(change -> {
            for (int level = 1; level <= ReviewLevels.MAX; level++) {
                takers.get(level - 1).setVisible(level <= change.getValue());
            }
        });
        VerticalLayout form = new VerticalLayout(nameZh, nameEn, contact, phone, address, count);
        takers.forEach(form::add);
        new SaveDialog(office.nameZh(), form, () -> {
            ReviewLevels levels = new ReviewLevels(takers.subList(0, count.getValue()).stream()
                    .map(Select::getValue).toList());
            offices.update(new Office(office.code(), nameZh.getValue(), nameEn.getValue(), address.getValue(),
                    contact.getValue(), phone.getValue()), levels, version);
            grid.setItems(offices.findAll());
        }).open();
    }

    /** "初审 本分公司编辑 · 复审 …": each level and who takes it. */
    private String describe(ReviewLevels levels) {
        List<String> parts = new ArrayList<>();
        for (int level = 1; level <= levels.count(); level++) {
            parts.add(getTranslation(ReviewLevels.levelKey(level)) + " " + getTranslation(levels.takerOf(level).messageKey()));
        }
        return String.join(" · ", parts);
    }

    private TextField field(String labelKey, String value) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setValue(value);
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("office.heading");
    }
}
