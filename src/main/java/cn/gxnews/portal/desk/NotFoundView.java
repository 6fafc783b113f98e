package cn.gxnews.portal.desk;

import cn.gxnews.portal.base.ui.TranslatedNotFoundException;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Not found", inside the desk's frame and in the member's language, with HTTP 404: for a desk address that
 * does not exist, and for an id that does not exist or that the member may not see (a view throws
 * {@link TranslatedNotFoundException} from {@code setParameter} or {@code beforeEnter}, with a translated message saying
 * what was not found). Without it, Vaadin's own error
 * view has no access annotation, so a signed-in member got "access denied" (403) for a mistyped address.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    public NotFoundView() {
        setId("not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        // an unknown address: the router's message is technical and English; a view's own says what is missing
        String detail = parameter.getCaughtException() instanceof TranslatedNotFoundException missing
                ? missing.getMessage() : getTranslation("desk.notFound.text");
        add(new H2(getTranslation("desk.notFound.heading")), new Paragraph(detail));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("desk.notFound.heading");
    }
}
