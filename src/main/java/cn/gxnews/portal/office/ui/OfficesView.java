package cn.gxnews.portal.office.ui;

import cn.gxnews.portal.base.ui.NarrowGrid;
import cn.gxnews.portal.base.ui.SaveDialog;
import cn.gxnews.portal.office.Office;
import cn.gxnews.portal.office.OfficeService;
import cn.gxnews.portal.security.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The offices' names and the contact details the public Contact Us page shows; administrators edit them. */
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
        address.setWidth("28rem");
        new SaveDialog(office.nameZh(), new VerticalLayout(nameZh, nameEn, contact, phone, address), () -> {
            offices.update(new Office(office.code(), nameZh.getValue(), nameEn.getValue(), address.getValue(),
                    contact.getValue(), phone.getValue()), version);
            grid.setItems(offices.findAll());
        }).open();
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
