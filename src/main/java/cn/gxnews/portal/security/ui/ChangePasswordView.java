package cn.gxnews.portal.security.ui;

import cn.gxnews.portal.base.ui.Notices;
import cn.gxnews.portal.security.PasswordPolicy;
import cn.gxnews.portal.security.PasswordRejectedException;
import cn.gxnews.portal.security.StaffAccountService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.stream.Collectors;

/** Every member changes their own password here; the form says what a good password is. */
@Route("account/password")
@Menu(title = "nav.password", order = 70, icon = "vaadin:key")
@PermitAll
class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    ChangePasswordView(StaffAccountService accounts) {
        setMaxWidth("32rem");
        PasswordField current = new PasswordField(getTranslation("password.current"));
        PasswordField fresh = new PasswordField(getTranslation("password.new"));
        fresh.setHelperText(getTranslation("password.help", PasswordPolicy.MIN_LENGTH, PasswordPolicy.RECOMMENDED_LENGTH));
        fresh.setMaxLength(PasswordPolicy.MAX_LENGTH);
        PasswordField again = new PasswordField(getTranslation("password.repeat"));
        for (PasswordField field : List.of(current, fresh, again)) {
            field.setWidthFull();
        }
        Button change = new Button(getTranslation("password.change"), click -> {
            current.setInvalid(false);
            fresh.setInvalid(false);
            again.setInvalid(false);
            if (!fresh.getValue().equals(again.getValue())) {
                again.setErrorMessage(getTranslation("password.mismatch"));
                again.setInvalid(true);
                return;
            }
            try {
                accounts.changeOwnPassword(current.getValue(), fresh.getValue());
                current.clear();
                fresh.clear();
                again.clear();
                Notices.success(getTranslation("password.changed"));
            } catch (PasswordRejectedException e) {
                PasswordField field = e.concernsCurrentPassword() ? current : fresh;
                field.setErrorMessage(e.problems().stream()
                        .map(problem -> getTranslation(problem, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH))
                        .collect(Collectors.joining(" ")));
                field.setInvalid(true);
            }
        });
        change.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H2(getTranslation("password.heading")), current, fresh, again, change);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.heading");
    }
}
