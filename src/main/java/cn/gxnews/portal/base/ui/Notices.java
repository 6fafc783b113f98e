package cn.gxnews.portal.base.ui;

import cn.gxnews.portal.base.PortalException;
import cn.gxnews.portal.base.Translations;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.VaadinService;

/** Short messages to the user: confirmations, and refusals explained in their language. */
public final class Notices {

    private static final int DURATION_MS = 5000;

    private Notices() {
    }

    public static void success(String text) {
        Notification notification = Notification.show(text, DURATION_MS, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
    }

    /** Shows why something was refused; stays until the user closes it, so it cannot be missed. */
    public static void error(PortalException exception) {
        error(message(exception));
    }

    /** A refusal as the user reads it, for showing it on the field it concerns. */
    public static String message(PortalException exception) {
        return translations().message(exception, UI.getCurrent().getLocale());
    }

    public static void error(String text) {
        Notification notification = Notification.show(text, DURATION_MS * 2, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.ERROR);
    }

    private static Translations translations() {
        return (Translations) VaadinService.getCurrent().getInstantiator().getI18NProvider();
    }
}
