package dk.aarhus.sistercities.site;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error is answered with the site's own HTML page, whatever the client accepts: a public
 * website has no API whose errors need JSON. Nothing about the failure is shown but its status.
 */
@Controller
class ErrorPageController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 404;
        response.setStatus(status);
        model.addAttribute("status", status);
        // What the client can do about it, where the status says more than "could not be handled".
        model.addAttribute("detail", switch (status) {
            case 405 -> "error.405.text";
            case 413 -> "error.413.text";
            case 414 -> "error.414.text";
            default -> null;
        });
        return switch (status) {
            case 403 -> "error/403";
            case 404 -> "error/404";
            default -> "error";
        };
    }
}
