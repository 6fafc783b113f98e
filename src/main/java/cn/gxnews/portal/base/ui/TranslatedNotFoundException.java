package cn.gxnews.portal.base.ui;

import com.vaadin.flow.router.NotFoundException;

/**
 * A desk view's "not found" for an id that does not exist or that the member may not see, with a message
 * already in the member's language. The router's own "not found" for an unknown address carries a technical
 * message in English, which the desk's not-found page does not show.
 */
public class TranslatedNotFoundException extends NotFoundException {

    public TranslatedNotFoundException(String translatedMessage) {
        super(translatedMessage);
    }
}
