package dk.aarhus.sistercities.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Everyone changes their own password here. */
@Controller
@RequestMapping("/admin/password")
class PasswordController {

    private final AccountService accounts;
    private final EditorSessions sessions;
    private final SecurityContextRepository sessionContexts = new HttpSessionSecurityContextRepository();

    PasswordController(AccountService accounts, EditorSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new PasswordChangeForm());
        return "account/change-password";
    }

    @PostMapping
    String change(@Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult errors, Principal principal,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        String username = principal.getName();
        if (!errors.hasFieldErrors("currentPassword")
                && !accounts.passwordMatches(username, form.getCurrentPassword())) {
            errors.rejectValue("currentPassword", "account.current-password.wrong");
        }
        PasswordPolicy.check(form.getPassword(), form.getPasswordAgain(), username, errors);
        if (errors.hasErrors()) {
            return "account/change-password";
        }
        Account account;
        try {
            account = accounts.changeOwnPassword(username, form.getCurrentPassword(), form.getPassword());
        } catch (AccountChangeRefusedException changedMeanwhile) {
            errors.rejectValue("currentPassword", changedMeanwhile.messageKey());
            return "account/change-password";
        }
        keepSession(account, request, response);
        // They would end at their next request anyway; gone now, they are gone from the list of sessions too.
        sessions.endOthers(username, request);
        redirect.addFlashAttribute("banner", Banner.success("password.banner.changed", username));
        return "redirect:/admin/password";
    }

    /**
     * A password change ends every session logged in before it (see {@link SessionAccountCheckFilter}),
     * except this one: it gets the new state, and a new id as after a login.
     */
    private void keepSession(Account account, HttpServletRequest request, HttpServletResponse response) {
        AccountUser user = new AccountUser(account);
        user.eraseCredentials();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        sessionContexts.saveContext(context, request, response);
    }
}
