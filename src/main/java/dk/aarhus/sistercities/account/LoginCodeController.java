package dk.aarhus.sistercities.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.OptionalLong;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A login's second step, after a right password: the authenticator app's code, or one of the recovery
 * codes. {@value #MAX_WRONG_CODES} wrong codes, or {@link LoginCompletion#SECOND_STEP_TIME} gone by, and the
 * login starts again from the password; every wrong code is a failed login in the audit log, which the
 * throttle counts. After a few wrong codes for the user name or the address no code is looked at for a while
 * ({@link LoginThrottle#codesCheckedAfterPassword}); the page says so, and a recovery code still works.
 */
@Controller
class LoginCodeController {

    static final String CODE = "/login/code";
    static final String RECOVERY = "/login/recovery";
    static final int MAX_WRONG_CODES = 5;
    private static final String WRONG_CODES = "sistercities.login.wrong-codes";
    private static final String PAGE = "account/login-code";

    private final SecondFactor secondFactor;
    private final LoginCompletion completion;
    private final AuditLog auditLog;
    private final LoginThrottle throttle;

    LoginCodeController(SecondFactor secondFactor, LoginCompletion completion, AuditLog auditLog,
            LoginThrottle throttle) {
        this.secondFactor = secondFactor;
        this.completion = completion;
        this.auditLog = auditLog;
        this.throttle = throttle;
    }

    @GetMapping(CODE)
    String form(@ModelAttribute("form") CodeForm form, Authentication login, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        if (LoginStep.of(login) == null) {
            return "redirect:" + SecurityConfig.HOME;
        }
        // Said on arrival, not after a right code was typed in vain: the way in is a recovery code.
        model.addAttribute("codesStopped", !throttle.codesCheckedAfterPassword(login.getName(), request.getRemoteAddr()));
        return completion.secondStepInTime(request) ? PAGE : startAgain(login, request, response);
    }

    @PostMapping(CODE)
    String code(@ModelAttribute("form") CodeForm form, BindingResult errors, Authentication login,
            HttpServletRequest request, HttpServletResponse response) {
        if (!completion.secondStepInTime(request)) {
            return startAgain(login, request, response);
        }
        if (!form.getCode().isEmpty()
                && !throttle.codesCheckedAfterPassword(login.getName(), request.getRemoteAddr())) {
            // Not looked at, so not in the audit log; a try of this login all the same.
            return tried("code", "login-code.code.stopped", errors, login, request, response);
        }
        if (secondFactor.takeCode(login.getName(), form.getCode())) {
            request.getSession().removeAttribute(WRONG_CODES);
            completion.complete(secondFactor.account(login.getName()).orElseThrow(), request, response);
            return "redirect:" + SecurityConfig.HOME;
        }
        return wrong("code", form.getCode().isEmpty() ? "login-code.code.empty" : "login-code.code.wrong",
                errors, login, request, response);
    }

    @PostMapping(RECOVERY)
    String recovery(@ModelAttribute("form") CodeForm form, BindingResult errors, Authentication login,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (!completion.secondStepInTime(request)) {
            return startAgain(login, request, response);
        }
        OptionalLong left = secondFactor.takeRecoveryCode(login.getName(), form.getRecoveryCode());
        if (left.isPresent()) {
            request.getSession().removeAttribute(WRONG_CODES);
            completion.complete(secondFactor.account(login.getName()).orElseThrow(), request, response);
            redirect.addFlashAttribute("recoveryCodesLeft", left.getAsLong());
            return "redirect:" + SecondFactorController.PAGE;
        }
        return wrong("recoveryCode", form.getRecoveryCode().isEmpty() ? "login-code.recovery.empty"
                : "login-code.recovery.wrong", errors, login, request, response);
    }

    private String wrong(String field, String messageKey, BindingResult errors, Authentication login,
            HttpServletRequest request, HttpServletResponse response) {
        if (messageKey.equals("login-code.code.wrong")) {
            auditLog.record(AuditEvent.LOGIN_CODE_FAILED, login.getName(), null);
        } else {
            auditLog.record(AuditEvent.LOGIN_FAILED, login.getName(), "wrong " + field);
        }
        return tried(field, messageKey, errors, login, request, response);
    }

    /** One of the login's {@value #MAX_WRONG_CODES} tries gone: the page again, with why, or the password again. */
    private String tried(String field, String messageKey, BindingResult errors, Authentication login,
            HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession();
        int wrong = session.getAttribute(WRONG_CODES) instanceof Integer count ? count + 1 : 1;
        if (wrong >= MAX_WRONG_CODES) {
            return startAgain(login, request, response);
        }
        session.setAttribute(WRONG_CODES, wrong);
        errors.rejectValue(field, messageKey);
        return PAGE;
    }

    /** Back to the password, with a word why. */
    private static String startAgain(Authentication login, HttpServletRequest request, HttpServletResponse response) {
        new SecurityContextLogoutHandler().logout(request, response, login);
        return "redirect:" + SecurityConfig.LOGIN + "?again";
    }
}
