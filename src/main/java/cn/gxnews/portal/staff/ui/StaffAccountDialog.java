package cn.gxnews.portal.staff.ui;

import cn.gxnews.portal.base.ui.Notices;
import cn.gxnews.portal.office.Office;
import cn.gxnews.portal.security.OneTimePassword;
import cn.gxnews.portal.security.StaffAccountService;
import cn.gxnews.portal.security.StaffMember;
import cn.gxnews.portal.security.StaffRole;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Opens a new account or changes one: name, e-mail, office (or all offices), roles, active or not; and gives
 * out one-time passwords. What the administrator typed stays in the form when a change is refused.
 */
class StaffAccountDialog extends Dialog {

    private final StaffAccountService accounts;
    private final @Nullable StaffMember member;
    private final Runnable saved;
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final EmailField email = new EmailField();
    private final ComboBox<Optional<Office>> office = new ComboBox<>();
    private final CheckboxGroup<StaffRole> roles = new CheckboxGroup<>();
    private final Checkbox enabled = new Checkbox();
    /** The account's version when the form was opened: a change by someone else meanwhile is refused. */
    private final int version;

    StaffAccountDialog(StaffAccountService accounts, List<Office> offices, @Nullable StaffMember member,
                       Runnable saved) {
        this.accounts = accounts;
        this.member = member;
        this.saved = saved;
        this.version = member == null ? 0 : accounts.version(member.id());
        setHeaderTitle(getTranslation(member == null ? "staff.new" : "staff.edit"));
        username.setLabel(getTranslation("staff.username"));
        displayName.setLabel(getTranslation("staff.displayName"));
        email.setLabel(getTranslation("staff.email"));
        office.setLabel(getTranslation("article.office"));
        List<Optional<Office>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        offices.forEach(o -> choices.add(Optional.of(o)));
        office.setItems(choices);
        office.setItemLabelGenerator(choice -> choice.map(o -> o.name(getLocale())).orElse(getTranslation("office.all")));
        roles.setLabel(getTranslation("staff.roles"));
        roles.setItems(StaffRole.values());
        roles.setItemLabelGenerator(role -> getTranslation(role.messageKey()));
        enabled.setLabel(getTranslation("staff.enabled"));
        if (member == null) {
            office.setValue(choices.get(1));
            enabled.setValue(true);
            enabled.setVisible(false);
        } else {
            username.setValue(member.username());
            username.setReadOnly(true);
            displayName.setValue(member.displayName());
            email.setValue(member.email() == null ? "" : member.email());
            office.setValue(choices.stream().filter(c -> Objects.equals(c.map(Office::code).orElse(null),
                    member.officeCode())).findFirst().orElseThrow());
            roles.setValue(member.roles());
            enabled.setValue(member.enabled());
        }
        VerticalLayout form = new VerticalLayout(username, displayName, email, office, roles, enabled);
        form.setPadding(false);
        add(form);
        Button save = new Button(getTranslation(member == null ? "staff.open" : "editor.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()));
        if (member != null) {
            Button reset = new Button(getTranslation("staff.resetPassword"), click -> reset());
            reset.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            getFooter().add(reset);
        }
        getFooter().add(save);
    }

    private void save() {
        String officeCode = office.getValue() == null ? null : office.getValue().map(Office::code).orElse(null);
        Set<StaffRole> chosen = roles.getValue();
        // a refusal stops here, before close(): the dialog stays open and the desk's error handler says why
        if (member == null) {
            OneTimePassword opened = accounts.open(username.getValue(), displayName.getValue(), email.getValue(),
                    officeCode, chosen);
            close();
            saved.run();
            showPassword(opened);
        } else {
            accounts.update(member.id(), version, displayName.getValue(), email.getValue(), officeCode, chosen, enabled.getValue());
            close();
            saved.run();
            Notices.success(getTranslation("editor.saved"));
        }
    }

    private void reset() {
        if (member == null) {
            return;
        }
        OneTimePassword fresh = accounts.resetPassword(member.id());
        close();
        saved.run();
        showPassword(fresh);
    }

    /** Shows a one-time password once, to hand to the member. */
    private void showPassword(OneTimePassword password) {
        Dialog shown = new Dialog();
        shown.setHeaderTitle(getTranslation("staff.oneTimePassword.title"));
        Span value = new Span(password.password());
        value.addClassName("one-time-password");
        shown.add(new Paragraph(getTranslation("staff.oneTimePassword.text", password.member().username())), value);
        shown.getFooter().add(new Button(getTranslation("staff.oneTimePassword.done"), click -> shown.close()));
        shown.open();
    }
}
