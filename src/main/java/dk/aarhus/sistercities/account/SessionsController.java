package dk.aarhus.sistercities.account;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Everyone's own sessions: where they are logged in, and ending any of the others. */
@Controller
@RequestMapping("/admin/sessions")
class SessionsController {

    private final EditorSessions sessions;
    private final AuditLog auditLog;

    SessionsController(EditorSessions sessions, AuditLog auditLog) {
        this.sessions = sessions;
        this.auditLog = auditLog;
    }

    @GetMapping
    String list(Principal principal, HttpServletRequest request, Model model) {
        model.addAttribute("sessions", sessions.of(principal.getName(), request));
        return "account/sessions";
    }

    @PostMapping("/end")
    String end(@RequestParam(required = false) String session, Principal principal, HttpServletRequest request,
            RedirectAttributes redirect) {
        if (sessions.end(principal.getName(), session, request)) {
            auditLog.record(AuditEvent.SESSION_ENDED, principal.getName(), "one other session");
            redirect.addFlashAttribute("banner", Banner.success("sessions.banner.ended", principal.getName()));
        } else {
            redirect.addFlashAttribute("banner", Banner.warning("sessions.banner.gone", principal.getName()));
        }
        return "redirect:/admin/sessions";
    }

    @PostMapping("/end-others")
    String endOthers(Principal principal, HttpServletRequest request, RedirectAttributes redirect) {
        int ended = sessions.endOthers(principal.getName(), request);
        auditLog.record(AuditEvent.SESSION_ENDED, principal.getName(), ended + " other session(s)");
        redirect.addFlashAttribute("banner", Banner.success("sessions.banner.others-ended", principal.getName()));
        return "redirect:/admin/sessions";
    }
}
