package cn.gxnews.portal.publicsite;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Answers of every public page and feed to an address that leads nowhere: "not found" (an unknown article,
 * office or page number, or a number that is no number) and "gone" (an article taken offline), as pages in the
 * site's language. They are answers, not failures: nothing is logged.
 */
@ControllerAdvice(assignableTypes = {PublicSiteController.class, FeedController.class})
class PublicProblems {

    private final PageTexts texts;

    PublicProblems(PageTexts texts) {
        this.texts = texts;
    }

    @ExceptionHandler({PublicSiteController.NotFoundException.class, MethodArgumentTypeMismatchException.class})
    String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
        return problem(request, response, model, HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(PublicSiteController.GoneException.class)
    String gone(HttpServletRequest request, HttpServletResponse response, Model model) {
        return problem(request, response, model, HttpStatus.GONE);
    }

    private String problem(HttpServletRequest request, HttpServletResponse response, Model model, HttpStatus status) {
        response.setStatus(status.value());
        return page(texts.of(request, request.getRequestURI(), "/"),
                status.value(), model);
    }

    /**
     * Fills the model of the page that explains a status and returns its view: not found, gone, a request that
     * makes no sense (any other 4xx), "try again shortly" (503, the database is away), or the site's apology
     * (other 5xx).
     */
    static String page(PageText text, int status, Model model) {
        String name = switch (status) {
            case 404 -> "notFound";
            case 410 -> "gone";
            case 503 -> "unavailable";
            default -> status >= 400 && status < 500 ? "badRequest" : "error";
        };
        model.addAttribute("text", text);
        model.addAttribute("meta", new PageMeta(text.t("site." + name + ".title"), "", text.absolute(text.href("/")),
                "website", null, null));
        return switch (name) {
            case "notFound" -> "not-found";
            case "badRequest" -> "bad-request";
            default -> name;
        };
    }
}
