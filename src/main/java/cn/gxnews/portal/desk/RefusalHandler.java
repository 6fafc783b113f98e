package cn.gxnews.portal.desk;

import cn.gxnews.portal.base.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import cn.gxnews.portal.base.PortalException;
import cn.gxnews.portal.base.ui.Notices;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The desk's one answer to a refusal: a {@link PortalException} that reaches Vaadin from any click or change
 * is shown to the member as a translated notification, and the screen stays as it was (a dialog stays open
 * with what was typed). Views catch a refusal themselves only when they do something more with it (mark a
 * field, list what must be fixed, reload a stale article). Anything else is a failure, handled by Vaadin's
 * default handler (logged, and a generic message), except the database being away: then the member reads that
 * nothing was saved and to try again shortly, and the screen keeps what was typed.
 */
@Component
class RefusalHandler implements ErrorHandler, VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(RefusalHandler.class);

    private final ErrorHandler failures = new DefaultErrorHandler();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Optional<PortalException> refusal = refusalIn(event.getThrowable());
        if (refusal.isPresent() && UI.getCurrent() != null) {
            Notices.error(refusal.get());
        } else if (DatabaseUnavailable.causedBy(event.getThrowable()) && UI.getCurrent() != null) {
            // the database is away (stopped, restarting): nothing was written, and the screen keeps what was typed
            log.warn("Database unavailable: {}", event.getThrowable().getMessage());
            Notices.error(UI.getCurrent().getTranslation("error.databaseUnavailable"));
        } else {
            failures.error(event);
        }
    }

    /** The refusal itself, also when Vaadin or Spring wrapped it on its way out of a listener. */
    static Optional<PortalException> refusalIn(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PortalException refusal) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }
}
