package cn.gxnews.portal.publicsite;

import cn.gxnews.portal.base.Translations;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Error pages of the public site, in its language: "page not found" for an address that leads nowhere, and
 * a plain apology for anything else. Replaces Spring Boot's default error output (JSON or a white page).
 */
@Controller
class PublicErrorController implements ErrorController {

    private final MessageSource messages;

    PublicErrorController(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : HttpStatus.INTERNAL_SERVER_ERROR.value();
        response.setStatus(status);
        model.addAttribute("text", new PageText(messages, Translations.CHINESE));
        return status == HttpStatus.NOT_FOUND.value() ? "not-found" : "error";
    }
}
