package cn.gxnews.portal.publicsite;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import cn.gxnews.portal.base.DatabaseUnavailable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Error pages of the public site, in its language: "page not found" for an address that leads nowhere, "cannot be
 * opened" for any other request that makes no sense (a client's error), and a plain apology for a failure. Replaces Spring Boot's default error output (JSON or a white page).
 */
@Controller
class PublicErrorController implements ErrorController {

    /** How long a reader is asked to wait while the database is away (a restart takes seconds). */
    static final int RETRY_AFTER_SECONDS = 30;

    private final PageTexts texts;

    PublicErrorController(PageTexts texts) {
        this.texts = texts;
    }

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : HttpStatus.INTERNAL_SERVER_ERROR.value();
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && DatabaseUnavailable.causedBy(failure)) {
            // the page cache had no copy of the page to show instead (PageCacheFilter): ask to come back shortly
            status = HttpStatus.SERVICE_UNAVAILABLE.value();
            response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        }
        response.setStatus(status);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        PageText text = texts.of(request, uri == null ? null : uri.toString(), "/");
        return PublicProblems.page(text, status, model);
    }
}
