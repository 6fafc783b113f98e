package cn.gxnews.portal.base.ui;

import cn.gxnews.portal.base.PortalException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * A dialog that edits one thing. Save runs the change, then closes the dialog with a confirmation; a change
 * the portal refuses (invalid, or changed by someone else meanwhile) says why and leaves the dialog open with
 * everything that was typed. Cancel closes it.
 */
public class SaveDialog extends Dialog {

    /** @param save makes the change and brings the view up to date; throws a {@link PortalException} to refuse */
    public SaveDialog(String title, Component form, Runnable save) {
        setHeaderTitle(title);
        add(form);
        Button saveButton = new Button(getTranslation("editor.save"), click -> {
            save.run(); // a refusal stops here: the dialog stays open and the desk's error handler says why
            close();
            Notices.success(getTranslation("editor.saved"));
        });
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), saveButton);
    }
}
