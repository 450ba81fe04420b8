package dk.aarhus.sistercities.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page. Spring Security handles the form's POST and sends failures back here with {@code ?error}. */
@Controller
class LoginController {

    @GetMapping(SecurityConfig.LOGIN)
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
            @RequestParam(required = false) String again, HttpServletRequest request, Model model) {
        if (CurrentEditor.current().isPresent()) {
            return "redirect:" + SecurityConfig.HOME;
        }
        if (error != null) {
            // One text for an unknown user name and a wrong password alike; only the wait is told apart.
            if (lastFailure(request) instanceof LoginThrottledException throttled) {
                model.addAttribute("waitMinutes", throttled.minutes());
            } else {
                model.addAttribute("failed", true);
            }
        } else if (logout != null) {
            model.addAttribute("loggedOut", true);
        } else if (again != null) {
            // The second step took too long or had too many wrong codes (LoginCodeController).
            model.addAttribute("again", true);
        }
        return "account/login";
    }

    private static Object lastFailure(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }
}
