package dk.aarhus.sistercities.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Everyone's own second factor: set up (the secret as text and as an otpauth address, confirmed with a code
 * before it counts), new recovery codes, turned off where it is not required. An account that must have one
 * comes here right after its password ({@link LoginStep#ENROLMENT}) and is logged in once it is set up. A
 * change ends the editor's other sessions.
 */
@Controller
class SecondFactorController {

    static final String PAGE = "/admin/second-factor";
    /** The secret being set up, kept in the session until a code confirms it. */
    private static final String NEW_SECRET = "sistercities.second-factor.new-secret";
    private static final String VIEW = "account/second-factor";

    private final SecondFactor secondFactor;
    private final SecondFactorPolicy policy;
    private final LoginCompletion completion;
    private final EditorSessions sessions;

    SecondFactorController(SecondFactor secondFactor, SecondFactorPolicy policy, LoginCompletion completion,
            EditorSessions sessions) {
        this.secondFactor = secondFactor;
        this.policy = policy;
        this.completion = completion;
        this.sessions = sessions;
    }

    @GetMapping(PAGE)
    String page(@ModelAttribute("form") CodeForm form, Principal principal, HttpSession session, Model model) {
        return show(principal.getName(), session, model);
    }

    /** The first code from the app: the second factor is on, and its recovery codes are shown once. */
    @PostMapping(PAGE)
    String turnOn(@ModelAttribute("form") CodeForm form, BindingResult errors, Authentication login,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        HttpSession session = request.getSession();
        String username = login.getName();
        if (!(session.getAttribute(NEW_SECRET) instanceof String secret)
                || secondFactor.account(username).orElseThrow().hasSecondFactor()) {
            return "redirect:" + PAGE;
        }
        Optional<List<String>> codes = secondFactor.turnOn(username, secret, form.getCode());
        if (codes.isEmpty()) {
            errors.rejectValue("code", form.getCode().isEmpty() ? "login-code.code.empty" : "second-factor.code.wrong");
            return show(username, session, model);
        }
        session.removeAttribute(NEW_SECRET);
        if (LoginStep.of(login) == LoginStep.ENROLMENT) {
            completion.complete(secondFactor.account(username).orElseThrow(), request, response);
        }
        sessions.endOthers(username, request);
        redirect.addFlashAttribute("recoveryCodes", codes.get());
        redirect.addFlashAttribute("banner", Banner.success("second-factor.banner.on", username));
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/recovery-codes")
    String newRecoveryCodes(@ModelAttribute("form") CodeForm form, BindingResult errors, Principal principal,
            HttpSession session, Model model, RedirectAttributes redirect) {
        Optional<List<String>> codes = secondFactor.newRecoveryCodes(principal.getName(), form.getCode());
        if (codes.isEmpty()) {
            errors.rejectValue("code", form.getCode().isEmpty() ? "login-code.code.empty" : "second-factor.code.wrong");
            return show(principal.getName(), session, model);
        }
        redirect.addFlashAttribute("recoveryCodes", codes.get());
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/off")
    String turnOff(@ModelAttribute("form") CodeForm form, BindingResult errors, Principal principal,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        String username = principal.getName();
        if (policy.requiredFor(secondFactor.account(username).orElseThrow().getRole())) {
            return "redirect:" + PAGE;
        }
        if (!secondFactor.turnOff(username, form.getCode())) {
            errors.rejectValue("code", form.getCode().isEmpty() ? "login-code.code.empty" : "second-factor.code.wrong");
            return show(username, request.getSession(), model);
        }
        sessions.endOthers(username, request);
        redirect.addFlashAttribute("banner", Banner.success("second-factor.banner.off", username));
        return "redirect:" + PAGE;
    }

    private String show(String username, HttpSession session, Model model) {
        Account account = secondFactor.account(username).orElseThrow();
        model.addAttribute("on", account.hasSecondFactor());
        model.addAttribute("required", policy.requiredFor(account.getRole()));
        if (account.hasSecondFactor()) {
            model.addAttribute("since", account.totpEnabledAt());
            model.addAttribute("recoveryCodesLeftNow", secondFactor.recoveryCodesLeft(username));
        } else {
            if (!(session.getAttribute(NEW_SECRET) instanceof String)) {
                session.setAttribute(NEW_SECRET, SecondFactor.newSecret());
            }
            String secret = (String) session.getAttribute(NEW_SECRET);
            model.addAttribute("secret", SecondFactor.grouped(secret));
            model.addAttribute("otpauth", SecondFactor.otpauthUri(secret, username));
        }
        return VIEW;
    }
}
